import { formatNumber, type MessageCode } from '../../i18n';
import { constantValue } from '../../formulas';
import type { CellValue } from '../../returns';
import { takesAnswer } from '../reading';
import type { CellRule, CellSubject, Outcome } from '../rule';
import { fail, PASS } from '../rule';
import { subjectParams } from './common';

function cachedText(value: CellValue): string {
  switch (value.type) {
    case 'empty':
      return '';
    case 'number':
      return formatNumber(value.value);
    case 'boolean':
      return value.value ? 'TRUE' : 'FALSE';
    default:
      return value.value;
  }
}

/** What to type instead of a formula the checks cannot read: 是/否 on a qualitative row, a number (in its unit) elsewhere. */
function unreadCode(subject: CellSubject): MessageCode {
  if (takesAnswer(subject.view.shapeOf(subject.indicator))) return 'check.entry_formula.answer';
  return subject.indicator.unit.trim() === '' ? 'check.entry_formula.no_unit' : 'check.entry_formula';
}

/**
 * Error: an actual-value cell holds a formula. An entry is a value a person vouches for; a formula's cached result
 * can be anything the file says (=300 cached as 650), so it is never taken. Plain arithmetic over numbers is
 * read as what it computes, and the finding says that value; any other formula leaves the cell unread.
 */
export const entryFormula: CellRule = {
  id: 'entry_formula',
  scope: 'cell',
  severity: 'error',
  years: 'every',
  description: 'An actual-value cell holds a value, not a formula; a formula’s cached result is never believed.',
  codes: ['check.entry_formula.constant', 'check.entry_formula', 'check.entry_formula.no_unit', 'check.entry_formula.answer'],
  appliesTo: (subject) => subject.cell?.formula !== undefined,
  run(subject): Outcome {
    const formula = subject.cell?.formula;
    if (subject.cell === null || formula === undefined) return PASS;
    const computed = constantValue(formula);
    const params = { ...subjectParams(subject), formula: `=${formula}`, cached: cachedText(subject.cell.value) };
    // A 是/否 row without a unit takes no number (answer_number): "type the 10 it computes" would be another error.
    const answerOnly = subject.view.shapeOf(subject.indicator) === 'qualitative' && subject.indicator.unit.trim() === '';
    if (computed === null || answerOnly) return fail(unreadCode(subject), params, { value: `=${formula}` });
    return fail('check.entry_formula.constant', { ...params, computed: formatNumber(computed) }, { value: `=${formula}`, expected: formatNumber(computed) });
  },
};
