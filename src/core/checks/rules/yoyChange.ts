import { formatNumber } from '../../i18n';
import { takesAnswer } from '../reading';
import type { CellRule, CellSubject, Outcome } from '../rule';
import { fail, NOT_AVAILABLE, PASS } from '../rule';
import { isPercentLike, rounded, subjectParams } from './common';
import { unitSlipPower } from './magnitude';
import { looksLikeFraction } from './shareAsFraction';

function pointsChange(subject: CellSubject, value: number, previous: number): Outcome {
  const { options } = subject.view;
  const growth = subject.indicator.measure === 'growth_rate';
  const bound = growth ? options.yoyMaxGrowthPoints : options.yoyMaxSharePoints;
  const change = value - previous;
  if (Math.abs(change) <= bound) return PASS;
  // A share typed as a fraction is share_as_fraction's to report: one typo, one warning.
  if (subject.indicator.measure === 'share' && looksLikeFraction(value, previous, options.fractionBand)) return NOT_AVAILABLE;
  const low = growth ? previous - bound : Math.max(0, previous - bound);
  const high = growth ? previous + bound : Math.min(100, previous + bound);
  return fail(change > 0 ? 'check.yoy_change.points_up' : 'check.yoy_change.points_down', {
    ...subjectParams(subject), value, previous, points: Math.abs(change), bound,
  }, { expected: `${formatNumber(low)}–${formatNumber(high)}` });
}

function ratioChange(subject: CellSubject, value: number, previous: number): Outcome {
  const { options } = subject.view;
  if (value < 0 || previous < 0) return NOT_AVAILABLE;
  if (previous === 0) return value === 0 ? PASS : NOT_AVAILABLE;
  // A change by about 10⁴ or 10⁸ is a unit slip, which magnitude_slip reports; this rule cannot judge it.
  if (unitSlipPower(value, previous, options.magnitudeBand) !== null) return NOT_AVAILABLE;
  const ratio = value / previous;
  const bound = options.yoyMaxRatio;
  if (ratio <= bound && ratio >= 1 / bound) return PASS;
  // "0 is only 0 times last year's 14" says nothing a person can act on: a fall to zero is said as such.
  if (value === 0) {
    return fail('check.yoy_change.to_zero', { ...subjectParams(subject), value, previous }, { expected: `${formatNumber(rounded(previous / bound))}–${formatNumber(rounded(previous * bound))}` });
  }
  return fail(ratio > bound ? 'check.yoy_change.up' : 'check.yoy_change.down', {
    ...subjectParams(subject), value, previous, ratio: rounded(ratio), bound,
  }, { expected: `${formatNumber(rounded(previous / bound))}–${formatNumber(rounded(previous * bound))}` });
}

/**
 * Warning: a change from last year's actual beyond bounds — amounts by ratio (default more than ×3 or less
 * than ÷3), shares and growth rates by percentage points (default 20 and 30).
 */
export const yoyChange: CellRule = {
  id: 'yoy_change',
  scope: 'cell',
  severity: 'warning',
  years: 'reporting',
  description: 'The change from last year’s actual must stay within bounds: ×3 / ÷3 for amounts, 20 points for shares, 30 points for growth rates (options).',
  codes: ['check.yoy_change.up', 'check.yoy_change.down', 'check.yoy_change.to_zero', 'check.yoy_change.points_up', 'check.yoy_change.points_down'],
  appliesTo: (subject) => !takesAnswer(subject.view.shapeOf(subject.indicator)),
  run(subject): Outcome {
    const value = subject.number;
    const previous = subject.view.previous(subject.row, subject.year);
    if (value === null || previous === null) return NOT_AVAILABLE;
    const byPoints = subject.indicator.measure !== 'amount' || isPercentLike(subject.indicator.unit);
    return byPoints ? pointsChange(subject, value, previous.value) : ratioChange(subject, value, previous.value);
  },
};
