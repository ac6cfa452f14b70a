import { cellPlace, placeA1 } from '../../form';
import type { OutsideCell } from '../../returns';
import { textOf } from '../../returns';
import type { SheetOutcome, SheetRule } from '../rule';
import { fail } from '../rule';
import type { SheetView } from '../sheetView';
import { comparableText } from '../../util/comparableText';
import { nameParams } from './common';

const NUMERAL = /^[+-]?(?:\d[\d,]*\.?\d*|\.\d+)(?:E[+-]?\d+)?%?$/iu;

/** What the cell shows, or its formula; at most 100 characters. */
function shown(cell: OutsideCell): string {
  const text = cell.cell.formula === undefined ? textOf(cell.cell) : `=${cell.cell.formula}`;
  return text.length > 100 ? `${text.slice(0, 100)}…` : text;
}

/** A number, typed or stored: what a figure for the row would be. */
function looksLikeNumber(cell: OutsideCell): boolean {
  const { value } = cell.cell;
  return value.type === 'number' || (value.type === 'text' && NUMERAL.test(comparableText(value.value)));
}

function outcomeOf(view: SheetView, cell: OutsideCell, futureColumns: ReadonlySet<number>): SheetOutcome | null {
  const at = cellPlace(cell.row, cell.col);
  const params = { sheet: view.sheet.sheet, cell: placeA1(at), found: shown(cell) };
  const row = cell.tableRow;
  const indicator = row === null ? undefined : view.indicatorOf(row);
  const { reportingYear } = view;
  if (cell.isHeader && futureColumns.has(cell.col)) return null;
  if (row === null || indicator === undefined) {
    return { at, indicatorId: null, rows: [], outcome: fail('form.content_outside', params, { value: params.found, expected: null }) };
  }
  const where = { at, indicatorId: row.indicatorId, rows: [row] };
  if (cell.headerYear !== null && cell.headerYear > reportingYear) {
    return {
      ...where,
      outcome: fail('check.future_year_value', { ...nameParams(indicator), year: cell.headerYear, unit: indicator.unit, reportingYear }, { value: params.found, severity: 'error' }),
    };
  }
  if (looksLikeNumber(cell)) {
    return { ...where, outcome: fail('form.value_outside', { ...params, ...nameParams(indicator) }, { value: params.found, expected: null, severity: 'error' }) };
  }
  return { ...where, outcome: fail('form.content_outside', params, { value: params.found, expected: null }) };
}

/**
 * What is typed beside the form (outsideCells.ts) is seen by a reviewer and read by no other rule. Error: a number in
 * an indicator's row (a figure the checks never judged), or any value under a column headed as a later year's actual
 * (check.future_year_value). Warning: anything else — a note below the foot, a text beside the frame — to be removed
 * or, in an indicator's row, explained in its 说明.
 */
export const contentOutside: SheetRule = {
  id: 'content_outside',
  scope: 'sheet',
  severity: 'warning',
  description: 'Nothing is typed outside the form: right of its columns, below its foot, or where its frame has nothing.',
  codes: ['form.content_outside', 'form.value_outside', 'check.future_year_value'],
  run(view) {
    const cells = view.sheet.outside ?? [];
    const futureColumns = new Set(cells.filter((cell) => !cell.isHeader && cell.tableRow !== null && cell.headerYear !== null && cell.headerYear > view.reportingYear && view.indicatorOf(cell.tableRow) !== undefined).map((cell) => cell.col));
    return cells.flatMap((cell) => outcomeOf(view, cell, futureColumns) ?? []);
  },
};
