/**
 * What goes into a cell's `formulas` entry and its number format. office-js reads what it is given like typed
 * input: a string starting with = + - is a formula (Range.values docs, @types/office-js), and a string such as
 * "10-15", "1/2" or "3.5" in a General cell becomes a date or a number. Text must stay text, so:
 * - text in a text-formatted ('@') cell that does not start like a formula is written as it is: Excel does not
 *   convert what enters a text cell;
 * - any other text gets a leading apostrophe, Excel's quote prefix: hidden, and the rest is stored as text
 *   (office-js issue #6687: "'=…" written through `formulas` stays a string). A formula-like text in a '@' cell
 *   is switched to General first, so that the apostrophe is surely the prefix and never shown.
 */
import { startsLikeFormula, type LayoutValue } from '../core/layout';

export const TEXT_FORMAT = '@';
export const GENERAL = 'General';

export interface CellInput {
  /** The `formulas` entry: a number, '' for empty, '=…' for a formula, text (perhaps with the quote prefix). */
  input: string | number;
  numberFormat: string;
}

/** A text as it is written into a cell of `numberFormat`. */
export function textInput(text: string, numberFormat: string): CellInput {
  if (text === '') return { input: '', numberFormat };
  if (numberFormat === TEXT_FORMAT && !startsLikeFormula(text)) return { input: text, numberFormat };
  return { input: `'${text}`, numberFormat: numberFormat === TEXT_FORMAT ? GENERAL : numberFormat };
}

export function cellInput(value: LayoutValue, numberFormat: string): CellInput {
  switch (value.kind) {
    case 'empty':
      return { input: '', numberFormat };
    case 'number':
      return { input: value.value, numberFormat };
    case 'formula':
      return { input: `=${value.formula}`, numberFormat };
    case 'text':
    case 'link':
      // A link's text is written like any text; the hyperlink is set on the cell afterwards.
      return textInput(value.text, numberFormat);
  }
}
