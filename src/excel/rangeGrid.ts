/**
 * A used range as one read gives it (values, valueTypes, numberFormat, formulas as 2-D arrays from its top-left
 * cell) turned into the grid core's reader takes (core/returns readReturnGrids): the same reader, and so the
 * same ReturnSheet, as src/xlsx gives for the same workbook as a file.
 */
import type { GridCell, SheetGrid } from '../core/returns';
import { enteredCell } from './cellValue';

export interface RangeRead {
  name: string;
  /** 0-based row and column of the range's top-left cell. */
  top: number;
  left: number;
  values: readonly unknown[][];
  valueTypes?: readonly string[][];
  numberFormat?: readonly unknown[][];
  formulas?: readonly unknown[][];
  /** Merged ranges (A1, without sheet), or null when the host cannot say (before ExcelApi 1.13). */
  merges: string[] | null;
  /** Worksheet.protection.protected, or null when not read. */
  protected: boolean | null;
}

export function rangeGrid(read: RangeRead): SheetGrid {
  const rows: Array<Array<GridCell | undefined> | undefined> = [];
  read.values.forEach((line, r) => {
    let cells: Array<GridCell | undefined> | undefined;
    line.forEach((value, c) => {
      const format = read.numberFormat?.[r]?.[c];
      const { address: _address, ...cell } = enteredCell({
        address: '',
        value,
        valueType: read.valueTypes?.[r]?.[c],
        numberFormat: typeof format === 'string' ? format : undefined,
        formula: read.formulas?.[r]?.[c],
      });
      // Like a file's, a grid holds the cells that hold something or carry a format.
      if (cell.value.type === 'empty' && cell.numberFormat === undefined && cell.formula === undefined) return;
      cells ??= [];
      cells[read.left + c] = cell;
    });
    if (cells !== undefined) rows[read.top + r] = cells;
  });
  return { name: read.name, rows, merges: read.merges, protected: read.protected };
}
