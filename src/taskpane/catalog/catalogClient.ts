/**
 * The pane's catalog: parsed and schema-checked in the catalog worker so the pane never freezes while it loads;
 * on the pane's thread only where no worker can start. Each set of imported catalogs is asked for once.
 */
import type { CatalogText, LoadedCatalog } from '../../core/catalog';
import { WorkerUnavailable, type WorkerCaller } from '../workers/workerCall';
import { BUNDLED_HISTORY } from './bundledTexts';

async function parsedHere(custom: readonly CatalogText[]): Promise<LoadedCatalog> {
  const { catalogWith } = await import(/* webpackChunkName: "catalog-here" */ './bundledCatalog.js');
  return catalogWith(custom);
}

export function catalogClient(worker: WorkerCaller | null): (custom: readonly CatalogText[]) => Promise<LoadedCatalog> {
  const asked = new Map<string, Promise<LoadedCatalog>>();
  const parsed = async (custom: readonly CatalogText[]): Promise<LoadedCatalog> => {
    if (worker === null) return parsedHere(custom);
    try {
      return await worker.call<LoadedCatalog>('catalogWith', [custom]);
    } catch (caught) {
      if (caught instanceof WorkerUnavailable) return parsedHere(custom);
      throw caught;
    }
  };
  return (custom) => {
    const key = custom.map((file) => `${file.file}\u0000${file.text}`).join('\u0001');
    let known = asked.get(key);
    if (known === undefined) {
      // Imported catalogs change the version: releases are of the bundled catalog alone.
      known = parsed(custom).then((loaded) => (custom.length === 0 ? { ...loaded, history: BUNDLED_HISTORY } : loaded));
      known.catch(() => asked.delete(key));
      asked.set(key, known);
      while (asked.size > 4) asked.delete(asked.keys().next().value as string);
    }
    return known;
  };
}
