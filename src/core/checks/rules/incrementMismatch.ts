import { formatNumber } from '../../i18n';
import type { CellRule, Outcome } from '../rule';
import { fail, NOT_AVAILABLE, PASS } from '../rule';
import { subjectParams } from './common';

/**
 * Warning: for an increment/cumulative indicator (the plan prints "75/1280"), the actual cell holds the
 * running total; when it holds "increment/total" as the plan prints it, the increment must equal the change
 * of the total from last year's (the sheet's, else the catalog's actual or baseline).
 */
export const incrementMismatch: CellRule = {
  id: 'increment_mismatch',
  scope: 'cell',
  severity: 'warning',
  years: 'reporting',
  description: 'Where an entry gives both the year’s increment and the running total ("75/1280"), the increment must equal the change of the total from last year.',
  codes: ['check.increment_mismatch'],
  appliesTo: (subject) => subject.view.shapeOf(subject.indicator) === 'increment_cumulative',
  run(subject): Outcome {
    const { entered } = subject;
    if (entered.kind !== 'pair') return NOT_AVAILABLE;
    const previous = subject.view.previous(subject.row, subject.year);
    if (previous === null) return NOT_AVAILABLE;
    const change = Number((entered.value - previous.value).toPrecision(12));
    if (Math.abs(change - entered.increment) <= 1e-9 * Math.max(1, Math.abs(entered.value))) return PASS;
    return fail('check.increment_mismatch', {
      ...subjectParams(subject), increment: entered.increment, cumulative: entered.value, previousCumulative: previous.value, change,
    }, { expected: `${formatNumber(change)}/${formatNumber(entered.value)}` });
  },
};
