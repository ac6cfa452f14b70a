import { attributeOf } from './tableBody';
import type { TableHeader } from './tableHeader';
import { filledCells } from './text';

/** A column every filled cell of which (two at least) is 预期性 or 约束性. */
function holdsAttributes(cells: readonly string[][], from: number, column: number): boolean {
  const filled = filledCells(cells, from, column);
  return filled.length >= 2 && filled.every((text) => attributeOf(text) !== undefined);
}

/**
 * 指标类型 (or 类型) heads the category in some plans and 预期性 / 约束性 in others: a column so headed, or headed with
 * a word not read, whose every cell is 预期性 or 约束性 is the attribute column.
 */
export function attributeOfTypedColumn(header: TableHeader, cells: readonly string[][]): TableHeader {
  const from = header.row + header.rows;
  const columns = header.columns.map((column) => ((column.kind === 'unknown' || column.kind === 'category') && column.header !== '' && holdsAttributes(cells, from, column.column)
    ? { column: column.column, kind: 'attribute' as const, header: column.header }
    : column));
  return { ...header, columns };
}
