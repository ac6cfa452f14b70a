/** Layouts as .xlsx bytes for a download (loaded with ExcelJS on first use). */
import type { SheetLayout } from '../../core/layout';
import { sheetsBytes, workbookBytes } from '../../xlsx';

export function layoutBytes(sheets: readonly SheetLayout[], metadata: SheetLayout | null): Promise<Uint8Array> {
  return metadata === null ? sheetsBytes(sheets) : workbookBytes({ sheets: [...sheets], metadata });
}
