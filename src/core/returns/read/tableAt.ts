/**
 * A table's rows and printed cells, read from a grid at a location. The checks read each sheet again at the columns
 * of the form regenerated from the metadata (core/checks/positionedSheet.ts), which are nearly always where the
 * reader found them by their labels: the last read of each grid is kept, and given back for the same location.
 * Both depend only on the grid (never changed once read) and the location's header row and columns.
 */
import type { PrintedCells } from '../types';
import type { SheetGrid } from './grid';
import type { TableLocation } from './locateTable';
import { printedCells } from './printedCells';
import { readTableRows, type TableRows } from './readTableRows';

export interface TableRead {
  body: TableRows;
  printed: PrintedCells;
}

const lastRead = new WeakMap<SheetGrid, { at: string; read: TableRead }>();

export function readTableAt(grid: SheetGrid, table: TableLocation): TableRead {
  // Columns are numbers by name and by year (years are integer keys: listed in ascending order whatever the insertion).
  const at = `${table.headerRow} ${JSON.stringify(table.columns)}`;
  const kept = lastRead.get(grid);
  if (kept !== undefined && kept.at === at) return kept.read;
  const body = readTableRows(grid, table);
  const read = { body, printed: printedCells(grid, table, body) };
  lastRead.set(grid, { at, read });
  return read;
}
