/**
 * A value typed into the pane as Excel would store it when typed into a General cell: a plain number becomes a
 * number; anything else (约3.5, ２２０００, 3.5%, 是) stays text for the checks to read and, when need be, flag.
 * Text is never turned into a formula.
 */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/u;

export function typedValue(text: string): number | string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (PLAIN_NUMBER.test(trimmed)) return Number(trimmed);
  return text;
}
