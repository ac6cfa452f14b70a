import { formatNumber } from '../../i18n';
import { findUnit, scaleByPowerOfTen } from '../../units';
import type { CellRule, Outcome } from '../rule';
import { fail, NOT_AVAILABLE, PASS } from '../rule';
import { subjectParams } from './common';

/** A share below 1 whose hundredfold lies within `band` of a reference of at least 1: 0.035 typed for 3.5. */
export function looksLikeFraction(value: number, reference: number, band: number): boolean {
  if (value >= 1 || value <= 0 || reference < 1) return false;
  const percent = scaleByPowerOfTen(value, 2);
  return percent >= reference / band && percent <= reference * band;
}

/**
 * Warning: a share typed as a fraction (0.035 where about 3.5 is expected): last year's value (else the
 * baseline) is at least 1, the value is below 1 and the value × 100 lies within a factor of it.
 */
export const shareAsFraction: CellRule = {
  id: 'share_as_fraction',
  scope: 'cell',
  severity: 'warning',
  years: 'reporting',
  description: 'A share below 1 where last year’s value (else the baseline) is at least 1 and about 100 times the entry: typed as a fraction.',
  codes: ['check.share_as_fraction.previous', 'check.share_as_fraction.baseline'],
  appliesTo: (subject) => subject.indicator.measure === 'share' && findUnit(subject.indicator.unit)?.symbol === '%',
  run(subject): Outcome {
    const value = subject.number;
    const reference = subject.view.previous(subject.row, subject.year) ?? subject.view.baseline(subject.row, subject.year);
    if (value === null) return NOT_AVAILABLE;
    if (value >= 1 || value <= 0) return PASS;
    if (reference === null || reference.value < 1) return NOT_AVAILABLE;
    const percent = scaleByPowerOfTen(value, 2);
    if (!looksLikeFraction(value, reference.value, subject.view.options.fractionBand)) return PASS;
    const against = reference.year === subject.year - 1 ? 'previous' : 'baseline';
    return fail(`check.share_as_fraction.${against}`, {
      ...subjectParams(subject), value, percent, reference: reference.value, referenceYear: reference.year,
    }, { expected: `≈ ${formatNumber(percent)}` });
  },
};
