/**
 * The parts of the pane that its first screen does not need, as separate chunks loaded on first use: ExcelJS
 * with the xlsx adapter (browser mode, downloads) and the bundled catalog with its YAML reader. Jest never runs
 * these imports: tests hand the same functions over directly (services.ts).
 */
import type { CatalogText, LoadedCatalog } from '../core/catalog';
import type { SheetLayout } from '../core/layout';
import type { Importer } from './catalog/importer';
import type { LoadWorkbookFile } from './ports/browserPort';

export const loadWorkbookFile: LoadWorkbookFile = () =>
  import(/* webpackChunkName: "xlsx" */ './ports/browser/workbookFile.js').then((module) => module.WorkbookFile);

export const loadCatalog = (custom: readonly CatalogText[]): Promise<LoadedCatalog> =>
  import(/* webpackChunkName: "catalog" */ './catalog/bundledCatalog.js').then((module) => module.catalogWith(custom));

export const xlsxBytes = (sheets: readonly SheetLayout[], metadata: SheetLayout | null): Promise<Uint8Array> =>
  import(/* webpackChunkName: "xlsx" */ './output/xlsxOutput.js').then((module) => module.layoutBytes(sheets, metadata));

export const importer = (): Promise<Importer> =>
  import(/* webpackChunkName: "catalog" */ './catalog/importer.js').then((module) => module.importer);
