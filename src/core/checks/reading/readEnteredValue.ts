import { formatNumber } from '../../i18n';
import { normalizeCellText } from '../../notation';
import type { EnteredCell } from '../../returns';
import { readAnswer } from './answers';
import { countAnswer, QUALITATIVE_ANSWERS } from '../../attainment';
import { readableNumber, readEnteredNumber, type EnteredNumber } from './readEnteredNumber';

/**
 * What an indicator's actual cell holds: a number, "increment/cumulative" (75/1280), 是/否, or for 零的突破 是/否 or a
 * count (decision 0270).
 */
export type ValueShape = 'number' | 'increment_cumulative' | 'qualitative' | 'count_or_answer';

/** The row's target is answered 是/否 (a qualitative target, 零的突破 among them). */
export function takesAnswer(shape: ValueShape): boolean {
  return shape === 'qualitative' || shape === 'count_or_answer';
}

export type EnteredValue =
  | EnteredNumber
  /**
   * "75/1280": the year's increment and the running total; value is the running total. Read so that the checks can
   * compare the two, but never counted: the sheet's formulas cannot compute a text, so it asks for the total alone.
   */
  | { kind: 'pair'; value: number; increment: number; text: string }
  | { kind: 'answer'; achieved: boolean };

const PAIR = /^(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)(.*)$/u;

/** What the sheet's formula compares a qualitative answer with: TRIM(cell)="是", TRIM removing ASCII spaces only. */
function sheetAnswer(text: string): boolean | null {
  const trimmed = text.replace(/^ +| +$/gu, '');
  if (trimmed === QUALITATIVE_ANSWERS.yes) return true;
  if (trimmed === QUALITATIVE_ANSWERS.no) return false;
  return null;
}

function answerVariant(text: string, achieved: boolean): EnteredValue {
  return { kind: 'not_a_number', reason: 'answer_variant', text, typeInstead: achieved ? QUALITATIVE_ANSWERS.yes : QUALITATIVE_ANSWERS.no };
}

/** A number in a 零的突破 row: a count the sheet judges, or (not whole, negative) none it can, named. */
function readCount(cell: EnteredCell, unit: string): EnteredValue {
  const read = readEnteredNumber(cell, unit);
  if (read.kind !== 'number' || countAnswer(read.value) !== null) return read;
  return { kind: 'not_a_number', reason: 'count_not_whole', text: formatNumber(read.value) };
}

/**
 * Reads an entry cell for an indicator of the given shape, as the sheet's formulas read it. Numbers are read as
 * readEnteredNumber reads them (a running total for increment/cumulative indicators). A qualitative answer is 是 or
 * 否 (spaces around allowed); 达到, Y, TRUE and the like are answer_variant, a number in a row without a unit is
 * answer_number (decision 0267), a count of 零的突破 a number when whole and not negative, else count_not_whole (0270)
 * and "75/1280" is pair: readable, but the sheet cannot compute them, so they are not counted and the finding says
 * what to type instead.
 */
export function readEnteredValue(cell: EnteredCell | null | undefined, unit: string, shape: ValueShape): EnteredValue {
  if (cell === null || cell === undefined) return { kind: 'missing' };
  const { value } = cell;
  if (cell.formula !== undefined) return readEnteredNumber(cell, unit);
  if (takesAnswer(shape)) {
    if (value.type === 'boolean') return answerVariant(value.value ? 'TRUE' : 'FALSE', value.value);
    // 零的突破 takes a count: a whole number from 0 up, judged as the sheet judges it (countAnswer, decision 0270).
    if (value.type === 'number' && shape === 'count_or_answer') return readCount(cell, unit);
    // The sheet's formula asks TRIM(cell)="是": a number in a row without a unit (a coverage share, 1 for yes) is
    // 未填报 there, so it is named here. A row with a unit (全覆盖 of 个) keeps its number as reported (decision 0267).
    if (value.type === 'number' && unit.trim() === '') return { kind: 'not_a_number', reason: 'answer_number', text: formatNumber(value.value) };
    if (value.type === 'text') {
      const exact = sheetAnswer(value.value);
      if (exact !== null) return { kind: 'answer', achieved: exact };
      const achieved = readAnswer(value.value);
      if (achieved !== null) return answerVariant(value.value.trim(), achieved);
    }
  }
  if (shape === 'increment_cumulative' && value.type === 'text') {
    const pair = PAIR.exec(normalizeCellText(value.value));
    if (pair) {
      const rest = pair[3] ?? '';
      const total = readEnteredNumber({ address: cell.address, value: { type: 'text', value: `${pair[2] ?? ''}${rest}` } }, unit);
      const increment = readEnteredNumber({ address: cell.address, value: { type: 'text', value: `${pair[1] ?? ''}${rest}` } }, unit);
      const totalValue = readableNumber(total);
      const incrementValue = readableNumber(increment);
      if (totalValue !== null && incrementValue !== null) return { kind: 'pair', value: totalValue, increment: incrementValue, text: value.value.trim() };
    }
  }
  return readEnteredNumber(cell, unit);
}

/** The number an entry stands for as the sheet computes it, or null (a pair is not counted). */
export function numberOf(entered: EnteredValue): number | null {
  return entered.kind === 'number' ? entered.value : null;
}
