/**
 * A number never wraps: wider than its column, Excel, WPS and LibreOffice show and print ### in its place. A flagged
 * number is the value the reviewer has to read (a unit slip: 5478400 in a row of 亿元), so the annotated copy widens
 * its column until the number shows whole; the return itself is not touched.
 */
import type ExcelJS from 'exceljs';
import { cellTextWidth, numberAsShown, oneLineColumnWidth } from '../../core/layout';

/** Excel's width of a column that sets none. */
const DEFAULT_COLUMN_WIDTH = 8.43;

export function showNumberWhole(sheet: ExcelJS.Worksheet, cell: ExcelJS.Cell): void {
  if (typeof cell.value !== 'number') return;
  // The cell's inner margins and the number's own: one unit more than text needs, as a right-aligned figure.
  const needed = oneLineColumnWidth(cellTextWidth(numberAsShown(cell.value, cell.numFmt))) + 1;
  const column = sheet.getColumn(cell.col);
  if ((column.width ?? DEFAULT_COLUMN_WIDTH) < needed) column.width = needed;
}
