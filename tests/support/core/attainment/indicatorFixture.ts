import type { Indicator, IndicatorValue, ValueRole } from '../../../../src/core/catalog/index';
import { parseNotation } from '../../../../src/core/notation/index';

export type ValueRow = [year: number, role: ValueRole, raw: string];

export function value(year: number, role: ValueRole, raw: string): IndicatorValue {
  const parsed = parseNotation(raw);
  if (!parsed.ok) throw new Error(`fixture value ${raw} does not parse`);
  return { year, role, raw, parsed: parsed.value };
}

/** An indicator as the catalog loader would give it, with only what attainment reads set. */
export function indicator(values: ValueRow[], overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: 'test-plan.test-indicator',
    planId: 'test-plan',
    concept: 'test_concept',
    name: '测试指标',
    unit: '家',
    marks: [],
    direction: 'higher',
    path: 'linear',
    aggregation: { kind: 'sum' },
    measure: 'amount',
    perYear: false,
    values: values.map(([year, role, raw]) => value(year, role, raw)),
    source: { seed: 'test.txt', line: 1, kind: 'table' },
    ...overrides,
  };
}

export const actuals = (entries: Array<[number, number | boolean]>): ReadonlyMap<number, number | boolean> => new Map(entries);
