import { loadCatalogFiles } from '../../src/cli/catalogFiles';
import type { LoadedCatalog, PlanCatalog } from '../../src/core/catalog';

let loaded: LoadedCatalog | undefined;

/** The package's catalog, loaded once per test file; a catalog with problems stops the tests that need it. */
export function realCatalog(): LoadedCatalog {
  if (loaded === undefined) {
    const load = loadCatalogFiles();
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
