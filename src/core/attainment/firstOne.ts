/**
 * 零的突破 — "a first one" — judged as "at least one" (decision 0270): a count of 1 or more answers the target as 是
 * does, 0 as 否 does. The one judgement of a count that the core (evaluatePlan), the reading of entries
 * (readEnteredValue) and the sheet's status formula (statusFormula, printed by firstOneFormula) all use.
 */
import { ifText } from './printFormula';
import { sheetEqual } from './numbers';

/** The count from which the target is met. */
const FIRST = 1;

/**
 * What a count answers: true from one, false for none; null when it is no count (not a whole number, or negative),
 * which the sheet shows as 未填报 and the checks name. Whole and equal as the sheet's ROUND(x,0)=x and x>=1 compare.
 */
export function countAnswer(count: number): boolean | null {
  if (!Number.isFinite(count) || count < 0 || !sheetEqual(Math.round(count), count)) return null;
  return count >= FIRST || sheetEqual(count, FIRST);
}

/**
 * The same judgement as formula text, in the grammar Excel, WPS and LibreOffice share: a number in `cell` is a count
 * (whole, not negative) that gives `yes` from one and `no` for none, `none` otherwise; anything else is `otherwise`.
 */
export function firstOneFormula(cell: string, labels: { yes: string; no: string; none: string }, otherwise: string): string {
  const judged = ifText(`${cell}>=${FIRST}`, labels.yes, labels.no);
  return ifText(`ISNUMBER(${cell})`, ifText(`AND(${cell}>=0,ROUND(${cell},0)=${cell})`, judged, labels.none), otherwise);
}

/** The formula firstOneFormula printed, its answer part (`otherwise`): what the generator printed before decision 0270. */
export function answerPartOf(formula: string): string | null {
  const match = /^IF\(ISNUMBER\((\$?[A-Z]{1,3}\$?\d+)\),IF\(AND\(\1>=0,ROUND\(\1,0\)=\1\),IF\(\1>=1,"[^"]*","[^"]*"\),"[^"]*"\),(.*)\)$/u.exec(formula);
  return match === null ? null : (match[2] ?? null);
}
