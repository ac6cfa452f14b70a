/**
 * Regenerating a return never drops what people typed: every actual and 说明 of the previous sheet goes
 * to the row with the same id in the new layout (by id, never by position), each foot entry (单位负责人 …
 * 报出日期) beside its label, a note on any of these with it, and whatever has no place there is handed back to be
 * reported: entries whose row or year is gone, what the caller found typed beside the form or over its printed
 * cells (core/checks' offFormCells), and notes on cells that are no entry cells. A merged sheet's row of a concept
 * since split (`split_from`, decision 0278) goes to the row of the one concept split from it that the new sheet has.
 */
import { rowIdsAfterSplit, type Concept } from '../catalog';
import type { CellValue, EnteredCell, ReturnSheet } from '../returns';
import { constantValue } from '../formulas';
import { a1, parseRange } from '../form';
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
  /**
   * The entry was a formula that is not plain arithmetic: its cached result is whatever the file says (a forged
   * cache, a reference to a cell the new form moves), so it is not carried as if typed.
   */
  | 'formula'
  /** The foot label is not on the new sheet. */
  | 'label_removed'
  /** Typed beside the form or over a cell it prints: the new form is printed anew and has no place for it. */
  | 'off_form'
  /** A note on a cell that is no entry cell (a label, a target): the new form prints its own cells. */
  | 'note_off_entry';

/** What is carried: an actual, a 说明, a foot entry. */
export type CarriedField = 'actual' | 'explanation' | 'footer';

