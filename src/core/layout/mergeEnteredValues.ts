/**
 * Regenerating a return never drops what people typed: every actual and 说明 of the previous sheet goes
 * to the row with the same id in the new layout (by id, never by position), each foot entry (单位负责人 …
 * 报出日期) beside its label, and whatever has no place there is handed back to be reported.
 */
import type { CellValue, EnteredCell, ReturnSheet } from '../returns';
import { parseRange } from '../form';
import { REPORTING } from '../form';
import { reportingSheetMap } from './reportingSheetMap';
import { shownText } from './sheetBuilder';
import type { LayoutCell, LayoutValue, SheetLayout } from './types';

export type NotCarriedReason =
  /** The row's id is not on the new sheet (the indicator left the catalog or the plan selection). */
  | 'id_removed'
  /** The year's column is not on the new sheet. */
  | 'year_removed'
  /** The previous row had no id, so it cannot be matched. */
  | 'row_without_id'
  /** A second previous row with an id already seen. */
  | 'duplicate_id'
  /** The cell held an error value (#N/A…), not something typed. */
  | 'error_value'
  /** The foot label is not on the new sheet. */
  | 'label_removed';

export interface NotCarriedValue {
  /** The row's id; null for a foot entry. */
  indicatorId: string | null;
  field: 'actual' | 'explanation' | 'footer';
  /** The actual's year; null for 说明 and the foot. */
  year: number | null;
  value: CellValue;
  /** A1 address on the previous sheet. */
  address: string;
  reason: NotCarriedReason;
}

export interface MergedEntries {
  layout: SheetLayout;
  /** Values placed into the new layout. */
  carried: number;
  /** The same, by kind: actuals, 说明, foot entries. */
  carriedByField: Record<NotCarriedValue['field'], number>;
  notCarried: NotCarriedValue[];
}

/** What a typed value becomes in the layout; null when there is nothing to carry. */
function layoutValue(value: CellValue): LayoutValue | null {
  switch (value.type) {
    case 'empty':
      return null;
    case 'number':
      return { kind: 'number', value: value.value };
    case 'text':
      // Kept as typed, even when it is not a number: the checks must still see (and flag) it.
      return value.value === '' ? null : { kind: 'text', text: value.value };
    case 'boolean':
      return { kind: 'text', text: value.value ? 'TRUE' : 'FALSE' };
    case 'date':
      return { kind: 'text', text: value.value };
    default:
      return null;
  }
}

/** A date typed at the foot (报出日期) reads as the date people typed, not as an instant. */
function footerValue(value: CellValue): LayoutValue | null {
  if (value.type !== 'date') return layoutValue(value);
  const midnight = /^(\d{4}-\d{2}-\d{2})T00:00:00(?:\.000)?Z$/u.exec(value.value);
  return { kind: 'text', text: midnight?.[1] ?? value.value };
}

const squeeze = (text: string) => text.replace(/\s+/gu, '');
const FOOTER_LABELS: ReadonlySet<string> = new Set(REPORTING.footer.map(squeeze));

/** The entry cell of each foot label of a layout: the cell right of the label's merged cells. */
function footerTargets(layout: SheetLayout): Map<string, string> {
  const merges = layout.merges.flatMap((ref) => {
    const range = parseRange(ref);
    return range === null ? [] : [range];
  });
  const targets = new Map<string, string>();
  for (const cell of layout.cells) {
    const label = squeeze(shownText(cell.value));
    if (!FOOTER_LABELS.has(label) || targets.has(label)) continue;
    const merge = merges.find((range) => range.top <= cell.row && range.bottom >= cell.row && range.left <= cell.col && range.right >= cell.col);
    targets.set(label, `${cell.row}:${(merge?.right ?? cell.col) + 1}`);
  }
  return targets;
}

export function mergeEnteredValues(newLayout: SheetLayout, previous: ReturnSheet): MergedEntries {
  const map = reportingSheetMap(newLayout);
  const rowOfId = new Map<string, number>();
  for (const cell of newLayout.cells) {
    if (cell.col !== map.columns.id || cell.row < map.firstDataRow || cell.row > map.lastDataRow) continue;
    const id = shownText(cell.value);
    if (id !== '' && !rowOfId.has(id)) rowOfId.set(id, cell.row);
  }
  const cells = new Map<string, LayoutCell>(newLayout.cells.map((cell) => [`${cell.row}:${cell.col}`, cell]));
  const notCarried: NotCarriedValue[] = [];
  const seen = new Set<string>();
  let carried = 0;
  const carriedByField: Record<NotCarriedValue['field'], number> = { actual: 0, explanation: 0, footer: 0 };

  const place = (
    indicatorId: string | null, field: NotCarriedValue['field'], year: number | null, entered: EnteredCell,
    row: number | null, col: number | undefined, unplaced: NotCarriedReason,
  ) => {
    if (entered.value.type === 'error') {
      notCarried.push({ indicatorId, field, year, value: entered.value, address: entered.address, reason: 'error_value' });
      return;
    }
    const value = layoutValue(entered.value);
    if (value === null) return;
    const target = row === null || col === undefined ? undefined : cells.get(`${row}:${col}`);
    if (target === undefined) {
      notCarried.push({ indicatorId, field, year, value: entered.value, address: entered.address, reason: unplaced });
      return;
    }
    cells.set(`${target.row}:${target.col}`, { ...target, value });
    carried += 1;
    carriedByField[field] += 1;
  };

  for (const row of previous.rows) {
    const id = row.indicatorId;
    let reason: NotCarriedReason | null = null;
    if (id === null) reason = 'row_without_id';
    else if (seen.has(id)) reason = 'duplicate_id';
    else if (!rowOfId.has(id)) reason = 'id_removed';
    if (id !== null) seen.add(id);
    const target = reason === null && id !== null ? (rowOfId.get(id) ?? null) : null;
    for (const [yearKey, entered] of Object.entries(row.actuals)) {
      const year = Number(yearKey);
      place(id, 'actual', year, entered, target, map.columns.actuals[year], reason ?? 'year_removed');
    }
    place(id, 'explanation', null, row.explanation, target, map.columns.explanation, reason ?? 'id_removed');
  }

  const targets = footerTargets(newLayout);
  for (const { label, entry } of previous.footer ?? []) {
    if (entry.value.type === 'error') {
      notCarried.push({ indicatorId: null, field: 'footer', year: null, value: entry.value, address: entry.address, reason: 'error_value' });
      continue;
    }
    const value = footerValue(entry.value);
    if (value === null) continue;
    const target = cells.get(targets.get(squeeze(label)) ?? '');
    if (target === undefined) {
      notCarried.push({ indicatorId: null, field: 'footer', year: null, value: entry.value, address: entry.address, reason: 'label_removed' });
      continue;
    }
    cells.set(`${target.row}:${target.col}`, { ...target, value });
    carried += 1;
    carriedByField.footer += 1;
  }

  const merged = [...cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  return { layout: { ...newLayout, cells: merged }, carried, carriedByField, notCarried };
}
