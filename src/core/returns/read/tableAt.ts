/**
 * A table's rows and printed cells, read from a grid at a location. The checks read each sheet again at the columns
 * of the form regenerated from the metadata (core/checks/positionedSheet.ts), which are nearly always where the
 * reader found them by their labels: the last read of each grid is kept, and given back for the same location.
 * Both depend only on the grid (never changed once read) and the location's header row and columns.
 */
import { keptForLast } from '../../util/kept';
import type { PrintedCells } from '../types';
import type { SheetGrid } from './grid';
import type { TableLocation } from './locateTable';
import { printedCells } from './printedCells';
import { readTableRows, type TableRows } from './readTableRows';

export interface TableRead {
  body: TableRows;
  printed: PrintedCells;
}

/**
 * The last read of each of the last grids read: a return's reporting sheets are read, then read again by the checks,
 * before the next return's are (four grids: a return of up to four reporting sheets), and let go once the return is
 * checked. Held for a few grids, not in a WeakMap by grid (keptForLast, decision 0265).
 */
const lastReadOf = keptForLast(4, (_grid: SheetGrid): { last?: { at: string; read: TableRead } } => ({}));

/** Lets go of the reads kept: the workbook they were made for is checked (checkWorkbook.ts). */
export function forgetTableReads(): void {
  lastReadOf.forget();
}

export function readTableAt(grid: SheetGrid, table: TableLocation): TableRead {
  // Columns are numbers by name and by year (years are integer keys: listed in ascending order whatever the insertion).
  const at = `${table.headerRow} ${JSON.stringify(table.columns)}`;
  const kept = lastReadOf(grid);
  if (kept.last !== undefined && kept.last.at === at) return kept.last.read;
  const body = readTableRows(grid, table);
  const read = { body, printed: printedCells(grid, table, body) };
  kept.last = { at, read };
  return read;
}
