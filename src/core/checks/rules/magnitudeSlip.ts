import { formatNumber } from '../../i18n';
import { footnoteReference, targetReference } from '../catalogValues';
import { takesAnswer } from '../reading';
import type { CellRule, CellSubject, Outcome } from '../rule';
import { fail, NOT_AVAILABLE, PASS } from '../rule';
import { isPercentLike, subjectParams } from './common';
import { factorText, unitSlipPower, unitTypedInstead } from './magnitude';

type Against = 'previous' | 'baseline' | 'target' | 'reference';

/**
 * What gives a value's magnitude, best first: last year's value, the printed baseline, the printed target, a
 * reference value in the plan's footnotes. A first-year return, or a row without a baseline, still has one.
 */
function magnitudeReference(subject: CellSubject): { against: Against; year: number; value: number } | null {
  const { view, row, year, indicator } = subject;
  const previous = view.previous(row, year);
  if (previous !== null && previous.value > 0) return { against: previous.year === year - 1 ? 'previous' : 'baseline', ...previous };
  const baseline = view.baseline(row, year);
  if (baseline !== null && baseline.value > 0) return { against: baseline.year === year - 1 ? 'previous' : 'baseline', ...baseline };
  // A higher level's target or footnote is not the size of a county's contribution.
  if (!view.ownRow(indicator)) return null;
  const target = targetReference(indicator, year);
  if (target !== null && target.value > 0) return { against: 'target', ...target };
  const footnote = footnoteReference(indicator, year);
  return footnote !== null && footnote.value > 0 ? { against: 'reference', ...footnote } : null;
}

/**
 * Warning: a value about 10⁴ or 10⁸ times (or 1/10⁴, 1/10⁸) the value that gives its magnitude (last year's,
 * else the baseline, else the target, else a footnote's reference value): 家 typed where 万家 is asked, 万元
 * where 亿元 is.
 */
export const magnitudeSlip: CellRule = {
  id: 'magnitude_slip',
  scope: 'cell',
  severity: 'warning',
  years: 'reporting',
  description: 'A value about 10⁴ or 10⁸ times off last year’s value (else the baseline, the target or a footnote’s reference value) suggests a unit mix-up (万 / 亿).',
  codes: [
    'check.magnitude_slip.previous.unit', 'check.magnitude_slip.previous', 'check.magnitude_slip.baseline.unit', 'check.magnitude_slip.baseline',
    'check.magnitude_slip.target.unit', 'check.magnitude_slip.target', 'check.magnitude_slip.reference.unit', 'check.magnitude_slip.reference',
  ],
  appliesTo: (subject) =>
    subject.indicator.measure === 'amount' && !isPercentLike(subject.indicator.unit) && !takesAnswer(subject.view.shapeOf(subject.indicator)),
  run(subject): Outcome {
    const value = subject.number;
    const reference = magnitudeReference(subject);
    if (value === null || reference === null || value <= 0) return NOT_AVAILABLE;
    const power = unitSlipPower(value, reference.value, subject.view.options.magnitudeBand);
    if (power === null) return PASS;
    const typedUnit = unitTypedInstead(subject.indicator.unit, power);
    const params = {
      ...subjectParams(subject), value, reference: reference.value, referenceYear: reference.year, factor: factorText(power),
      ...(typedUnit === null ? {} : { typedUnit, askedUnit: subject.indicator.unit }),
    };
    const code = typedUnit === null ? `check.magnitude_slip.${reference.against}` as const : `check.magnitude_slip.${reference.against}.unit` as const;
    return fail(code, params, { expected: `≈ ${formatNumber(reference.value)}` });
  },
};
