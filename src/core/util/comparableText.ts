import { keptPerText } from './kept';

/**
 * Kept per text lately: the same labels, names and units come back in every return of a batch, and normalising is
 * dearer than looking a text up. Only short texts (a long one is seldom the same twice): at most 8192 of 64 characters.
 */
const folded = keptPerText((text) => text.normalize('NFKC').replace(/[\s\u200b\ufeff]+/gu, ''), 8192, 64);

/**
 * Text as compared when asking "is this the same label or value?": full-width forms folded to ASCII (NFKC:
 * ２０２５年目标（越城） = 2025年目标(越城)), every space, line break and zero-width character removed. The reader
 * that finds the form's columns and the checks that compare printed cells use this one definition, so they
 * never disagree on whether a retyped or resaved cell still says the same thing.
 */
export function comparableText(text: string): string {
  return folded(text);
}

/** Whether two texts are the same once both are made comparable (most compared texts are the same text). */
export function sameText(a: string, b: string): boolean {
  return a === b || comparableText(a) === comparableText(b);
}
