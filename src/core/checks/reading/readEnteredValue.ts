import { normalizeCellText } from '../../notation';
import type { EnteredCell } from '../../returns';
import { readAnswer } from './answers';
import { readEnteredNumber, type EnteredNumber } from './readEnteredNumber';

/** What an indicator's actual cell holds: a number, "increment/cumulative" (75/1280), or 是/否. */
export type ValueShape = 'number' | 'increment_cumulative' | 'qualitative';

export type EnteredValue =
  | EnteredNumber
  /** "75/1280": the year's increment and the running total; value is the running total. */
  | { kind: 'pair'; value: number; increment: number }
  | { kind: 'answer'; achieved: boolean };

const PAIR = /^(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)(.*)$/u;

/**
 * Reads an entry cell for an indicator of the given shape. Numbers are read as readEnteredNumber reads them
 * (a running total for increment/cumulative indicators, a coverage share for qualitative ones); in addition
 * an increment/cumulative indicator takes "75/1280" and a qualitative one 是/否, 达到/未达到, Y/N or TRUE/FALSE.
 */
export function readEnteredValue(cell: EnteredCell | null | undefined, unit: string, shape: ValueShape): EnteredValue {
  if (cell === null || cell === undefined) return { kind: 'missing' };
  const { value } = cell;
  if (cell.formula !== undefined) return readEnteredNumber(cell, unit);
  if (shape === 'qualitative') {
    if (value.type === 'boolean') return { kind: 'answer', achieved: value.value };
    if (value.type === 'text') {
      const achieved = readAnswer(value.value);
      if (achieved !== null) return { kind: 'answer', achieved };
    }
  }
  if (shape === 'increment_cumulative' && value.type === 'text') {
    const pair = PAIR.exec(normalizeCellText(value.value));
    if (pair) {
      const rest = pair[3] ?? '';
      const total = readEnteredNumber({ address: cell.address, value: { type: 'text', value: `${pair[2] ?? ''}${rest}` } }, unit);
      const increment = readEnteredNumber({ address: cell.address, value: { type: 'text', value: `${pair[1] ?? ''}${rest}` } }, unit);
      if (total.kind === 'number' && increment.kind === 'number') return { kind: 'pair', value: total.value, increment: increment.value };
    }
  }
  return readEnteredNumber(cell, unit);
}

/** The number an entry stands for (a pair's running total), or null. */
export function numberOf(entered: EnteredValue): number | null {
  return entered.kind === 'number' || entered.kind === 'pair' ? entered.value : null;
}
