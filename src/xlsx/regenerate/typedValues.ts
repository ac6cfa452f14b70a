/**
 * A boolean (TRUE typed in a 是/否 row) or a date (Excel turns "10-15" into 15 October) has no kind of its own in
 * the layout model, so core's mergeEnteredValues carries it as text. That keeps it seen by the checks but changes
 * what the cell holds; here the regenerated sheet gets it back exactly as typed, with its number format.
 */
import type ExcelJS from 'exceljs';
import { reportingSheetMap, type SheetLayout } from '../../core/layout';
import type { ReturnSheet } from '../../core/returns';

export interface TypedValue {
  /** 1-based, as ExcelJS numbers them. */
  row: number;
  col: number;
  value: boolean | Date;
  numberFormat?: string;
}

/** The booleans and dates of `previous` that mergeEnteredValues placed on `layout`, where it placed them. */
export function typedValuesOf(layout: SheetLayout, previous: ReturnSheet): TypedValue[] {
  const map = reportingSheetMap(layout);
  const rowOfId = new Map<string, number>();
  for (const cell of layout.cells) {
    if (cell.col !== map.columns.id || cell.row < map.firstDataRow || cell.row > map.lastDataRow || cell.value.kind !== 'text') continue;
    if (!rowOfId.has(cell.value.text)) rowOfId.set(cell.value.text, cell.row);
  }
  const typed: TypedValue[] = [];
  const seen = new Set<string>();
  for (const row of previous.rows) {
    // The first row of an id is the one carried (mergeEnteredValues hands later duplicates back).
    if (row.indicatorId === null || seen.has(row.indicatorId)) continue;
    seen.add(row.indicatorId);
    const target = rowOfId.get(row.indicatorId);
    if (target === undefined) continue;
    for (const [year, entered] of Object.entries(row.actuals)) {
      const col = map.columns.actuals[Number(year)];
      if (col === undefined) continue;
      const { value, numberFormat } = entered;
      const at = { row: target + 1, col: col + 1, ...(numberFormat === undefined ? {} : { numberFormat }) };
      if (value.type === 'boolean') typed.push({ ...at, value: value.value });
      else if (value.type === 'date') typed.push({ ...at, value: new Date(value.value) });
    }
  }
  return typed;
}

export function restoreTypedValues(sheet: ExcelJS.Worksheet, values: readonly TypedValue[]): void {
  for (const { row, col, value, numberFormat } of values) {
    const cell = sheet.getCell(row, col);
    cell.value = value;
    // A fresh style object: ExcelJS shares one among the cells rendered with the same layout style.
    if (numberFormat !== undefined) cell.style = { ...cell.style, numFmt: numberFormat };
  }
}
