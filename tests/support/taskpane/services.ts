/**
 * The pane's services as the bundle has them, without the lazy chunks: the real catalog (catalog/*.yaml), the
 * real ExcelJS writer and the real import engine. Catalog loads are cached per set of imported files (and kept
 * between test files: support/catalog.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { catalogFilesIn } from '../../../src/cli/catalogFiles';
import { CATALOG_DIR } from '../../../src/cli/paths';
import { loadCatalog, type CatalogText, type LoadedCatalog } from '../../../src/core/catalog/index';
import { importer } from '../../../src/taskpane/catalog/importer';
import { layoutBytes } from '../../../src/taskpane/output/xlsxOutput';
import { BrowserPort } from '../../../src/taskpane/ports/browserPort';
import { WorkbookFile } from '../../../src/taskpane/ports/browser/workbookFile';
import type { WorkbookPort } from '../../../src/taskpane/ports/workbookPort';
import type { PaneServices } from '../../../src/taskpane/services';
import { keptCatalog } from '../catalog';

/** catalog/*.yaml as the bundle has them (require.context in catalog/bundledCatalog.ts). */
export const BUNDLED: CatalogText[] = catalogFilesIn(CATALOG_DIR)
  .filter((file) => /\.ya?ml$/u.test(file))
  .map((file) => ({ file: `catalog/${path.basename(file)}`, text: fs.readFileSync(file, 'utf8') }));

const cache = new Map<string, LoadedCatalog>();

export function testCatalog(custom: readonly CatalogText[] = []): LoadedCatalog {
  const key = custom.map((file) => `${file.file}\u0000${file.text}`).join('\u0001');
  let loaded = cache.get(key);
  if (loaded === undefined) {
    const texts = [...BUNDLED, ...custom];
    loaded = keptCatalog(texts, () => loadCatalog(texts));
    cache.set(key, loaded);
  }
  return loaded;
}

export function testServices(port: WorkbookPort, overrides: Partial<PaneServices> = {}): PaneServices & { xlsxCalls: number } {
  const services = {
    port,
    xlsxCalls: 0,
    loadCatalog: async (custom: readonly CatalogText[]) => testCatalog(custom),
    xlsxBytes: async (...args: Parameters<typeof layoutBytes>) => {
      services.xlsxCalls += 1;
      return layoutBytes(...args);
    },
    importer: async () => importer,
    ...overrides,
  };
  return services;
}

export const browserPort = () => new BrowserPort(async () => WorkbookFile, () => '新建填报表.xlsx');
