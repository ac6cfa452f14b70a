import { comparableText } from '../util/comparableText';
import type { ImportedIndicator, ImportedValue } from './types';

/** 合计, 总计, 小计, 全市合计, 合计（亿元）: a row summing the rows above, not an indicator of the plan. */
const TOTAL_ROW = /^(?:全[省市区县]|总)?(?:合计|总计|小计)(?:\([^()]*\))?$/u;

export function isTotalRow(printedName: string): boolean {
  return TOTAL_ROW.test(comparableText(printedName));
}

const valuesText = (values: readonly ImportedValue[]): string => JSON.stringify(values.map((value) => [value.column, value.raw]));

/**
 * An earlier row of the same name, unit, category and parent (其中 rows of two parents may share a name): `repeated`
 * when its values are the same too (a row pasted twice), `same_name` when they differ. Undefined when there is none.
 */
export function earlierRowLike(
  indicators: readonly ImportedIndicator[],
  row: { name: string; unit: string; category: string | undefined; parent: string | undefined; values: readonly ImportedValue[] },
): { kind: 'repeated' | 'same_name'; other: ImportedIndicator } | undefined {
  const name = comparableText(row.name);
  const other = indicators.find((earlier) => comparableText(earlier.name) === name && earlier.unit === row.unit
    && earlier.category === row.category && earlier.parent === row.parent);
  if (other === undefined) return undefined;
  return { kind: valuesText(other.values) === valuesText(row.values) ? 'repeated' : 'same_name', other };
}
