import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { catalogFilesIn, loadCatalogFiles, type CatalogLoad } from '../../src/cli/catalogFiles';
import { packageHistory } from '../../src/cli/catalogVersions';
import { CATALOG_DIR, PACKAGE_ROOT } from '../../src/cli/paths';
import type { LoadedCatalog, PlanCatalog } from '../../src/core/catalog';

let loaded: LoadedCatalog | undefined;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

/**
 * Where the loaded catalog of these exact inputs is kept between test files: a hash of the catalog's files and of
 * every source file (the loader is code under test; any change to src loads the catalog afresh).
 */
function cacheFile(): string {
  const hash = crypto.createHash('sha256').update(process.cwd()).update('\0');
  for (const file of [...filesUnder(CATALOG_DIR), ...filesUnder(path.join(PACKAGE_ROOT, 'src'))]) {
    hash.update(path.relative(PACKAGE_ROOT, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return path.join(os.tmpdir(), 'plan-indicators-tests', `catalog-${hash.digest('hex').slice(0, 24)}.json`);
}

/**
 * The package's catalog as `loadCatalogFiles()` gives it. Loading parses and lints some 300 KB of YAML, two seconds of
 * CPU in each test file's fresh module registry; the result (plain data) is written once per set of inputs as JSON and
 * read back by the other test files. Only the version history, which holds functions, is rebuilt: it loads lazily.
 */
function packageCatalog(): CatalogLoad {
  const file = cacheFile();
  try {
    const kept = JSON.parse(fs.readFileSync(file, 'utf8')) as Omit<CatalogLoad, 'history'>;
    const texts = catalogFilesIn(CATALOG_DIR).map((name) => ({ file: name, text: fs.readFileSync(name, 'utf8') }));
    return { ...kept, history: packageHistory(texts) };
  } catch {
    const load = loadCatalogFiles();
    const { history: _history, ...data } = load;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}`;
    fs.writeFileSync(partial, JSON.stringify(data));
    fs.renameSync(partial, file);
    return load;
  }
}

/** The package's catalog, loaded once per test file; a catalog with problems stops the tests that need it. */
export function realCatalog(): LoadedCatalog {
  if (loaded === undefined) {
    const load = packageCatalog();
    if (load.problems.length > 0) throw new Error(`catalog problems: ${load.problems.map((p) => p.code).join(', ')}`);
    loaded = load;
  }
  return loaded;
}

/** A plan of `catalog` (default: the real one) by id. */
export function planOf(id: string, catalog: LoadedCatalog = realCatalog()): PlanCatalog {
  const found = catalog.catalog.plans.find((plan) => plan.plan.id === id);
  if (found === undefined) throw new Error(`no plan ${id}`);
  return found;
}
