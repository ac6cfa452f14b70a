import type { ImportedValue, ImportResult } from './types';

/** A note that speaks of brackets: 〔〕内, （）内, ()中, 括号内. */
const NAMES_BRACKETS = /〔|[(（]\s*[)）]|括号/u;

/**
 * 〔〕 mean a total over the period only when the table says so: in its notes (注：〔〕内为五年累计数, 注：（）内为累计数)
 * or in the header of a value column (年均增速〔累计〕, 年均增(5年累计)), where unbracketed figures are average growth.
 */
export function bracketsAreTotals(result: Pick<ImportResult, 'notes' | 'header'>): boolean {
  return result.notes.some((note) => NAMES_BRACKETS.test(note.text) && /累[计計]|合[计計]|总和|總和/u.test(note.text))
    || (result.header?.columns ?? []).some((column) => column.kind === 'value' && /累计/u.test(column.header) && /年均|〔|\(|（/u.test(column.header));
}

/**
 * A value that is a total over the plan period: 〔3〕 where the table says brackets hold totals, and always where
 * the cell says so in words (累计3, 〔累计达到1000〕).
 */
export function isTotalOverPeriod(value: Pick<ImportedValue, 'raw' | 'parsed'>, bracketsHoldTotals: boolean): boolean {
  return value.parsed?.periodTotal === true && (bracketsHoldTotals || /累[计計]/u.test(value.raw));
}
