import fs from 'node:fs';
import { catalogFilesIn, loadCatalogFiles, type CatalogLoad } from '../../src/cli/catalogFiles';
import { packageHistory } from '../../src/cli/catalogVersions';
import { CATALOG_DIR } from '../../src/cli/paths';
import type { CatalogText, LoadedCatalog, PlanCatalog } from '../../src/core/catalog';
import { keptPath, writeKept } from './keptFiles';

let loaded: LoadedCatalog | undefined;

/**
 * A loaded catalog kept between test files. Loading parses and lints some 300 KB of YAML: two seconds of CPU in each
 * test file's fresh module registry. The result is plain data (a JSON round trip gives it back deep-equal), so it is
 * written once, as JSON in the temporary folder under a hash of the texts loaded and of every source file (any change
 * to src loads afresh: keptFiles.ts), and read back by the other test files of the run and by later runs.
 */
export function keptCatalog<T extends LoadedCatalog>(texts: readonly CatalogText[], load: () => T): T {
  const file = keptPath('catalog', 'json', texts.flatMap(({ file, text }) => [file, text]));
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    const loaded = load();
    writeKept(file, JSON.stringify(loaded));
    return loaded;
  }
}

/** The package's catalog as `loadCatalogFiles()` gives it; only the version history (functions, loaded lazily) is rebuilt. */
export function keptPackageCatalog(): CatalogLoad {
  const texts = catalogFilesIn(CATALOG_DIR).map((name) => ({ file: name, text: fs.readFileSync(name, 'utf8') }));
  const data = keptCatalog(texts, () => {
    const { history: _history, ...plain } = loadCatalogFiles();
    return plain;
  });
  return { ...data, history: packageHistory(texts) };
}

/** The package's catalog, loaded once per test file; a catalog with problems stops the tests that need it. */
export function realCatalog(): LoadedCatalog {
  if (loaded === undefined) {
    const load = keptPackageCatalog();
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
