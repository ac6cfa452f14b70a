import { applicableTargetValue, hasTarget } from '../catalogValues';
import type { CellRule, CellSubject, Outcome } from '../rule';
import { fail, PASS } from '../rule';
import { nameParams, subjectParams } from './common';

/** For a companion row, the indicator whose relative target needs its value this year (a target the region is judged by). */
function needingCompanion(subject: CellSubject) {
  const serves = subject.view.servedBy(subject.row);
  return serves !== undefined && subject.view.ownRow(serves) && applicableTargetValue(serves, subject.year)?.parsed.kind === 'relative' ? serves : undefined;
}

/**
 * The row has a target the region is judged by: a target of its own plan. A county's row of the province's plan has
 * the province's target printed, but the county is not judged by it (仅监测), so its value is monitored, not required.
 */
function judgedByTarget(subject: CellSubject): boolean {
  return subject.view.ownRow(subject.indicator) && hasTarget(subject.indicator);
}

/**
 * Error: the reporting year's value is missing for an indicator with a target, or for the companion quantity
 * a relative target is judged against.
 */
export const requiredMissing: CellRule = {
  id: 'required_missing',
  scope: 'cell',
  severity: 'error',
  years: 'reporting',
  description: 'An indicator with a target, and the companion quantity of a relative target, must have the reporting-year value.',
  codes: ['check.required_missing', 'check.required_missing.companion'],
  appliesTo: (subject) => judgedByTarget(subject) || needingCompanion(subject) !== undefined,
  run(subject): Outcome {
    if (subject.entered.kind !== 'missing') return PASS;
    const serves = needingCompanion(subject);
    if (serves !== undefined) {
      return fail('check.required_missing.companion', { ...subjectParams(subject), ...nameParams(serves, 'servedName') }, { value: null, expected: null });
    }
    const target = applicableTargetValue(subject.indicator, subject.year);
    return fail('check.required_missing', {
      ...subjectParams(subject), targetYear: target?.year ?? subject.year, target: target?.raw ?? '',
    }, { value: null, expected: null });
  },
};

/**
 * Warning: the reporting year's value is missing for a monitoring-only indicator, or a county's row of the
 * province's plan (explainable: no such data).
 */
export const monitoringMissing: CellRule = {
  id: 'monitoring_missing',
  scope: 'cell',
  severity: 'warning',
  years: 'reporting',
  description: 'A monitoring-only indicator (no target) should have its reporting-year value, or an explanation why not.',
  codes: ['check.monitoring_missing'],
  appliesTo: (subject) => !judgedByTarget(subject) && subject.view.servedBy(subject.row) === undefined && subject.indicator.optional !== true,
  run(subject): Outcome {
    if (subject.entered.kind !== 'missing') return PASS;
    return fail('check.monitoring_missing', subjectParams(subject), { value: null, expected: null });
  },
};
