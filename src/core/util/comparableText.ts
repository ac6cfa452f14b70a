/**
 * Text as compared when asking "is this the same label or value?": full-width forms folded to ASCII (NFKC:
 * ２０２５年目标（越城） = 2025年目标(越城)), every space, line break and zero-width character removed. The reader
 * that finds the form's columns and the checks that compare printed cells use this one definition, so they
 * never disagree on whether a retyped or resaved cell still says the same thing.
 */
export function comparableText(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u200b\ufeff]+/gu, '');
}

/** Whether two texts are the same once both are made comparable. */
export function sameText(a: string, b: string): boolean {
  return comparableText(a) === comparableText(b);
}
