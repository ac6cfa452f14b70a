/**
 * 零的突破 — "a first one" — judged as "at least one" (decision 0270): a count of 1 or more answers the target as 是
 * does, 0 as 否 does. The one judgement of a count that the core (evaluatePlan), the reading of entries
 * (readEnteredValue) and the sheet's status formula (statusFormula, printed by firstOneFormula) all use.
 */
import { ifText, textLiteral } from './printFormula';
import { sheetEqual } from './numbers';
import { QUALITATIVE_ANSWERS } from './statusLabels';

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
  return ifText(`ISNUMBER(${cell})`, ifText(wholeCount(cell), judged, labels.none), otherwise);
}

/** A number in `cell` is a count: whole, not negative (the test firstOneFormula prints). */
const wholeCount = (cell: string) => `AND(${cell}>=0,ROUND(${cell},0)=${cell})`;

/**
 * What the entry cell of a 零的突破 row takes, as a data validation's custom formula for `cell` (decision 0276): a
 * count (whole, not negative) or 是 / 否 as the status formula reads them (TRIM). TRUE for exactly what
 * firstOneFormula judges; IF, not OR, around the count test, so that a text never meets ROUND (#VALUE!).
 */
export function countOrAnswerFormula(cell: string): string {
  const answer = (text: string) => `TRIM(${cell})=${textLiteral(text)}`;
  return `IF(ISNUMBER(${cell}),${wholeCount(cell)},OR(${answer(QUALITATIVE_ANSWERS.yes)},${answer(QUALITATIVE_ANSWERS.no)}))`;
}

/** The formula firstOneFormula printed, its answer part (`otherwise`): what the generator printed before decision 0270. */
export function answerPartOf(formula: string): string | null {
  const match = /^IF\(ISNUMBER\((\$?[A-Z]{1,3}\$?\d+)\),IF\(AND\(\1>=0,ROUND\(\1,0\)=\1\),IF\(\1>=1,"[^"]*","[^"]*"\),"[^"]*"\),(.*)\)$/u.exec(formula);
  return match === null ? null : (match[2] ?? null);
}
