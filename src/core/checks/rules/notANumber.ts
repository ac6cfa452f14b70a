import { QUALITATIVE_ANSWERS } from '../../attainment';
import type { MessageCode } from '../../i18n';
import { takesAnswer, type NotANumberReason } from '../reading';
import type { CellRule, CellSubject, Outcome } from '../rule';
import { fail, NOT_AVAILABLE, PASS } from '../rule';
import { subjectParams } from './common';

/** Entries a person can read but the sheet's formulas cannot compute: the finding says what to type instead. */
const NOT_COMPUTABLE: Readonly<Partial<Record<NotANumberReason, MessageCode>>> = {
  text_number: 'check.not_a_number.text_number',
  percent_format: 'check.not_a_number.percent_format',
};

/** The code for an entry the sheet cannot compute (a formula is entry_formula's finding, never this rule's). */
function codeFor(subject: CellSubject, reason: Exclude<NotANumberReason, 'formula'>, typeInstead: string | undefined): MessageCode {
  const computable = NOT_COMPUTABLE[reason];
  if (computable !== undefined) return computable;
  // The answer to type is wording of the sheet (是/否), so it is in the template, not a param.
  if (reason === 'answer_variant') return typeInstead === QUALITATIVE_ANSWERS.yes ? 'check.not_a_number.answer_variant.yes' : 'check.not_a_number.answer_variant.no';
  if (reason === 'answer_number') return 'check.not_a_number.answer_number';
  if (reason === 'count_not_whole') return 'check.not_a_number.count_not_whole';
  // A 是/否 row is asked for 是 or 否, whatever else was in the cell (decision 0267).
  if ((reason === 'error_value' || reason === 'date') && takesAnswer(subject.view.shapeOf(subject.indicator))) return 'check.not_a_number.answer';
  if (reason === 'boolean' && subject.indicator.unit.trim() === '') return 'check.not_a_number.boolean.no_unit';
  if (reason !== 'text') return `check.not_a_number.${reason}`;
  const shape = subject.view.shapeOf(subject.indicator);
  if (takesAnswer(shape)) return 'check.not_a_number.answer';
  if (shape === 'increment_cumulative') return 'check.not_a_number.pair';
  return subject.indicator.unit.trim() === '' ? 'check.not_a_number.no_unit' : 'check.not_a_number';
}

/**
 * Error: an entry cell holds something the sheet's own formulas cannot compute — text that is not a number, a
 * number stored as text, a percent-formatted fraction in a % row, "75/1280", an answer other than 是/否, a logical
 * value, an error value or a date. None of these is counted anywhere (README, "How returns are checked").
 */
export const notANumber: CellRule = {
  id: 'not_a_number',
  scope: 'cell',
  severity: 'error',
  years: 'every',
  description: 'An actual-value cell must hold a number (or 是/否 for a qualitative target) that the sheet’s formulas compute.',
  codes: [
    'check.not_a_number', 'check.not_a_number.no_unit', 'check.not_a_number.unit_mismatch', 'check.not_a_number.error_value',
    'check.not_a_number.boolean', 'check.not_a_number.boolean.no_unit', 'check.not_a_number.date', 'check.not_a_number.answer', 'check.not_a_number.pair',
    'check.not_a_number.text_number', 'check.not_a_number.percent_format', 'check.not_a_number.pair_typed',
    'check.not_a_number.answer_variant.yes', 'check.not_a_number.answer_variant.no', 'check.not_a_number.answer_number',
    'check.not_a_number.count_not_whole',
  ],
  appliesTo: () => true,
  run(subject): Outcome {
    const { entered } = subject;
    if (entered.kind === 'missing') return NOT_AVAILABLE;
    if (entered.kind === 'pair') {
      return fail('check.not_a_number.pair_typed', { ...subjectParams(subject), text: entered.text, typeInstead: String(entered.value) }, { expected: String(entered.value) });
    }
    if (entered.kind !== 'not_a_number') return PASS;
    // A formula is entry_formula's finding.
    if (entered.reason === 'formula') return NOT_AVAILABLE;
    const params = {
      ...subjectParams(subject), text: entered.text,
      ...(entered.typedUnit === undefined ? {} : { typedUnit: entered.typedUnit }),
      ...(entered.typeInstead === undefined || entered.reason === 'answer_variant' ? {} : { typeInstead: entered.typeInstead }),
    };
    const qualitative = takesAnswer(subject.view.shapeOf(subject.indicator));
    const expected = entered.typeInstead ?? (qualitative ? '是/否' : subject.indicator.unit.trim() === '' ? null : subject.indicator.unit);
    return fail(codeFor(subject, entered.reason, entered.typeInstead), params, { expected });
  },
};
