/**
 * What a reporting sheet prints outside its entry cells — the frame above the table, the header, each row's
 * baselines, targets and formulas — as found, for the checks to compare with the layout the metadata
 * regenerates (core/checks/printedCells.ts).
 */
import type { PrintedCell, PrintedCells } from '../types';
import { textOf, type SheetGrid } from './grid';
import type { TableLocation } from './locateTable';
import type { TableRows } from './readTableRows';

export function printedCells(grid: SheetGrid, table: TableLocation, body: TableRows): PrintedCells {
  const entryColumns = new Set([...Object.values(table.columns.actuals), table.columns.explanation]);
  const last = Math.min(Math.max(table.headerRow, body.lastRow), grid.rows.length - 1);
  const cells: PrintedCell[] = [];
  for (let row = 0; row <= last; row++) {
    const inTable = row > table.headerRow;
    grid.rows[row]?.forEach((cell, col) => {
      if (cell === undefined || (inTable && entryColumns.has(col))) return;
      // An error a formula's cache holds (#N/A) is what the cell shows: kept, so a forged error is compared too.
      const text = cell.value.type === 'error' ? cell.value.value : textOf(cell);
      if (text === '' && cell.formula === undefined) return;
      const printed: PrintedCell = { row, col, text };
      if (cell.formula !== undefined) printed.formula = cell.formula;
      cells.push(printed);
    });
  }
  return { headerRow: table.headerRow, cells };
}
