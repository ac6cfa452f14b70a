import { formatNumber } from '../../i18n';
import type { CellRule, Outcome } from '../rule';
import { fail, NOT_AVAILABLE, PASS } from '../rule';
import { isPercentLike, subjectParams } from './common';
import { factorText, unitSlipPower, unitTypedInstead } from './magnitude';

/**
 * Warning: a value about 10⁴ or 10⁸ times (or 1/10⁴, 1/10⁸) last year's value or, without one, the printed
 * baseline: 家 typed where 万家 is asked, 万元 where 亿元 is.
 */
export const magnitudeSlip: CellRule = {
  id: 'magnitude_slip',
  scope: 'cell',
  severity: 'warning',
  years: 'reporting',
  description: 'A value about 10⁴ or 10⁸ times off last year’s value (else the baseline) suggests a unit mix-up (万 / 亿).',
  codes: ['check.magnitude_slip.previous.unit', 'check.magnitude_slip.previous', 'check.magnitude_slip.baseline.unit', 'check.magnitude_slip.baseline'],
  appliesTo: (subject) =>
    subject.indicator.measure === 'amount' && !isPercentLike(subject.indicator.unit) && subject.view.shapeOf(subject.indicator) !== 'qualitative',
  run(subject): Outcome {
    const value = subject.number;
    const reference = subject.view.previous(subject.row, subject.year) ?? subject.view.baseline(subject.row, subject.year);
    if (value === null || reference === null || value <= 0 || reference.value <= 0) return NOT_AVAILABLE;
    const power = unitSlipPower(value, reference.value, subject.view.options.magnitudeBand);
    if (power === null) return PASS;
    const typedUnit = unitTypedInstead(subject.indicator.unit, power);
    const against = reference.year === subject.year - 1 ? 'previous' : 'baseline';
    const params = {
      ...subjectParams(subject), value, reference: reference.value, referenceYear: reference.year, factor: factorText(power),
      ...(typedUnit === null ? {} : { typedUnit, askedUnit: subject.indicator.unit }),
    };
    const code = `check.magnitude_slip.${against}${typedUnit === null ? '' : '.unit'}`;
    return fail(code, params, { expected: `≈ ${formatNumber(reference.value)}` });
  },
};
