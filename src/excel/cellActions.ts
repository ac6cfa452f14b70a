/**
 * Small actions the pane takes on one cell or the selection: type a 说明, go to a cell, import a table.
 */
import { ExcelAdapterError } from './errors';
import { textInput } from './cellInput';
import { hostSupport, type SupportCheck } from './requirements';

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

/**
 * Shows the cell: its sheet activated, the cell selected. Below ExcelApi 1.4 (no null objects) the sheet is found
 * in the loaded list of sheets by name.
 */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string, isSupported: SupportCheck = hostSupport()): Promise<void> {
  const worksheet = isSupported('ExcelApi', '1.4') ? await sheetOrNull(context, sheet) : await sheetByName(context, sheet);
  if (worksheet === null) throw new ExcelAdapterError('excel.sheet_missing', { sheet });
  worksheet.activate();
  worksheet.getRange(cell).select();
  await context.sync();
}

async function sheetOrNull(context: Excel.RequestContext, name: string): Promise<Excel.Worksheet | null> {
  const worksheet = context.workbook.worksheets.getItemOrNullObject(name);
  worksheet.load('name');
  await context.sync();
  return worksheet.isNullObject ? null : worksheet;
}

async function sheetByName(context: Excel.RequestContext, name: string): Promise<Excel.Worksheet | null> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  return sheets.items.find((item) => item.name === name) ?? null;
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
 * The selection's used part (whole columns selected: what they hold), or null when it holds nothing. Below
 * ExcelApi 1.4 there is no null object: the selection as it is (a whole column is then refused as too large).
 */
export function usedSelection(context: Excel.RequestContext, isSupported: SupportCheck): Excel.Range {
  const selected = context.workbook.getSelectedRange();
  return isSupported('ExcelApi', '1.4') ? selected.getUsedRangeOrNullObject(true) : selected;
}

/**
 * The selected cells as the user sees them (a percentage as "3.5%", a date as shown), row by row; the used part
 * of the selection only, so selecting whole columns reads what they hold. Empty selection: [].
 */
export async function readSelectedTable(context: Excel.RequestContext, isSupported: SupportCheck = hostSupport()): Promise<string[][]> {
  const orNull = isSupported('ExcelApi', '1.4');
  const used = usedSelection(context, isSupported);
  used.load('rowCount,columnCount');
  await context.sync();
  if (orNull && used.isNullObject) return [];
  if (used.rowCount * used.columnCount > SELECTION_CELL_LIMIT) {
    throw new ExcelAdapterError('excel.selection_too_large', { size: used.rowCount * used.columnCount });
  }
  used.load('values,text');
  await context.sync();
  return used.text.map((row, r) => row.map((text, c) => shownText(text, used.values[r]?.[c])));
}
