/**
 * The package's catalog as loaded, kept as JSON beside the compiled command line (decision 0201): loading parses and
 * lints some 300 KB of YAML, about a second of CPU in every process, for a result that is plain data (a JSON round
 * trip gives it back deep-equal). scripts/build-cli.js writes it after compiling; it is used only while the code that
 * runs and the catalog's texts are the ones it was made from (a hash of both, as the tests' kept catalog does), and
 * only for the package's own catalog files. Anything else — absent, stale, unreadable — loads the YAML as before.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CatalogText, LoadedCatalog } from '../core/catalog';
import { PACKAGE_ROOT } from './paths';

/** Where the build keeps it: build/cli, outside the compiled sources that the hash reads. */
const BUILT_CATALOG_FILE = path.join(PACKAGE_ROOT, 'build', 'cli', 'catalog.json');

/** The tree of the code that runs: build/cli/src when compiled, src from the sources (where no kept catalog matches). */
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

let codeHash: string | undefined;

/** A hash of every file of the code that runs: the catalog loader is part of what made the kept catalog. */
function code(): string {
  if (codeHash === undefined) {
    codeHash = hashTree(crypto.createHash('sha256'), CODE_DIR, CODE_DIR).digest('hex');
  }
  return codeHash;
}

/** The key of a catalog loaded from `texts` by the code that runs (file names without their folder: cwd does not matter). */
function keyOf(texts: readonly CatalogText[]): string {
  const hash = crypto.createHash('sha256').update(code());
  for (const { file, text } of texts) hash.update(path.basename(file)).update('\0').update(text).update('\0');
  return hash.digest('hex');
}

/** The kept catalog for `texts`, or undefined when there is none for them and this code. */
export function readBuiltCatalog(texts: readonly CatalogText[], file: string = BUILT_CATALOG_FILE): KeptCatalog | undefined {
  let kept: unknown;
  try {
    kept = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  if (typeof kept !== 'object' || kept === null) return undefined;
  const { key, catalog } = kept as { key?: unknown; catalog?: KeptCatalog };
  return key === keyOf(texts) && catalog !== undefined ? catalog : undefined;
}

/** Keeps `loaded` (from `texts`, without problems) for this code; written whole or not at all. */
export function writeBuiltCatalog(texts: readonly CatalogText[], loaded: KeptCatalog, file: string = BUILT_CATALOG_FILE): void {
  if (loaded.problems.length > 0) throw new Error('a catalog with problems is not kept');
  const partial = `${file}.${process.pid}`;
  fs.writeFileSync(partial, JSON.stringify({ key: keyOf(texts), catalog: loaded }));
  fs.renameSync(partial, file);
}
