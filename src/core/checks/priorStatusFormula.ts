import { QUALITATIVE_ANSWERS, SHEET_STATUS_LABELS } from '../attainment';

/**
 * Forms generated before decision 0233 printed a qualitative target's status formula with 滞后 for 否 even once the
 * target was due (全覆盖 answered 否 in 2025); the generator now prints 未达标 there. Such a return was filled honestly:
 * its formula is the generator's own, not replaced, and 滞后 is what that formula computes. Never 已达标, so accepting
 * it shows nothing failed as done.
 */
const DUE_NO = `"${QUALITATIVE_ANSWERS.no}","${SHEET_STATUS_LABELS.not_met}"`;
const PRIOR_NO = `"${QUALITATIVE_ANSWERS.no}","${SHEET_STATUS_LABELS.behind}"`;

/** The status formula the earlier generator printed for `formula` (a due qualitative target's), or null when the same. */
export function priorStatusFormula(formula: string): string | null {
  return formula.includes(DUE_NO) ? formula.replace(DUE_NO, PRIOR_NO) : null;
}

/** The cell holds the earlier generator's qualitative status formula: its 否 gives 滞后. */
export function isPriorQualitativeFormula(formula: string): boolean {
  return formula.includes('TRIM(') && formula.includes(PRIOR_NO);
}
