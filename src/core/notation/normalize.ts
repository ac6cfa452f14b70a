import { comparableText } from '../util/comparableText';
import { simplifiedForms } from '../util/simplifiedForms';

/**
 * Brings a cell's text to one spelling: full-width digits, letters and punctuation to ASCII (NFKC), and
 * whitespace and thousands separators removed (the extraction and typists put spaces inside numbers and
 * between a number and its unit), traditional characters of units and notation words simplified (億元, 以內).
 */
export function normalizeCellText(raw: string): string {
  // Footnote marks (①, ²) stay marks: folded, 3.5① would read 3.51.
  let text = raw.split(/([①-⑳¹²³⁴-⁹⁰]+)/u).map((part, index) => (index % 2 === 1 ? part : simplifiedForms(comparableText(part)))).join('');
  const thousands = /(\d),(\d{3})(?!\d)/u;
  while (thousands.test(text)) text = text.replace(thousands, '$1$2');
  return text;
}

/** True when the text holds at least one ASCII digit after normalisation. */
export function hasDigit(text: string): boolean {
  return /\d/u.test(text);
}
