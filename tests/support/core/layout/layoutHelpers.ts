import type { PlanCatalog } from '../../../../src/core/catalog/index';
import { shownText, type CellStyle, type LayoutCell, type SheetLayout } from '../../../../src/core/layout/index';
import { parseRange, rangeContains } from '../../../../src/core/form/index';

export { realCatalog } from '../../catalog';
import { planOf } from '../../catalog';

export function plan(id: string): PlanCatalog {
  return planOf(id);
}

/** Each row of a layout as its cells' shown texts, by row number (a cell's text at its column's index). */
export function rowTexts(layout: SheetLayout): Map<number, string[]> {
  const rows = new Map<number, string[]>();
  for (const cell of layout.cells) {
    const row = rows.get(cell.row) ?? [];
    row[cell.col] = shownText(cell.value);
    rows.set(cell.row, row);
  }
  return rows;
}

export function cellAt(layout: SheetLayout, row: number, col: number): LayoutCell | undefined {
  return layout.cells.find((cell) => cell.row === row && cell.col === col);
}

export function textAt(layout: SheetLayout, row: number, col: number): string {
  const cell = cellAt(layout, row, col);
  return cell === undefined ? '' : shownText(cell.value);
}

export function styleOf(layout: SheetLayout, cell: LayoutCell): CellStyle {
  const style = layout.styles[cell.style];
  if (style === undefined) throw new Error(`cell ${cell.row}:${cell.col} has unknown style ${cell.style}`);
  return style;
}

export function inRef(ref: string, row: number, col: number): boolean {
  const range = parseRange(ref);
  if (range === null) throw new Error(`unreadable range ${ref}`);
  return rangeContains(range, { row, col });
}

/** The sheet's rows as the hidden id column lists them: id → 0-based row. */
export function rowsById(layout: SheetLayout, idCol: number, firstDataRow: number): Map<string, number> {
  const rows = new Map<string, number>();
  for (const cell of layout.cells) {
    if (cell.col === idCol && cell.row >= firstDataRow && shownText(cell.value) !== '') rows.set(shownText(cell.value), cell.row);
  }
  return rows;
}

/** A text merged over several columns: its cell, its style and the merge's columns. */
export interface MergedText {
  cell: LayoutCell;
  style: CellStyle;
  columns: number[];
}

/** Every text merged over more than one column (a title, a caption, a note under the table), with its merge's columns. */
export function mergedTexts(layout: SheetLayout): MergedText[] {
  return layout.merges.flatMap((ref) => {
    const range = parseRange(ref);
    if (range === null || range.left === range.right) return [];
    const cell = cellAt(layout, range.top, range.left);
    const style = cell === undefined ? undefined : layout.styles[cell.style];
    if (cell === undefined || style === undefined) return [];
    return [{ cell, style, columns: Array.from({ length: range.right - range.left + 1 }, (_, i) => range.left + i) }];
  });
}
