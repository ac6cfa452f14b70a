import type { CellRule } from '../rule';
import { fail, PASS } from '../rule';
import { subjectParams } from './common';

/**
 * Error: a value in a year after the reporting year. The form keeps the columns up to the last target year so that
 * one sheet serves every year, but a 2023 return cannot know 2025's figure: what is typed there was guessed, or
 * belongs to another year's column.
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
