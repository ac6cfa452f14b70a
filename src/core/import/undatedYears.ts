import { FIVE_YEAR_PLANS, readHeaderLabel } from './headerLabels';
import type { TableHeader } from './tableHeader';
import { labelOf } from './text';
import type { ImportColumn } from './types';

/** The last year of the plan period a caption names (“十四五”, 2021—2025年, 2021-2025), when it names one. */
export function periodEndOf(caption: string | undefined): number | undefined {
  const label = labelOf(caption).replace(/[“”"'‘’]/gu, '');
  for (const [name, end] of Object.entries(FIVE_YEAR_PLANS)) if (label.includes(name)) return end;
  const span = /(?:19|20)\d{2}\s*[-—–~至到]+\s*((?:19|20)\d{2})/u.exec(label);
  return span === null ? undefined : Number(span[1]);
}

/**
 * The one year a caption names when it names no period (表一 2024年上海市国民经济和社会发展主要目标完成情况): an
 * annual plan's table, whose 全年目标 / 全年完成 columns are that year's (decision 0145).
 */
function singleYearOf(caption: string | undefined): number | undefined {
  const years = new Set([...labelOf(caption).matchAll(/((?:19|20)\d{2})年/gu)].map((match) => Number(match[1])));
  return years.size === 1 ? [...years][0] : undefined;
}

/**
 * Value columns whose header prints no year (现值, 目标值, 预期值, 年均增长): the year the user gave, else the plan
 * period of the caption — its last year for targets, the year before its first for a baseline — else, in a table
 * dating no column, the one year its caption names (a baseline then stays undated). Columns still
 * without a year stay in `yearless` (a problem each).
 */
export function assignUndatedYears(header: TableHeader, caption: string | undefined, asked: number | undefined): TableHeader {
  const end = periodEndOf(caption);
  const dated = header.columns.flatMap((column) => (column.kind === 'value' && column.year !== undefined ? [column.year] : []));
  const lastDated = dated.length > 0 ? Math.max(...dated) : undefined;
  const captionYear = end === undefined && lastDated === undefined ? singleYearOf(caption) : undefined;
  const yearFor = (column: ImportColumn): { year: number; yearFrom: 'asked' | 'period' } | undefined => {
    if (column.role === 'baseline') return end === undefined ? undefined : { year: end - 5, yearFrom: 'period' };
    if (asked !== undefined) return { year: asked, yearFrom: 'asked' };
    if (end !== undefined) return { year: end, yearFrom: 'period' };
    if (captionYear !== undefined) return { year: captionYear, yearFrom: 'period' };
    // A growth rate or a total over the period runs to the table's last year (2020年 | 2025年 | 年均增长).
    const overPeriod = column.measure === 'average_growth' || column.measure === 'cumulative';
    return overPeriod && lastDated !== undefined ? { year: lastDated, yearFrom: 'period' } : undefined;
  };
  const columns = header.columns.map((column) => {
    if (column.kind !== 'value' || column.year !== undefined) return column;
    const found = yearFor(column);
    return found === undefined ? column : { ...column, ...found };
  });
  return { ...header, columns, yearless: columns.filter((column) => column.kind === 'value' && column.year === undefined) };
}

/**
 * A table with one value column, dated the last year of the plan period its caption names (专栏1 “十四五”时期…
 * 主要指标 | 指标 | 2025年 | 属性): that column holds the plan's targets, not a base year, though it is the first.
 * Only when its header states no role (2025年目标, 2025年现状 say theirs).
 */
export function targetOfLonePeriodEndColumn(header: TableHeader, caption: string | undefined): TableHeader {
  const values = header.columns.filter((column) => column.kind === 'value');
  const lone = values.length === 1 ? values[0] : undefined;
  const end = periodEndOf(caption);
  if (lone === undefined || end === undefined || lone.year !== end || lone.role !== 'baseline') return header;
  if (readHeaderLabel(lone.header)?.role !== undefined) return header;
  return { ...header, columns: header.columns.map((column) => (column === lone ? { ...column, role: 'target' } : column)) };
}
