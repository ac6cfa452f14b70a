import type ExcelJS from 'exceljs';
import type { CellValue, EnteredCell } from '../core/returns';
import { compact } from '../core/util/compact';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Whatever ExcelJS holds in a cell, as the library-neutral CellValue; formulas give their cached result. */
export function readCellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return { type: 'empty' };
  if (typeof value === 'number') return Number.isFinite(value) ? { type: 'number', value } : { type: 'error', value: '#NUM!' };
  if (typeof value === 'string') return value === '' ? { type: 'empty' } : { type: 'text', value };
  if (typeof value === 'boolean') return { type: 'boolean', value };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { type: 'error', value: '#VALUE!' } : { type: 'date', value: value.toISOString() };
  if (!isObject(value)) return { type: 'text', value: String(value) };
  if ('error' in value && typeof value.error === 'string') return { type: 'error', value: value.error };
  if ('richText' in value && Array.isArray(value.richText)) {
    const text = value.richText.map((run) => (isObject(run) && typeof run['text'] === 'string' ? run['text'] : '')).join('');
    return text === '' ? { type: 'empty' } : { type: 'text', value: text };
  }
  if ('formula' in value || 'sharedFormula' in value) {
    return readCellValue(('result' in value ? value.result : undefined) as ExcelJS.CellValue | undefined);
  }
  if ('hyperlink' in value) return readCellValue((value as { text?: ExcelJS.CellValue }).text);
  if ('text' in value) return readCellValue(value.text as ExcelJS.CellValue);
  return { type: 'text', value: JSON.stringify(value) };
}

function formulaOf(cell: ExcelJS.Cell): string | undefined {
  const value = cell.value as unknown;
  if (!isObject(value)) return undefined;
  if (typeof value['formula'] === 'string') return value['formula'];
  if (typeof value['sharedFormula'] === 'string') return cell.formula || value['sharedFormula'];
  return undefined;
}

function noteOf(cell: ExcelJS.Cell): string | undefined {
  const note = cell.note as unknown;
  if (typeof note === 'string') return note === '' ? undefined : note;
  if (isObject(note) && Array.isArray(note['texts'])) {
    const text = note['texts'].map((run: unknown) => (isObject(run) && typeof run['text'] === 'string' ? run['text'] : '')).join('');
    return text === '' ? undefined : text;
  }
  return undefined;
}

/** A cell as the checks see it: address, value, number format, formula, note. */
export function enteredCell(cell: ExcelJS.Cell): EnteredCell {
  const numberFormat = cell.numFmt;
  return compact({
    address: cell.address,
    value: readCellValue(cell.value),
    numberFormat: numberFormat && numberFormat !== 'General' ? numberFormat : undefined,
    formula: formulaOf(cell),
    note: noteOf(cell),
  });
}
