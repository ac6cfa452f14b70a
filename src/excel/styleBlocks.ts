/**
 * Cells sharing a style, as few rectangles as a simple sweep finds: runs of equal style along each row, then
 * runs stacked over consecutive rows with the same columns. A reporting sheet's body is a handful of columns
 * of one style each, so a thousand rows format with a few dozen range operations instead of one per cell.
 */
import type { CellRange, LayoutCell } from '../core/layout';

export interface StyleBlock extends CellRange {
  style: string;
}

export function styleBlocks(cells: readonly LayoutCell[]): StyleBlock[] {
  const byRow = new Map<number, LayoutCell[]>();
  for (const cell of cells) {
    const row = byRow.get(cell.row);
    if (row === undefined) byRow.set(cell.row, [cell]);
    else row.push(cell);
  }
  const done: StyleBlock[] = [];
  /** Rectangles that may still grow downwards, by their columns and style. */
  let open = new Map<string, StyleBlock>();
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const runs: StyleBlock[] = [];
    for (const cell of (byRow.get(row) ?? []).sort((a, b) => a.col - b.col)) {
      const last = runs.at(-1);
      if (last !== undefined && last.style === cell.style && last.right === cell.col - 1) last.right = cell.col;
      else runs.push({ top: row, bottom: row, left: cell.col, right: cell.col, style: cell.style });
    }
    const next = new Map<string, StyleBlock>();
    for (const run of runs) {
      const key = `${run.left}:${run.right}:${run.style}`;
      const above = open.get(key);
      if (above !== undefined && above.bottom === row - 1) {
        above.bottom = row;
        open.delete(key);
        next.set(key, above);
      } else {
        next.set(key, run);
      }
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}
