import type { CellRule } from '../rule';
import { fail, PASS } from '../rule';
import { subjectParams } from './common';

/**
 * Error: a value in a year after the reporting year: a 2023 return cannot know 2025's figure; what is typed there was
 * guessed, or belongs to another year's column. The form's actual columns end at the reporting year (decision 0051),
 * so this fires on sheets read without the regenerated form; a later-year column a county adds beside the form is
 * the content_outside rule's (decision 0125).
 */
export const futureYearValue: CellRule = {
  id: 'future_year_value',
  scope: 'cell',
  severity: 'error',
  years: 'every',
  description: 'No value in a year after the reporting year.',
  codes: ['check.future_year_value'],
  appliesTo: (subject) => subject.year > subject.view.reportingYear,
  run(subject) {
    if (subject.cell === null || subject.cell.value.type === 'empty') return PASS;
    return fail('check.future_year_value', { ...subjectParams(subject), reportingYear: subject.view.reportingYear });
  },
};
