import { formatNumber } from '../../i18n';
import { findUnit, scaleByPowerOfTen } from '../../units';
import type { CellRule, Outcome } from '../rule';
import { fail, NOT_AVAILABLE, PASS } from '../rule';
import { isPercentLike, subjectParams } from './common';

/**
 * No quantity a Chinese region reports reaches 10¹⁵ of its base unit (China's GDP is about 1.3 × 10¹⁴ 元; its
 * people 1.4 × 10⁹), and no growth rate 10⁶ %. Beyond these a value is a typing error, not a surprise to explain.
 */
const LARGEST_IN_BASE_UNIT = 1e15;
const LARGEST_GROWTH_RATE = 1e6;

/** The largest value in a unit of `power` (万元: 4 → 1e11), worked out once per power: every cell asks. */
const LARGEST_BY_POWER = new Map<number, number>();
function largestIn(power: number): number {
  let largest = LARGEST_BY_POWER.get(power);
  if (largest === undefined) LARGEST_BY_POWER.set(power, (largest = scaleByPowerOfTen(LARGEST_IN_BASE_UNIT, -power)));
  return largest;
}

/** Error: a value too large to be true (a count of 1e300); shares are hard_range's (0–100). */
export const impossibleSize: CellRule = {
  id: 'impossible_size',
  scope: 'cell',
  severity: 'error',
  years: 'every',
  description: 'A value beyond 10¹⁵ of its base unit (or a growth rate beyond 10⁶ %) is a typing error.',
  codes: ['check.impossible_size'],
  appliesTo: (subject) => subject.indicator.measure === 'growth_rate' || !isPercentLike(subject.indicator.unit),
  run(subject): Outcome {
    const value = subject.number;
    if (value === null) return NOT_AVAILABLE;
    const unit = findUnit(subject.indicator.unit);
    const max = subject.indicator.measure === 'growth_rate' ? LARGEST_GROWTH_RATE
      : largestIn(unit?.power ?? 0);
    if (Math.abs(value) <= max) return PASS;
    return fail('check.impossible_size', { ...subjectParams(subject), value, max: formatNumber(max) }, { expected: `≤ ${formatNumber(max)}` });
  },
};
