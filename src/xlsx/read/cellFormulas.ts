/**
 * The formula of each cell as office suites compute it. A shared formula is spelled out for each cell that uses it;
 * every cell of an array formula's or a data table's range takes the formula of the range's first cell (Excel stores
 * it there only, and computes the rest of the range from it: their <v> is a cache, never a typed value). A cell whose
 * <f> cannot be spelled out — empty, or a shared formula whose first cell is missing — is `unspelled`: Excel repairs
 * such a file and LibreOffice shows an error or nothing where the cache shows a number, so the file reads two ways.
 */
import { slideFormula } from '../../core/formulas';
import type { StoredCell } from './worksheetPart';

/** A cell reference ('M15', '$M$15') as 0-based row and column; null when it is none. */
function cellAt(ref: string): { row: number; col: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/u.exec(ref);
  if (match === null) return null;
  let col = 0;
  for (const letter of (match[1] ?? '').toUpperCase()) col = col * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
  text: string;
}

/**
 * A reference ('M15' or 'M15:P20') as its two corners as written, the same cell twice for one cell; null when
 * either is no cell reference. Merges and formula ranges are both read so.
 */
export function cornersOf(ref: string): { start: { row: number; col: number }; end: { row: number; col: number } } | null {
  const [first, second] = ref.split(':');
  const start = first === undefined ? null : cellAt(first);
  const end = second === undefined ? start : cellAt(second);
  return start === null || end === null ? null : { start, end };
}

function rangeOf(ref: string, text: string): Range | null {
  const corners = cornersOf(ref);
  if (corners === null) return null;
  const { start, end } = corners;
  return { top: Math.min(start.row, end.row), left: Math.min(start.col, end.col), bottom: Math.max(start.row, end.row), right: Math.max(start.col, end.col), text };
}

export interface CellFormulas {
  formulas: Map<StoredCell, string>;
  /** The first cell whose <f> has no formula one can spell out; null when there is none. */
  unspelled: StoredCell | null;
}

export function formulasOf(cells: readonly StoredCell[]): CellFormulas {
  const masters = new Map<string, StoredCell>();
  const ranges: Range[] = [];
  for (const cell of cells) {
    const formula = cell.formula;
    if (formula?.master === true && formula.sharedIndex !== undefined) masters.set(formula.sharedIndex, cell);
    if (formula?.range !== undefined && formula.text !== '') {
      const range = rangeOf(formula.range, formula.text);
      if (range !== null) ranges.push(range);
    }
  }
  const formulas = new Map<StoredCell, string>();
  let unspelled: StoredCell | null = null;
  for (const cell of cells) {
    const formula = cell.formula;
    if (formula === undefined) {
      if (ranges.length === 0) continue;
      const range = ranges.find((r) => cell.row >= r.top && cell.row <= r.bottom && cell.col >= r.left && cell.col <= r.right);
      if (range !== undefined) formulas.set(cell, range.text);
      continue;
    }
    if (formula.text !== '') formulas.set(cell, formula.text);
    else {
      const master = formula.shared && formula.sharedIndex !== undefined ? masters.get(formula.sharedIndex) : undefined;
      if (master?.formula !== undefined && master.formula.text !== '') formulas.set(cell, slideFormula(master.formula.text, master, cell));
      else unspelled ??= cell;
    }
  }
  return { formulas, unspelled };
}
