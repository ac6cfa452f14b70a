/**
 * What a plan table's printed columns hold, read from their headers, and which of an indicator's values its table
 * prints: the table annex (annexTable.ts) prints by it, and the 主要目标 annex (proseTargets.ts) lists what the text
 * gives on a table's indicator that the table does not print (嵊州's prose 2027 target 3.2%左右 beside the table's 3.1).
 */
import type { Indicator, IndicatorValue, PlanCatalog, ValueRole } from '../catalog';

/** What a printed column holds, read from its header. */
export type AnnexColumn =
  | { kind: 'seq' }
  | { kind: 'category' }
  | { kind: 'name' }
  | { kind: 'year'; year: number; roles: readonly ValueRole[] }
  | { kind: 'attribute' }
  | { kind: 'responsible' }
  | { kind: 'completed' }
  | { kind: 'unknown' };

const ANY_ROLE: readonly ValueRole[] = ['baseline', 'target', 'actual'];

/** The column a header names: 序号, 类别, 指标（名称）, "2020年", "2020年规划目标", "2020年实绩", 属性, 责任部门, 是否完成. */
export function annexColumnOf(header: string): AnnexColumn {
  const text = header.replace(/\s+/gu, '');
  if (text === '序号') return { kind: 'seq' };
  if (text === '类别') return { kind: 'category' };
  if (text.startsWith('指标')) return { kind: 'name' };
  if (text === '属性') return { kind: 'attribute' };
  if (text === '责任部门' || text === '责任单位') return { kind: 'responsible' };
  if (text === '是否完成') return { kind: 'completed' };
  const year = /^(\d{4})年(.*)$/u.exec(text);
  if (year) {
    const rest = year[2] ?? '';
    const roles: readonly ValueRole[] = /实绩|完成/u.test(rest) ? ['actual'] : /目标/u.test(rest) ? ['target'] : ANY_ROLE;
    return { kind: 'year', year: Number(year[1]), roles };
  }
  return { kind: 'unknown' };
}

/** The value a year column prints: the first of the roles it takes, in that order, as listed. */
export function valueForYear(indicator: Indicator, year: number, roles: readonly ValueRole[]): IndicatorValue | null {
  for (const role of roles) {
    const found = indicator.values.find((value) => value.year === year && value.role === role);
    if (found !== undefined) return found;
  }
  return null;
}

/** The values of a table's indicator that its table prints, one per year column (none for a prose indicator). */
export function valuesTablePrints(catalog: PlanCatalog, indicator: Indicator): Set<IndicatorValue> {
  const source = indicator.source;
  const table = source.kind === 'table' ? catalog.plan.tables.find((candidate) => candidate.title === source.table) : undefined;
  const printed = new Set<IndicatorValue>();
  for (const column of table?.columns.map(annexColumnOf) ?? []) {
    const value = column.kind === 'year' ? valueForYear(indicator, column.year, column.roles) : null;
    if (value !== null) printed.add(value);
  }
  return printed;
}
