import { formatNumber } from '../../i18n';
import { findUnit, hardRangeProblem, scaleByPowerOfTen } from '../../units';
import type { CellRule, Outcome } from '../rule';
import { fail, NOT_AVAILABLE, PASS } from '../rule';
import { subjectParams } from './common';

/** A growth rate can be negative or above 100, but nothing falls by more than all of it. */
const LOWEST_GROWTH_RATE = -100;

function rangeText(min: number | null, max: number | null): string | null {
  if (min !== null && max !== null) return `${formatNumber(min)}–${formatNumber(max)}`;
  if (min !== null) return `≥ ${formatNumber(min)}`;
  return max === null ? null : `≤ ${formatNumber(max)}`;
}

/** Error: a value outside the hard range of its unit (a share outside 0–100, a negative or fractional count). */
export const hardRange: CellRule = {
  id: 'hard_range',
  scope: 'cell',
  severity: 'error',
  years: 'every',
  description: 'A value must lie within the hard range of its unit: shares 0–100, counts whole and not negative, amounts not negative; growth rates not below -100.',
  codes: ['check.hard_range.below_minimum', 'check.hard_range.above_maximum', 'check.hard_range.not_whole'],
  appliesTo: () => true,
  run(subject): Outcome {
    const value = subject.number;
    if (value === null) return NOT_AVAILABLE;
    // The message's params are built only for a failure: most values pass.
    const params = () => ({ ...subjectParams(subject), value });
    if (subject.indicator.measure === 'growth_rate') {
      if (value >= LOWEST_GROWTH_RATE) return PASS;
      return fail('check.hard_range.below_minimum', { ...params(), min: LOWEST_GROWTH_RATE }, { expected: rangeText(LOWEST_GROWTH_RATE, null) });
    }
    const unit = findUnit(subject.indicator.unit);
    if (unit === undefined) return NOT_AVAILABLE;
    const problem = hardRangeProblem(value, unit.symbol);
    if (problem === null) return PASS;
    const expected = rangeText(unit.min, unit.max);
    if (problem === 'below_minimum') return fail('check.hard_range.below_minimum', { ...params(), min: unit.min ?? 0 }, { expected });
    if (problem === 'above_maximum') return fail('check.hard_range.above_maximum', { ...params(), max: unit.max ?? 0 }, { expected });
    // A count per head (每万人…拥有量, unit 件) is a ratio, not a count: 8.48 is a fine value. Only additive counts are whole.
    if (subject.indicator.aggregation.kind !== 'sum') return PASS;
    const base = scaleByPowerOfTen(value, unit.power);
    const neighbours = [Math.floor(base), Math.ceil(base)].map((whole) => formatNumber(scaleByPowerOfTen(whole, -unit.power)));
    return fail('check.hard_range.not_whole', params(), { expected: neighbours.join(' / ') });
  },
};
