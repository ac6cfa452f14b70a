/**
 * Every locked cell of the form holds what the generator put there: text typed into the 责任部门 cell of a row, the
 * header block's empty 表号 value cell (R3), or any printed or empty locked cell the form lays out is
 * `structure.locked_cell_changed` (an error: the form's own cells; what is typed where the frame lays out no cell is
 * content beside the form, decision 0125). The cells other comparisons own (the frame's texts, the header, baselines, targets
 * and formulas, names, units, ids) are left to them; entry cells (the layout's unlocked ranges) are the county's.
 * Only a sheet read at the form's positions is compared (positionedSheet.ts): rows by id, the frame by its distance
 * from the header. Cells beyond the form's last column or row are not the form's (another check's).
 */
import { cellPlace, parseRange, placeA1, placeKey, type CellRange, type ReportingColumns } from '../form';
import { reportingSheetMap, type SheetLayout } from '../layout';
import { sameStoredNumber } from '../formulas';
import type { PrintedCell, ReaderObservation, ReturnSheet } from '../returns';
import { comparableText } from '../util/comparableText';
import { keptFor } from '../util/kept';
import type { ExpectedForm } from './expectedForm';
import { printedGrid } from './printedCells';

const NUMERAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:E[+-]?\d+)?$/iu;

function same(found: string, expected: string): boolean {
  if (found === expected) return true;
  const [a, b] = [comparableText(found), comparableText(expected)];
  return a === b || (NUMERAL.test(a) && NUMERAL.test(b) && sameStoredNumber(Number(a), Number(b)));
}

/** A kept form's unlocked ranges, parsed once (forms are kept and never changed); unreadable ones left out. */
const UNLOCKED = new WeakMap<readonly string[], readonly CellRange[]>();
const NONE: readonly string[] = [];

export function unlockedRanges(layout: SheetLayout): readonly CellRange[] {
  return keptFor(UNLOCKED, layout.protection?.unlocked ?? NONE, (refs) => refs.flatMap((ref) => ref.replace(/\$/gu, '').split(/\s+/u)).map(parseRange).filter((range) => range !== null));
}

function unlockedTest(layout: SheetLayout): (row: number, col: number) => boolean {
  const ranges = unlockedRanges(layout);
  return (row, col) => ranges.some((range) => row >= range.top && row <= range.bottom && col >= range.left && col <= range.right);
}

/** The form's last column: per kept layout (never changed). */
const LAST_COLUMNS = new WeakMap<SheetLayout['cells'], number>();
const lastColumnOf = (layout: SheetLayout): number => keptFor(LAST_COLUMNS, layout.cells, (cells) => Math.max(...cells.map((cell) => cell.col)));

/** Columns whose cells other comparisons own on every row of the table: per form's columns (kept with its map, never changed). */
const OWNED = new WeakMap<ReportingColumns, ReadonlySet<number>>();
function ownedColumns(columns: ReportingColumns): ReadonlySet<number> {
  return keptFor(OWNED, columns, (kept) => new Set([
    kept.id, kept.name, kept.unit, kept.completion, kept.timeShare, kept.status, kept.explanation,
    ...Object.values(kept.baselines), ...kept.targetColumns.map((target) => target.col), ...Object.values(kept.actuals),
  ]));
}

/**
 * Observations of locked cells whose content differs from the form's. The form's texts: what its layout shows in each
 * cell (the kept form's table, expectedForm.ts). `reported`: A1 addresses other comparisons reported already (never twice).
 */
export function lockedCellObservations(sheet: ReturnSheet, form: ExpectedForm, reported: ReadonlySet<string>): ReaderObservation[] {
  const { layout: expected, texts: layoutText, rowOfId } = form;
  const printed = sheet.printed;
  if (printed === undefined || expected.protection?.protect !== true) return [];
  const map = reportingSheetMap(expected);
  const { columns } = map;
  const lastCol = lastColumnOf(expected);
  const unlocked = unlockedTest(expected);
  const layoutHasText = (row: number, col: number) => (layoutText.get(row, col) ?? '') !== '';
  const owned = ownedColumns(columns);
  // Where each found row of the table stands on the form: by id; a row without one only when no row moved.
  const expectedRowOf = new Map<number, number>();
  let inPlace = printed.headerRow === map.headerRow;
  for (const row of sheet.rows) {
    const want = row.indicatorId === null ? undefined : rowOfId.get(row.indicatorId);
    if (want === undefined) {
      inPlace = false;
      continue;
    }
    if (want !== row.row) inPlace = false;
    if (!expectedRowOf.has(row.row)) expectedRowOf.set(row.row, want);
  }
  const formRow = (row: number): number | undefined => {
    if (row < printed.headerRow) return map.headerRow - (printed.headerRow - row);
    if (row === printed.headerRow) return undefined;
    return expectedRowOf.get(row) ?? (inPlace && row <= map.lastDataRow ? row : undefined);
  };
  const observations: ReaderObservation[] = [];
  const check = (cell: Pick<PrintedCell, 'row' | 'col' | 'text' | 'formula'> | undefined, row: number, col: number, want: number) => {
    const at = cellPlace(row, col);
    if (reported.has(placeA1(at))) return;
    const expectedText = layoutText.get(want, col) ?? '';
    const found = cell === undefined ? '' : cell.formula === undefined ? cell.text : `=${cell.formula}`;
    if (!same(found, expectedText)) observations.push({ code: 'structure.locked_cell_changed', at, found, expected: expectedText });
  };
  const grid = printedGrid(printed.cells);
  // Cells that hold something where the form has nothing, or something else where other checks do not look.
  for (const cell of printed.cells) {
    const want = formRow(cell.row);
    if (want === undefined || want < 0 || cell.col > lastCol || unlocked(want, cell.col)) continue;
    const inTable = cell.row > printed.headerRow;
    if (inTable && owned.has(cell.col)) continue;
    // The frame's texts are frame_changed's (frameObservations); the empty cells it lays out (the header block's value
    // cells: 表号 R3…) are this check's, and then left out of form.content_outside (said once). Where the frame lays out
    // no cell at all, what is typed is content beside the form (outsideCells.ts, decision 0125: a warning).
    if (!inTable && (layoutHasText(want, cell.col) || !layoutText.has(want, cell.col))) continue;
    check(cell, cell.row, cell.col, want);
  }
  // Cells of the table the form prints that were emptied (责任部门, 序号, 类别…).
  for (const [found, want] of expectedRowOf) {
    for (let col = 0; col <= lastCol; col++) {
      if (owned.has(col) || unlocked(want, col) || !layoutHasText(want, col) || grid.has(placeKey(found, col))) continue;
      check(undefined, found, col, want);
    }
  }
  return observations;
}
