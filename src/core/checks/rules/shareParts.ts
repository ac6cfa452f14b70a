import { DENOMINATOR_SUFFIX, NUMERATOR_SUFFIX } from '../../catalog';
import { formatNumber } from '../../i18n';
import type { ReturnRow } from '../../returns';
import type { CellRule, CellSubject, Outcome } from '../rule';
import { fail, NOT_AVAILABLE, PASS } from '../rule';
import { subjectParams } from './common';

/** Decimals a number was typed with (3.25 → 2; 3.0 arrives as 3 → 0). */
function decimalsOf(value: number): number {
  const text = String(value);
  if (/e/iu.test(text)) return 0;
  return text.split('.')[1]?.length ?? 0;
}

function partRow(subject: CellSubject, suffix: string): ReturnRow | undefined {
  const id = `${subject.row.indicatorId ?? ''}${suffix}`;
  return subject.view.sheet.rows.find((row) => row.indicatorId === id);
}

/**
 * Error: a share reported beside its own numerator and denominator (rows `#numerator`, `#denominator`) must be
 * their quotient within the rounding of the reported figure — at least one decimal (3.3 for 3.33 is fine, 3.0 is
 * not). A city recomputes its share from the parts, so a county's share and its parts must tell one story.
 */
export const shareParts: CellRule = {
  id: 'share_parts',
  scope: 'cell',
  severity: 'error',
  years: 'every',
  description: 'A share reported with its numerator and denominator must equal their quotient within the rounding of the reported figure.',
  codes: ['check.share_parts.mismatch'],
  appliesTo: (subject) => subject.indicator.aggregation.kind === 'ratio',
  run(subject): Outcome {
    const { aggregation } = subject.indicator;
    if (aggregation.kind !== 'ratio') return NOT_AVAILABLE;
    const [numeratorRow, denominatorRow] = [partRow(subject, NUMERATOR_SUFFIX), partRow(subject, DENOMINATOR_SUFFIX)];
    const value = subject.number;
    if (value === null || numeratorRow === undefined || denominatorRow === undefined) return NOT_AVAILABLE;
    const numerator = subject.view.numberIn(numeratorRow, subject.year, aggregation.numerator.unit);
    const denominator = subject.view.numberIn(denominatorRow, subject.year, aggregation.denominator.unit);
    if (numerator === null || denominator === null || denominator === 0) return NOT_AVAILABLE;
    const computed = (numerator / denominator) * (aggregation.scale ?? 1);
    const tolerance = 0.5 * 10 ** -Math.max(1, decimalsOf(value)) + 1e-9 * Math.abs(computed);
    if (Math.abs(value - computed) <= tolerance) return PASS;
    const shown = formatNumber(Number(computed.toFixed(Math.max(2, decimalsOf(value)))));
    return fail('check.share_parts.mismatch', {
      ...subjectParams(subject), value, numerator, denominator, computed: shown,
      numeratorName: aggregation.numerator.name, denominatorName: aggregation.denominator.name,
    }, { expected: `≈ ${shown}` });
  },
};
