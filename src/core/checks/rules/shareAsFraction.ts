import { formatNumber } from '../../i18n';
import { findUnit, scaleByPowerOfTen } from '../../units';
import { targetReference } from '../catalogValues';
import type { CellRule, CellSubject, Outcome } from '../rule';
import { fail, NOT_AVAILABLE, PASS } from '../rule';
import { subjectParams } from './common';

/** A share below 1 whose hundredfold lies within `band` of a reference of at least 1: 0.035 typed for 3.5. */
export function looksLikeFraction(value: number, reference: number, band: number): boolean {
  if (value >= 1 || value <= 0 || reference < 1) return false;
  const percent = scaleByPowerOfTen(value, 2);
  return percent >= reference / band && percent <= reference * band;
}

/**
 * What a share is compared with, best first: last year's value, the printed baseline, the printed target (a first-year
 * return of a row without a baseline: 规上工业企业R&D经费支出占营业收入比重 "—" → 3.0). A higher level's target is
 * not a county's (its row is monitored), so only a target of the region's own plan counts.
 */
function fractionReference(subject: CellSubject): { against: 'previous' | 'baseline' | 'target'; year: number; value: number } | null {
  const { view, row, year, indicator } = subject;
  const reference = view.previous(row, year) ?? view.baseline(row, year);
  if (reference !== null) return { against: reference.year === year - 1 ? 'previous' : 'baseline', year: reference.year, value: reference.value };
  const target = view.ownRow(indicator) ? targetReference(indicator, year) : null;
  return target === null ? null : { against: 'target', ...target };
}

/**
 * Warning: a share typed as a fraction (0.035 where about 3.5 is expected): last year's value (else the
 * baseline, else the target) is at least 1, the value is below 1 and the value × 100 lies within a factor of it.
 */
export const shareAsFraction: CellRule = {
  id: 'share_as_fraction',
  scope: 'cell',
  severity: 'warning',
  years: 'reporting',
  description: 'A share below 1 where last year’s value (else the baseline, else the target) is at least 1 and about 100 times the entry: typed as a fraction.',
  codes: ['check.share_as_fraction.previous', 'check.share_as_fraction.baseline', 'check.share_as_fraction.target'],
  appliesTo: (subject) => subject.indicator.measure === 'share' && findUnit(subject.indicator.unit)?.symbol === '%',
  run(subject): Outcome {
    const value = subject.number;
    const reference = fractionReference(subject);
    if (value === null) return NOT_AVAILABLE;
    if (value >= 1 || value <= 0) return PASS;
    if (reference === null || reference.value < 1) return NOT_AVAILABLE;
    const percent = scaleByPowerOfTen(value, 2);
    if (!looksLikeFraction(value, reference.value, subject.view.options.fractionBand)) return PASS;
    return fail(`check.share_as_fraction.${reference.against}`, {
      ...subjectParams(subject), value, percent, reference: reference.value, referenceYear: reference.year,
    }, { expected: `≈ ${formatNumber(percent)}` });
  },
};
