/**
 * How wide text shows, in Excel character units (the width of '0' in the default font). A Chinese
 * character, full-width form or CJK punctuation mark takes two; so do “” ▲ — in Chinese fonts.
 */
export function cellTextWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    width += code >= 0x2000 ? 2 : 1;
  }
  return width;
}

/** The widest line of a text that may hold line breaks. */
export function widestLine(text: string): number {
  return Math.max(0, ...text.split('\n').map(cellTextWidth));
}

/** How much wider 宋体's glyphs print than the units count them, and the units a cell's inner margins take. */
const GLYPH_WIDTH = 1.05;
const CELL_MARGIN = 1;

/** The narrowest column whose cells wrappedLines counts a text `units` wide (at the body's size) as one line. */
export function oneLineColumnWidth(units: number): number {
  return Math.ceil(units * GLYPH_WIDTH + CELL_MARGIN - 1e-9);
}

/**
 * Lines a text takes in a column `width` units wide when wrapped. The cell's inner margins take about one unit, and
 * 宋体's glyphs are a little wider than the units (a Chinese character 2.1, a digit 1.05): counting them as 2 and 1
 * clipped the last line of names that just wrap.
 */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(1, width - CELL_MARGIN) / GLYPH_WIDTH;
  return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(cellTextWidth(line) / usable)), 0);
}

/** The font size column widths are counted in: a unit is the width of '0' in the workbook's 11-point default font. */
const UNIT_SIZE = 11;

/**
 * The width a cell needs to show `text` on one line in a font of `size` points: its glyphs by wrappedLines' measure
 * (2.1 units a Chinese character at 11 pt, scaled with the size) and the cell's margins. A text that does not wrap
 * (a title, a line of the frame) and is wider than its merged cells is cut off at both ends by Excel.
 */
export function oneLineWidth(text: string, size: number): number {
  return oneLineColumnWidth((widestLine(text) * size) / UNIT_SIZE) + 1;
}

/** Points per line of text in a font of `size` points (Chinese fonts need some leading). */
export function lineHeight(size: number): number {
  return Math.ceil(size * 1.4);
}

/** Marks that never begin a line (Chinese line-breaking rules) and marks that never end one. */
const NO_LINE_START = new Set([...'。，、；：？！）》」』】”’%.,;:!?)']);
const NO_LINE_END = new Set([...'（《「『【“‘(']);
/** What brokenLines never breaks inside: a run of Latin letters and digits, else a character. */
const PIECE = /[A-Za-z0-9.%+-]+|./gsu;
/** And a bracketed or quoted phrase (brokenLines breaks inside one only when it is wider than a line). */
const PHRASE_OR_PIECE = /（[^（）\n]*）|《[^《》\n]*》|“[^“”\n]*”|「[^「」\n]*」|[A-Za-z0-9.%+-]+|./gsu;

/**
 * The text broken into lines that each fit `width` units by wrappedLines' measure (so no renderer wraps them again and
 * the row heights fitRows gives match what prints): between Chinese characters, never inside a run of Latin letters and
 * digits ("LibreOffice", "3.5%"), never before a closing mark or after an opening one. Lines after the first are
 * indented by `indent` spaces (a numbered item's hanging indent). With `phrases`, a bracketed or quoted phrase that
 * fits a line is kept on one (…完成情况 / （2024年，对照2025年目标）, not …完成情况（2024 / 年，对照2025年目标）).
 */
export function brokenLines(text: string, width: number, indent = 0, phrases = false): string[] {
  const usable = Math.floor(Math.max(1, width - CELL_MARGIN) / GLYPH_WIDTH);
  const tokens: string[] = [];
  const pieces = (text.match(phrases ? PHRASE_OR_PIECE : PIECE) ?? [])
    .flatMap((piece) => ([...piece].length > 1 && cellTextWidth(piece) > usable && NO_LINE_END.has([...piece][0] ?? '') ? piece.match(PIECE) ?? [] : [piece]));
  for (const piece of pieces) {
    const previous = tokens[tokens.length - 1];
    const glued = previous !== undefined && (NO_LINE_START.has([...piece][0] ?? '') || NO_LINE_END.has([...previous].at(-1) ?? ''));
    if (glued) tokens[tokens.length - 1] = previous + piece;
    else tokens.push(piece);
  }
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line !== '' && cellTextWidth(line + token) > usable) {
      lines.push(line);
      line = ' '.repeat(indent) + token.trimStart();
    } else {
      line += token;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * The units of the wider line of `text` broken into two lines as evenly as brokenLines can (杭州市上城区: 杭州市 /
 * 上城区, 6; never before a closing mark); its whole width when it cannot be broken in two.
 */
export function twoLineWidth(text: string): number {
  const whole = widestLine(text);
  for (let units = Math.ceil(whole / 2); units < whole; units++) {
    if (brokenLines(text, oneLineColumnWidth(units)).length <= 2) return units;
  }
  return whole;
}
