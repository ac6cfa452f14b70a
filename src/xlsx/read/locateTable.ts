/**
 * Where the table of a worksheet is, found by core's reader (header texts, ids) on the sheet's grid.
 */
import type ExcelJS from 'exceljs';
import { locateTable as locateGridTable, type LocateHints, type TableLocation } from '../../core/returns';
import { sheetGrid } from './sheetGrid';

export type { LocateHints, TableLocation } from '../../core/returns';

export function locateTable(sheet: ExcelJS.Worksheet, hints: LocateHints | null): TableLocation | null {
  return locateGridTable(sheetGrid(sheet), hints);
}