export interface NotCarriedValue {
  /** The row's id; null for a foot entry. */
  indicatorId: string | null;
  /** What was typed: an entry, content off the form's entry cells, or a note (value: its text). */
  field: CarriedField | 'off_form' | 'note';
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
  carriedByField: Record<CarriedField, number>;
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

/** A note carried onto a cell that may have the form's own note (规划安排数): both kept, the form's first. */
function withNote(cell: LayoutCell, note: string | undefined): LayoutCell {
  if (note === undefined || note.trim() === '') return cell;
  return { ...cell, note: cell.note === undefined || cell.note === '' ? note : `${cell.note}\n\n${note}` };
}

/**
 * The row of the new sheet a previous row id stands for: the same id, or for a merged sheet's concept row (and the rows
 * under it: `#companion`, `#numerator`…) of a concept since split, the row of the one concept split from it that the
 * new sheet holds; undefined when there is none, or more than one.
 */
function rowIdOnNewSheet(id: string, onSheet: ReadonlyMap<string, number>, concepts: readonly Concept[]): string | undefined {
  if (onSheet.has(id)) return id;
  const successors = rowIdsAfterSplit(id, concepts).filter((candidate) => onSheet.has(candidate));
  return successors.length === 1 ? successors[0] : undefined;
}

/**
 * `offForm`: cells of `previous` holding what a person typed where the form has no entry cell (core/checks'
 * offFormCells), reported as not carried. `concepts`: the catalog's, whose `split_from` says where a merged sheet's
 * row of a concept since split goes.
 */
export function mergeEnteredValues(
  newLayout: SheetLayout, previous: ReturnSheet, offForm: readonly EnteredCell[] = [], concepts: readonly Concept[] = [],
): MergedEntries {
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
  const carriedByField: Record<CarriedField, number> = { actual: 0, explanation: 0, footer: 0 };
  /** Addresses of the previous sheet whose note goes with an entry (or is reported with it). */
  const entryAddresses = new Set<string>(offForm.map((cell) => cell.address));
  const noteOf = (entered: EnteredCell): string | undefined => (entered.note === undefined || entered.note.trim() === '' ? undefined : entered.note);

  const place = (
    indicatorId: string | null, field: CarriedField, year: number | null, entered: EnteredCell,
    row: number | null, col: number | undefined, unplaced: NotCarriedReason,
  ) => {
    entryAddresses.add(entered.address);
    const note = noteOf(entered);
    if (entered.value.type === 'error') {
      notCarried.push({ indicatorId, field, year, value: entered.value, address: entered.address, reason: 'error_value' });
      return;
    }
    // A formula typed into an entry cell is read as the checks read it (never through its cached result): plain
    // arithmetic (=120+530) carries what it computes; any other formula is reported, not carried.
    const computed = entered.formula === undefined ? null : constantValue(entered.formula);
    if (entered.formula !== undefined && computed === null) {
      notCarried.push({ indicatorId, field, year, value: { type: 'text', value: `=${entered.formula}` }, address: entered.address, reason: 'formula' });
      return;
    }
    const value = computed === null ? layoutValue(entered.value) : layoutValue({ type: 'number', value: computed });
    const target = row === null || col === undefined ? undefined : cells.get(`${row}:${col}`);
    if (value === null) {
      // An empty entry may still carry a note (数据待年报公布后补报).
      if (note === undefined) return;
      if (target === undefined) notCarried.push({ indicatorId, field: 'note', year, value: { type: 'text', value: note }, address: entered.address, reason: unplaced });
      else cells.set(`${target.row}:${target.col}`, withNote(target, note));
      return;
    }
    if (target === undefined) {
      notCarried.push({ indicatorId, field, year, value: entered.value, address: entered.address, reason: unplaced });
      return;
    }
    cells.set(`${target.row}:${target.col}`, withNote({ ...target, value }, note));
    carried += 1;
    carriedByField[field] += 1;
  };

  for (const row of previous.rows) {
    const id = row.indicatorId;
    const onNewSheet = id === null ? undefined : rowIdOnNewSheet(id, rowOfId, concepts);
    let reason: NotCarriedReason | null = null;
    if (id === null) reason = 'row_without_id';
    else if (seen.has(id) || (onNewSheet !== undefined && seen.has(onNewSheet))) reason = 'duplicate_id';
    else if (onNewSheet === undefined) reason = 'id_removed';
    if (id !== null) seen.add(id);
    if (onNewSheet !== undefined) seen.add(onNewSheet);
    const target = reason === null && onNewSheet !== undefined ? (rowOfId.get(onNewSheet) ?? null) : null;
    for (const [yearKey, entered] of Object.entries(row.actuals)) {
      const year = Number(yearKey);
      place(id, 'actual', year, entered, target, map.columns.actuals[year], reason ?? 'year_removed');
    }
    place(id, 'explanation', null, row.explanation, target, map.columns.explanation, reason ?? 'id_removed');
  }

  const targets = footerTargets(newLayout);
  for (const { label, entry } of previous.footer ?? []) {
    entryAddresses.add(entry.address);
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
    cells.set(`${target.row}:${target.col}`, withNote({ ...target, value }, noteOf(entry)));
    carried += 1;
    carriedByField.footer += 1;
  }

  for (const cell of offForm) notCarried.push({ indicatorId: null, field: 'off_form', year: null, value: cell.value, address: cell.address, reason: 'off_form' });
  notCarried.push(...notesOffEntries(previous, newLayout, entryAddresses));

  const merged = [...cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  return { layout: { ...newLayout, cells: merged }, carried, carriedByField, notCarried };
}

/**
 * Notes on cells of the previous sheet that are no entry cells, except those the new form prints itself (a target's
 * 规划安排数 note): the form is printed anew, so a person's note on a label or a target would be lost.
 */
function notesOffEntries(previous: ReturnSheet, newLayout: SheetLayout, entries: ReadonlySet<string>): NotCarriedValue[] {
  const printed = new Set(newLayout.cells.flatMap((cell) => (cell.note === undefined ? [] : [squeeze(cell.note)])));
  const found: NotCarriedValue[] = [];
  previous.grid?.rows.forEach((cells, row) => cells?.forEach((cell, col) => {
    const note = cell?.note;
    if (note === undefined || note.trim() === '' || printed.has(squeeze(note))) return;
    const address = a1(row, col);
    if (entries.has(address)) return;
    found.push({ indicatorId: null, field: 'note', year: null, value: { type: 'text', value: note }, address, reason: 'note_off_entry' });
  }));
  return found;
}
