/**
 * What a county typed beside the form: right of its last column, below its foot, in the frame where the form prints
 * nothing, or in a row between the table and the foot that no row of the table is read from. A reviewer opening the
 * file sees it; no other rule reads it (decision 0125). The form is the one regenerated from the metadata, placed
 * where the sheet's header and foot are found (rows inserted above or inside the table move them).
 * Empty cells do not count, however styled: office suites write styled empty cells and empty strings on a resave.
 */
import { parseRange, placeKey } from '../form';
import { shownText, type LayoutCell, type ReportingSheetMap, type SheetLayout } from '../layout';
import { footerLabelOf, textOf, type GridCell, type OutsideCell, type ReturnRow, type SheetGrid, type TableRows } from '../returns';
import { comparableText } from '../util/comparableText';

/** A header that reads like an actual column: 2025年实绩, 2025年实际, 2025年 实绩值, 2025. */
const YEAR_HEADER = /^(\d{4})(?:年(?:实绩|实际|实际完成|完成)?(?:值|数)?)?$/u;

const key = placeKey;

/** Whether a cell shows or computes something: a value other than blank text, or a formula. */
function holdsSomething(cell: GridCell): boolean {
  if (cell.formula !== undefined) return true;
  const { value } = cell;
  return value.type === 'text' ? comparableText(value.value) !== '' : value.type !== 'empty';
}

/** The year an actual-like header names, null for any other text. */
function headerYear(text: string): number | null {
  const match = YEAR_HEADER.exec(comparableText(text));
  return match === null ? null : Number(match[1]);
}

interface LayoutShape {
  /** The layout's cells by place. */
  cells: { get(place: number): LayoutCell | undefined };
  covered: ReadonlySet<number>;
  right: number;
  footStart: number | null;
  footEnd: number | null;
  /** `row:text` of the frame's printed texts. */
  frameTexts: ReadonlySet<string>;
  /** Where in the layout's cells the frame's are (a region's copy prints its name in two of them). */
  frameIndices: readonly number[];
}

/**
 * Shapes per layout's cells, made once: kept forms are shared (expectedForm.ts) and never changed; a county's copy
 * gets its shape from the kept form's (keepShape).
 */
const SHAPES = new WeakMap<readonly LayoutCell[], LayoutShape>();

function frameTextsOf(cells: readonly LayoutCell[], indices: readonly number[]): Set<string> {
  const texts = new Set<string>();
  for (const index of indices) {
    const cell = cells[index];
    const text = cell === undefined ? '' : shownText(cell.value);
    if (cell !== undefined && text !== '') texts.add(`${cell.row}:${comparableText(text)}`);
  }
  return texts;
}

/** The layout's cells by place, the places its merges cover beyond their first cell, and its foot rows. */
function layoutShape(layout: SheetLayout, map: ReportingSheetMap): LayoutShape {
  const kept = SHAPES.get(layout.cells);
  if (kept !== undefined) return kept;
  const cells = new Map<number, LayoutCell>(layout.cells.map((cell) => [key(cell.row, cell.col), cell]));
  const covered = new Set<number>();
  let right = layout.columns.length - 1;
  for (const cell of layout.cells) right = Math.max(right, cell.col);
  for (const ref of layout.merges) {
    const range = parseRange(ref);
    if (range === null) continue;
    right = Math.max(right, range.right);
    for (let row = range.top; row <= range.bottom; row++) {
      for (let col = range.left; col <= range.right; col++) if (row !== range.top || col !== range.left) covered.add(key(row, col));
    }
  }
  const footRows = layout.cells.filter((cell) => cell.row > map.lastDataRow && footerLabelOf(shownText(cell.value)) !== null).map((cell) => cell.row);
  const footStart = footRows.length === 0 ? null : Math.min(...footRows);
  const footEnd = footStart === null ? null : Math.max(...layout.cells.filter((cell) => cell.row >= footStart).map((cell) => cell.row));
  const frameIndices = layout.cells.flatMap((cell, index) => (cell.row <= map.headerRow ? [index] : []));
  const shape = { cells, covered, right, footStart, footEnd, frameTexts: frameTextsOf(layout.cells, frameIndices), frameIndices };
  SHAPES.set(layout.cells, shape);
  return shape;
}

/**
 * Gives `regional` (a kept form's copy with other cells in the frame, reportingSheetForRegion) the shape of `kept`
 * with its own cells read where they differ. Cells stay at the same places, and merges are the same.
 */
export function keepShape(kept: SheetLayout, regional: SheetLayout, map: ReportingSheetMap): void {
  const shape = layoutShape(kept, map);
  const changed = new Map<number, LayoutCell>();
  regional.cells.forEach((cell, index) => {
    if (cell !== kept.cells[index]) changed.set(key(cell.row, cell.col), cell);
  });
  SHAPES.set(regional.cells, {
    ...shape,
    cells: { get: (place) => changed.get(place) ?? shape.cells.get(place) },
    frameTexts: frameTextsOf(regional.cells, shape.frameIndices),
  });
}

/**
 * The cells of `grid` holding something outside `layout`'s form, whose header the sheet has at `headerRow` and whose
 * rows were read as `body`.
 */
export function outsideCells(grid: SheetGrid, layout: SheetLayout, map: ReportingSheetMap, headerRow: number, body: TableRows): OutsideCell[] {
  if (headerRow < 0) return [];
  const shape = layoutShape(layout, map);
  const headerShift = headerRow - map.headerRow;
  const footShift = body.footerRow === null || shape.footStart === null ? null : body.footerRow - shape.footStart;
  const bottom = footShift === null || shape.footEnd === null ? body.lastRow : shape.footEnd + footShift;
  const tableRows = new Map<number, ReturnRow>(body.rows.map((row) => [row.row, row]));
  const years = new Map<number, number>();
  grid.rows[headerRow]?.forEach((cell, col) => {
    const year = col > shape.right && cell !== undefined ? headerYear(textOf(cell)) : null;
    if (year !== null) years.set(col, year);
  });

  /** Where the form regenerated (shifted by `shift` rows) has a cell: a printed text, or a foot entry. */
  const inForm = (row: number, col: number, shift: number, foot: boolean): boolean => {
    const at = key(row - shift, col);
    if (shape.covered.has(at)) return true;
    const cell = shape.cells.get(at);
    if (cell !== undefined && (shownText(cell.value) !== '' || (foot && cell.style === 'footerValue'))) return true;
    return false;
  };

  const found: OutsideCell[] = [];
  grid.rows.forEach((cells, row) => cells?.forEach((cell, col) => {
    if (cell === undefined) return;
    let outside: boolean;
    if (col > shape.right || row > bottom) outside = true;
    else if (row <= headerRow) {
      // Frame labels may sit elsewhere in their row (printedCells.ts): the text, not the place, is compared there.
      outside = !inForm(row, col, headerShift, false) && !shape.frameTexts.has(`${row - headerShift}:${comparableText(textOf(cell))}`);
    } else if (footShift !== null && body.footerRow !== null && row >= body.footerRow) outside = !inForm(row, col, footShift, true);
    else outside = !tableRows.has(row);
    // Whether it holds something is asked last: most cells are the form's, and the question costs more.
    if (!outside || !holdsSomething(cell)) return;
    found.push({ row, col, cell, tableRow: tableRows.get(row) ?? null, headerYear: years.get(col) ?? null, isHeader: row === headerRow && years.has(col) });
  }));
  return found;
}
