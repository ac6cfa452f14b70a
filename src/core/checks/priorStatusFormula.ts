import { answerPartOf, QUALITATIVE_ANSWERS, SHEET_STATUS_LABELS } from '../attainment';

/**
 * Status formulas earlier generators printed for a qualitative target, each a return filled honestly: its formula is
 * the generator's own, not replaced, and what that formula computes is what it shows. Never 已达标 where the current
 * formula would not be, so accepting them shows nothing failed as done.
 * - Before decision 0233, 否 gave 滞后 even once the target was due (全覆盖 answered 否 in 2025); now 未达标.
 * - Before decision 0270, a 零的突破 row judged 是/否 only: a count showed 未填报; now one or more is 已达标.
 */
const DUE_NO = `"${QUALITATIVE_ANSWERS.no}","${SHEET_STATUS_LABELS.not_met}"`;
const PRIOR_NO = `"${QUALITATIVE_ANSWERS.no}","${SHEET_STATUS_LABELS.behind}"`;

function before0233(formula: string): string | null {
  return formula.includes(DUE_NO) ? formula.replace(DUE_NO, PRIOR_NO) : null;
}

/**
 * The status formulas earlier generators printed where the current one prints `formula`; empty when none differ. A
 * 零的突破 row's formula had no count branch before 0270, so 0233's change applies to its answer part alone.
 */
export function priorStatusFormulas(formula: string): string[] {
  const answersOnly = answerPartOf(formula);
  const priors = answersOnly === null ? [before0233(formula)] : [answersOnly, before0233(answersOnly)];
  return priors.filter((prior): prior is string => prior !== null);
}

/** The cell holds the earlier generator's qualitative status formula: its 否 gives 滞后. */
export function isPriorQualitativeFormula(formula: string): boolean {
  return formula.includes('TRIM(') && formula.includes(PRIOR_NO);
}

/** The cell holds a qualitative status formula that judges 是/否 only: a count there shows 未填报 (before 0270). */
export function judgesAnswersOnly(formula: string): boolean {
  return formula.includes('TRIM(') && !formula.includes('ISNUMBER(');
}
