import { comparableText } from '../util/comparableText';

/**
 * Cell texts as Word pastes them into Excel: line breaks where the document wrapped a cell, ideographic and
 * non-breaking spaces, full-width digits. Values keep what was printed; only the wrapping is undone.
 */

const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’]/u;

/**
 * A cell's text with its line breaks joined the way the catalog joins a wrapped cell: with nothing between
 * Chinese text (创新主体⏎提质体系 → 创新主体提质体系), with one space otherwise (高于工业增加值 1⏎个百分点).
 * The ends of each line are trimmed; spaces inside a line stay as printed (指   标, 高于工业增加值 1 个百分点).
 */
export function tidyCell(text: string | undefined): string {
  if (text === undefined) return '';
  const lines = text
    .split(/\r\n|\r|\n/u)
    .map((line) => line.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/gu, ''))
    .filter((line) => line !== '');
  let joined = '';
  for (const line of lines) {
    if (joined === '') joined = line;
    else joined += WIDE.test(joined.at(-1) ?? '') && WIDE.test(line[0] ?? '') ? line : ` ${line}`;
  }
  return joined;
}

/** A text compared as a label: full-width folded (NFKC) and every space removed (类 别 = 类别, ２０２０年 = 2020年). */
export function labelOf(text: string | undefined): string {
  return comparableText(text ?? '');
}

export function isBlank(text: string | undefined): boolean {
  return labelOf(text) === '';
}

/** The filled cells of a column from row `from` down (what a header transform reads to tell a column's kind). */
export function filledCells(cells: readonly string[][], from: number, column: number): string[] {
  return cells.slice(from).map((row) => row[column] ?? '').filter((text) => !isBlank(text));
}
