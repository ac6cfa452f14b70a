import { parseNotation } from '../notation';
import type { TableHeader } from './tableHeader';
import { filledCells, labelOf } from './text';

/** 完成情况 heads either the verdict (已完成, 基本完成) or, in a county's completion table, the figure reached. */
const COMPLETION_HEADER = /完成情况$/u;

/** A column most of whose filled cells print a figure (6.8%, -2.1%, 12.5亿元): values, not verdicts. */
function holdsFigures(cells: readonly string[][], from: number, column: number): boolean {
  const filled = filledCells(cells, from, column);
  const figures = filled.filter((text) => {
    const read = parseNotation(text);
    return read.ok && /\d/u.test(text) && read.value.kind !== 'qualitative' && read.value.kind !== 'blank';
  });
  return filled.length > 0 && 2 * figures.length > filled.length;
}

/**
 * 年度目标 | 完成情况 | 是否完成: a 完成情况 column of figures holds the year's actual values (实绩), read as a value
 * column; one of verdicts (已完成) stays the completion column. Its year comes as any undated column's does.
 */
export function actualOfCompletionFigures(header: TableHeader, cells: readonly string[][]): TableHeader {
  const from = header.row + header.rows;
  const columns = header.columns.map((column) => (column.kind === 'completed' && COMPLETION_HEADER.test(labelOf(column.header)) && holdsFigures(cells, from, column.column)
    ? { column: column.column, kind: 'value' as const, header: column.header, role: 'actual' as const }
    : column));
  return { ...header, columns };
}
