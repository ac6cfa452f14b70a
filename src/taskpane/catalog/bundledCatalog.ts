/**
 * The bundled catalog loaded with the workbook's imported catalogs. Runs in the catalog worker (catalogWorker.ts),
 * or on the pane's thread where no worker can start.
 */
import { loadCatalog, type CatalogText, type LoadedCatalog } from '../../core/catalog';
import { BUNDLED_CATALOG } from './bundledTexts';

/**
 * Parsing and schema-checking the catalog takes seconds on a busy machine: it is done once per set of imported
 * catalogs, not again each time a file is opened. Only the last few sets are kept.
 */
const loaded = new Map<string, LoadedCatalog>();
const KEPT_SETS = 4;

/** Without the history: a history answers by function, which cannot leave a worker (see catalogClient.ts). */
export function catalogWith(custom: readonly CatalogText[]): LoadedCatalog {
  const key = custom.map((file) => `${file.file}\u0000${file.text}`).join('\u0001');
  const known = loaded.get(key);
  if (known !== undefined) return known;
  const parsed = loadCatalog([...BUNDLED_CATALOG, ...custom]);
  loaded.set(key, parsed);
  for (const old of [...loaded.keys()].slice(0, Math.max(0, loaded.size - KEPT_SETS))) loaded.delete(old);
  return parsed;
}
