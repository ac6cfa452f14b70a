/**
 * Small actions the pane takes on one cell or the selection: type a 说明, go to a cell, import a table.
 */
import { ExcelAdapterError } from './errors';
import { textInput } from './cellInput';

/**
 * Writes `text` into the cell as text, whatever it starts with. The cell's number format decides how (see
 * cellInput.ts); the format itself is never changed, as a protected sheet allows values but not formats in
 * its entry cells. Two round trips: the format is read first.
 */
export async function writeExplanation(context: Excel.RequestContext, sheet: string, cell: string, text: string): Promise<void> {
  const range = context.workbook.worksheets.getItem(sheet).getRange(cell);
  range.load('numberFormat');
  await context.sync();
  const format = range.numberFormat[0]?.[0];
  // The format stays as it is: textInput's switch to General applies to new sheets only.
  range.values = [[textInput(text, typeof format === 'string' ? format : 'General').input]];
  await context.sync();
}

/** Shows the cell: its sheet activated, the cell selected. */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
  worksheet.load('name');
  await context.sync();
  if (worksheet.isNullObject) throw new ExcelAdapterError('excel.sheet_missing', { sheet });
  worksheet.activate();
  worksheet.getRange(cell).select();
  await context.sync();
}

/** The import reads at most this many cells at once (a whole selected column is cut to its used part first). */
export const SELECTION_CELL_LIMIT = 200_000;

/** "####" is what a number too wide for its column shows: its value is read instead. */
const HASHES = /^#+$/u;

function shownText(text: unknown, value: unknown): string {
  const shown = typeof text === 'string' ? text : '';
  if (shown !== '' && !HASHES.test(shown)) return shown;
  if (value === null || value === undefined) return '';
  return String(value);
}

/**
 * The selected cells as the user sees them (a percentage as "3.5%", a date as shown), row by row; the used part
 * of the selection only, so selecting whole columns reads what they hold. Empty selection: [].
 */
export async function readSelectedTable(context: Excel.RequestContext): Promise<string[][]> {
  const used = context.workbook.getSelectedRange().getUsedRangeOrNullObject(true);
  used.load('rowCount,columnCount');
  await context.sync();
  if (used.isNullObject) return [];
  if (used.rowCount * used.columnCount > SELECTION_CELL_LIMIT) {
    throw new ExcelAdapterError('excel.selection_too_large', { size: used.rowCount * used.columnCount });
  }
  used.load('values,text');
  await context.sync();
  return used.text.map((row, r) => row.map((text, c) => shownText(text, used.values[r]?.[c])));
}
