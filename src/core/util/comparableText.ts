/**
 * Texts made comparable lately: the same labels, names and units come back in every return of a batch, and
 * normalising is dearer than looking a text up. Only short texts (a long one is seldom the same twice), emptied when
 * full: never more than MADE_SIZE texts of MADE_LENGTH characters.
 */
const MADE = new Map<string, string>();
const MADE_SIZE = 8192;
const MADE_LENGTH = 64;

const folded = (text: string) => text.normalize('NFKC').replace(/[\s\u200b\ufeff]+/gu, '');

/**
 * Text as compared when asking "is this the same label or value?": full-width forms folded to ASCII (NFKC:
 * ２０２５年目标（越城） = 2025年目标(越城)), every space, line break and zero-width character removed. The reader
 * that finds the form's columns and the checks that compare printed cells use this one definition, so they
 * never disagree on whether a retyped or resaved cell still says the same thing.
 */
export function comparableText(text: string): string {
  if (text.length > MADE_LENGTH) return folded(text);
  const kept = MADE.get(text);
  if (kept !== undefined) return kept;
  const made = folded(text);
  if (MADE.size >= MADE_SIZE) MADE.clear();
  MADE.set(text, made);
  return made;
}

/** Whether two texts are the same once both are made comparable (most compared texts are the same text). */
export function sameText(a: string, b: string): boolean {
  return a === b || comparableText(a) === comparableText(b);
}
