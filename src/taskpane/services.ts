/**
 * What the pane is given to work with: the workbook port, and the heavy parts it loads when first needed
 * (the bundled catalog with its YAML reader; ExcelJS for .xlsx downloads). The bundle passes lazy imports
 * (lazy.ts); tests pass the same functions imported plainly.
 */
import type { CatalogText, LoadedCatalog } from '../core/catalog';
import type { SheetLayout } from '../core/layout';
import type { Importer } from './catalog/importer';
import type { WorkbookPort } from './ports/workbookPort';

export interface PaneServices {
  port: WorkbookPort;
  /** The bundled catalog together with the catalogs imported into the workbook. */
  loadCatalog(custom: readonly CatalogText[]): Promise<LoadedCatalog>;
  /** Sheets as an .xlsx file: reporting sheets with their metadata sheet, or other sheets alone. */
  xlsxBytes(sheets: readonly SheetLayout[], metadata: SheetLayout | null): Promise<Uint8Array>;
  /** The recogniser of pasted indicator tables and the catalog writer (导入). */
  importer(): Promise<Importer>;
}
