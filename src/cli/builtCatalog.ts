/**
 * The package's catalog as loaded, kept as JSON beside the compiled command line (decision 0201): loading parses and
 * lints some 300 KB of YAML, about a second of CPU in every process, for a result that is plain data (a JSON round
 * trip gives it back deep-equal). scripts/build-cli.js writes it after compiling; it is used only while the code that
 * runs — the compiled tree, or the sources it was compiled from — and the catalog's texts are the ones it was made
 * from (a hash of both, as the tests' kept catalog does), and only for the package's own catalog files. Anything else —
 * absent, stale, unreadable — loads the YAML as before. The released versions the package's history can rebuild are
 * kept the same way, one file each (decision 0250): a batch of returns made from an earlier release loaded its YAML.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CatalogText, LoadedCatalog } from '../core/catalog';
import { PACKAGE_ROOT } from './paths';

/** Where the build keeps it: build/cli, outside the compiled sources that the hash reads. */
const BUILT_CATALOG_FILE = path.join(PACKAGE_ROOT, 'build', 'cli', 'catalog.json');

/** Where it keeps each released version it could rebuild, one file per version (read only when a return names it). */
export const BUILT_RELEASES_DIR = path.join(PACKAGE_ROOT, 'build', 'cli', 'releases');

/** The file a released version is kept in, or null for a name that is not a plain version name. */
export function builtReleaseFile(version: string, dir: string = BUILT_RELEASES_DIR): string | null {
  return /^[\w.-]+$/u.test(version) ? path.join(dir, `${version}.json`) : null;
}

/** The tree of the code that runs: build/cli/src when compiled, src from the sources (the tests, tsx). */
const CODE_DIR = path.resolve(__dirname, '..');

type KeptCatalog = Omit<LoadedCatalog, 'history'>;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

/** Feeds `hash` every file under `dir` in a fixed order, each by its path relative to `base` and its bytes. */
export function hashTree(hash: crypto.Hash, dir: string, base: string): crypto.Hash {
  for (const file of filesUnder(dir)) hash.update(path.relative(base, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  return hash;
}

/** The sources the command line is compiled from; an installed package has none. */
const SOURCE_DIR = path.join(PACKAGE_ROOT, 'src');

const treeHashes = new Map<string, string>();

/** A hash of every file under `dir`: the catalog loader is part of what made the kept catalog. */
function treeHash(dir: string): string {
  let hash = treeHashes.get(dir);
  if (hash === undefined) {
    hash = hashTree(crypto.createHash('sha256'), dir, dir).digest('hex');
    treeHashes.set(dir, hash);
  }
  return hash;
}

/**
 * The code trees a kept catalog is valid for: the one that runs and, in a checkout, the sources it was compiled from
 * (the tests and tsx run those: the same loader, so the same catalog, while no source file has changed since).
 */
function treesServed(): string[] {
  const trees = [CODE_DIR];
  if (path.resolve(SOURCE_DIR) !== path.resolve(CODE_DIR) && fs.existsSync(SOURCE_DIR)) trees.push(SOURCE_DIR);
  return trees;
}

/** The key of a catalog loaded from `texts` by the code of `tree` (file names without their folder: cwd does not matter). */
function keyOf(texts: readonly CatalogText[], tree: string): string {
  const hash = crypto.createHash('sha256').update(treeHash(tree));
  for (const { file, text } of texts) hash.update(path.basename(file)).update('\0').update(text).update('\0');
  return hash.digest('hex');
}

/** The kept catalog for `texts`, or undefined when there is none for them and the code that runs. */
export function readBuiltCatalog(texts: readonly CatalogText[], file: string = BUILT_CATALOG_FILE): KeptCatalog | undefined {
  let kept: unknown;
  try {
    kept = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  if (typeof kept !== 'object' || kept === null) return undefined;
  const { keys, catalog } = kept as { keys?: unknown; catalog?: KeptCatalog };
  return Array.isArray(keys) && keys.includes(keyOf(texts, CODE_DIR)) && catalog !== undefined ? catalog : undefined;
}

/**
 * Keeps `loaded` (from `texts`, without problems) for the code that runs and its sources (`trees`: the tests name
 * others); written whole or not at all.
 */
export function writeBuiltCatalog(texts: readonly CatalogText[], loaded: KeptCatalog, file: string = BUILT_CATALOG_FILE, trees: readonly string[] = treesServed()): void {
  if (loaded.problems.length > 0) throw new Error('a catalog with problems is not kept');
  const partial = `${file}.${process.pid}`;
  fs.writeFileSync(partial, JSON.stringify({ keys: trees.map((tree) => keyOf(texts, tree)), catalog: loaded }));
  fs.renameSync(partial, file);
}
