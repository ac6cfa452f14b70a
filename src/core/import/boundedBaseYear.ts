import { parseNotation } from '../notation';
import { readHeaderLabel } from './headerLabels';
import type { TableHeader } from './tableHeader';

/**
 * The first year column of a table is read as its base year only by position (tableHeader.ts). When a cell of it
 * prints a bound (3.5以内, 10以上, ≥95, <5) it holds targets: a base year reports a figure that was, not a limit
 * (附表1 舟山群岛新区发展目标指标体系 | 2020 | 2030 |, both target years). A header stating a role keeps it.
 */
export function targetOfBoundedBaseColumn(header: TableHeader, cells: readonly string[][]): TableHeader {
  const body = cells.slice(header.row + header.rows);
  const bounded = (column: number) => body.some((row) => {
    const result = parseNotation(row[column] ?? '');
    return result.ok && (result.value.kind === 'min' || result.value.kind === 'max');
  });
  const columns = header.columns.map((column) => {
    if (column.kind !== 'value' || column.role !== 'baseline' || readHeaderLabel(column.header)?.role !== undefined) return column;
    return bounded(column.column) ? { ...column, role: 'target' as const } : column;
  });
  return { ...header, columns };
}
