/**
 * A worksheet as plain data, the form in which both adapters hand a sheet to the one reader of returns: ExcelJS
 * cells of a file (src/xlsx) and the arrays of one used-range read in Excel (src/excel) become the same grid, so
 * that a workbook read either way gives the same ReturnSheet.
 */
import { a1 } from '../../form';
import type { EnteredCell, GridCell, SheetGrid } from '../types';

export type { GridCell, SheetGrid, WorkbookGrids } from '../types';

export function cellAt(grid: SheetGrid, row: number, col: number): GridCell | undefined {
  return grid.rows[row]?.[col];
}

/** The displayed text of a cell (names, units, ids, labels): text trimmed, numbers printed, anything else empty. */
export function textOf(cell: GridCell | undefined): string {
  const value = cell?.value;
  switch (value?.type) {
    case 'text':
      return value.value.trim();
    case 'number':
      return String(value.value);
    case 'boolean':
      return value.value ? 'TRUE' : 'FALSE';
    default:
      return '';
  }
}

export function textAt(grid: SheetGrid, row: number, col: number): string {
  return textOf(cellAt(grid, row, col));
}

/** The cell as the checks see it, with its address; a cell the sheet does not hold reads as empty. */
export function enteredAt(grid: SheetGrid, row: number, col: number): EnteredCell {
  const cell = cellAt(grid, row, col);
  // Field by field, not spread after the address (the reader makes one for every entry cell of every return).
  const entered: EnteredCell = { address: a1(row, col), value: cell === undefined ? { type: 'empty' } : cell.value };
  if (cell === undefined) return entered;
  if (cell.numberFormat !== undefined) entered.numberFormat = cell.numberFormat;
  if (cell.formula !== undefined) entered.formula = cell.formula;
  if (cell.note !== undefined) entered.note = cell.note;
  return entered;
}

/** The texts of a row by 0-based column. */
export function rowTexts(grid: SheetGrid, row: number): string[] {
  const cells = grid.rows[row];
  const texts: string[] = [];
  cells?.forEach((cell, col) => {
    texts[col] = textOf(cell);
  });
  return texts;
}

/** Every cell the grid holds, row by row. */
export function forEachCell(grid: SheetGrid, visit: (cell: GridCell, row: number, col: number) => void): void {
  grid.rows.forEach((cells, row) => cells?.forEach((cell, col) => {
    if (cell !== undefined) visit(cell, row, col);
  }));
}
