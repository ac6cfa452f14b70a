import { parseNotation } from '../notation';
import { readHeaderLabel } from './headerLabels';
import type { TableHeader } from './tableHeader';
import { periodEndOf } from './undatedYears';

/**
 * The first year column of a table is read as its base year only by position (tableHeader.ts). When a cell of it
 * prints a bound (3.5以内, 10以上, ≥95, <5) it holds targets: a base year reports a figure that was, not a limit
 * (附表1 舟山群岛新区发展目标指标体系 | 2020 | 2030 |, both target years). A header stating a role keeps it, and so
 * does the year before the plan period the caption names (“十四五”… | 2020年 | 2025年): a base figure printed as a
 * bound there (基本医保参保率 ≥95) is the base year's, as the plans print it.
 */
export function targetOfBoundedBaseColumn(header: TableHeader, cells: readonly string[][], caption?: string): TableHeader {
  const body = cells.slice(header.row + header.rows);
  const periodEnd = periodEndOf(caption);
  const bounded = (column: number) => body.some((row) => {
    const result = parseNotation(row[column] ?? '');
    return result.ok && (result.value.kind === 'min' || result.value.kind === 'max');
  });
  const columns = header.columns.map((column) => {
    if (column.kind !== 'value' || column.role !== 'baseline' || readHeaderLabel(column.header)?.role !== undefined) return column;
    if (periodEnd !== undefined && column.year === periodEnd - 5) return column;
    return bounded(column.column) ? { ...column, role: 'target' as const } : column;
  });
  return { ...header, columns };
}
