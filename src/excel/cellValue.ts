/**
 * A cell as office-js returns it (Range.values / valueTypes / numberFormat / formulas) as the library-neutral
 * CellValue and EnteredCell the checks read. office-js gives errors as their text ('#N/A') with valueType
 * 'Error', and dates as serial numbers: a number under a date format is read as a date, as ExcelJS reads it.
 */
import type { CellValue, EnteredCell } from '../core/returns';

/** Excel's serial day 0 is 1899-12-30 (the 1900 leap-year bug folded in for every date after February 1900). */
const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** True when a number format shows dates or times: y, m, d, h or s outside quotes, escapes and [..] sections. */
export function isDateFormat(format: string | undefined): boolean {
  if (format === undefined || format === '' || format === 'General' || format === '@') return false;
  const bare = format.replace(/"[^"]*"/gu, '').replace(/\\./gu, '').replace(/\[[^\]]*\]/gu, '');
  return /[ymdhs]/iu.test(bare);
}

export function serialToIso(serial: number): string {
  return new Date(EPOCH_MS + Math.round(serial * DAY_MS)).toISOString();
}

export function officeCellValue(value: unknown, valueType: string | undefined, numberFormat: string | undefined): CellValue {
  if (value === null || value === undefined || value === '' || valueType === 'Empty') return { type: 'empty' };
  if (valueType === 'Error') return { type: 'error', value: String(value) };
  if (typeof value === 'boolean') return { type: 'boolean', value };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { type: 'error', value: '#NUM!' };
    return isDateFormat(numberFormat) ? { type: 'date', value: serialToIso(value) } : { type: 'number', value };
  }
  return { type: 'text', value: String(value) };
}

/**
 * The formula of a cell, without its '=', or undefined. `formulas` gives a constant as its value, and gives a
 * quote-prefixed text ('=abc typed as text) without its apostrophe (office-js issue #6687): such a text has
 * the same value and formula, a real formula does not.
 */
export function formulaOf(formula: unknown, value: unknown): string | undefined {
  if (typeof formula !== 'string' || !formula.startsWith('=') || formula === value) return undefined;
  return formula.slice(1);
}

export interface OfficeCell {
  address: string;
  value: unknown;
  valueType?: string | undefined;
  numberFormat?: string | undefined;
  formula?: unknown;
}

export function enteredCell(cell: OfficeCell): EnteredCell {
  const formula = formulaOf(cell.formula, cell.value);
  const entered: EnteredCell = { address: cell.address, value: officeCellValue(cell.value, cell.valueType, cell.numberFormat) };
  if (cell.numberFormat !== undefined && cell.numberFormat !== '' && cell.numberFormat !== 'General') entered.numberFormat = cell.numberFormat;
  if (formula !== undefined) entered.formula = formula;
  return entered;
}
