import { findUnit } from '../units';
import type { Aggregation, Measure } from './types';

const GROWTH_WORDS = /增速|增长|增幅|增长率/u;
const NOT_ADDITIVE_WORDS = /^每|每万|人均|率|比重|占比|比例|指数|均/u;
const NOT_ADDITIVE_DIMENSIONS = new Set([
  'percent', 'percentage_points', 'multiple', 'money_cny_per_person', 'pieces_per_10k_persons', 'person_years_per_10k_persons',
]);

/** A percentage named as a growth (增速, 增长) is a rate of change; any other percentage is a share. */
export function defaultMeasure(unit: string, name: string): Measure {
  if (findUnit(unit)?.dimension !== 'percent') return 'amount';
  return GROWTH_WORDS.test(name) ? 'growth_rate' : 'share';
}

/** Counts and sums add up across regions; shares, rates and per-head figures do not. */
export function defaultAggregation(unit: string, name: string): Aggregation {
  const dimension = findUnit(unit)?.dimension;
  if (dimension === undefined || NOT_ADDITIVE_DIMENSIONS.has(dimension) || NOT_ADDITIVE_WORDS.test(name)) return { kind: 'none' };
  return { kind: 'sum' };
}
