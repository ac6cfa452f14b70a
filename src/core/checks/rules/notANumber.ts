import type { CellRule, CellSubject, Outcome } from '../rule';
import { fail, NOT_AVAILABLE, PASS } from '../rule';
import { subjectParams } from './common';

function codeFor(subject: CellSubject, reason: string): string {
  if (reason !== 'text') return `check.not_a_number.${reason}`;
  const shape = subject.view.shapeOf(subject.indicator);
  if (shape === 'qualitative') return 'check.not_a_number.answer';
  if (shape === 'increment_cumulative') return 'check.not_a_number.pair';
  return subject.indicator.unit.trim() === '' ? 'check.not_a_number.no_unit' : 'check.not_a_number';
}

/** Error: an entry cell holds text that is not a number, a logical value, an error value or a date. */
export const notANumber: CellRule = {
  id: 'not_a_number',
  scope: 'cell',
  severity: 'error',
  years: 'every',
  description: 'An actual-value cell must hold a number (or 是/否 for a qualitative target, "new/cumulative" where the plan counts both).',
  codes: [
    'check.not_a_number', 'check.not_a_number.no_unit', 'check.not_a_number.unit_mismatch', 'check.not_a_number.error_value',
    'check.not_a_number.boolean', 'check.not_a_number.date', 'check.not_a_number.answer', 'check.not_a_number.pair',
  ],
  appliesTo: () => true,
  run(subject): Outcome {
    const { entered } = subject;
    if (entered.kind === 'missing') return NOT_AVAILABLE;
    if (entered.kind !== 'not_a_number') return PASS;
    // A formula is entry_formula's finding.
    if (entered.reason === 'formula') return NOT_AVAILABLE;
    const params = { ...subjectParams(subject), text: entered.text, ...(entered.typedUnit === undefined ? {} : { typedUnit: entered.typedUnit }) };
    const qualitative = subject.view.shapeOf(subject.indicator) === 'qualitative';
    const expected = qualitative ? '是/否' : subject.indicator.unit.trim() === '' ? null : subject.indicator.unit;
    return fail(codeFor(subject, entered.reason), params, { expected });
  },
};
