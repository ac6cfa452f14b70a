import { readHeaderLabel } from '../headerLabels';
import { labelOf } from '../text';

/**
 * A table pasted as plain text, whatever put it on the clipboard: Word/WPS/Excel (tab-separated), a PDF viewer
 * (columns aligned with spaces), a web page (one cell per line) or Markdown (pipes). Lines above and below the
 * table (caption, 注) come back as rows of one cell, so the recogniser finds them where they were printed.
 */
export function textTableCells(text: string): string[][] {
  const lines = text.replace(/\r\n?/gu, '\n').split('\n');
  while (lines.length > 0 && (lines.at(-1) ?? '').trim() === '') lines.pop();
  if (lines.some((line) => /^\s*\|.*\|\s*$/u.test(line))) return markdownCells(lines);
  if (lines.some((line) => line.includes('\t'))) return lines.map((line) => line.split('\t'));
  if (lines.some((line) => /\S(?: {2,}|\u3000+)\S/u.test(line))) return alignedCells(lines);
  const oneCellPerLine = cellPerLineCells(lines);
  if (oneCellPerLine !== undefined) return oneCellPerLine;
  return withoutNumberUnderSeq(lines.map((line) => joinYearWords(splitAligned(line, /\s+/u))));
}

/** A 序号 as printed: 3, 3., 3、, （3）, ③. */
const SEQ_TEXT = /^(?:[(（]?\d{1,3}[)）.．、]?|[①-⑳])$/u;

/**
 * Text split by single spaces loses the blank 序号 cell of a row that prints none (其中：… under 3): such a row,
 * one cell short of a header starting 序号, starts with its name, and a blank is put back before it — else its
 * name is read as the 序号, its first figure as the name, and every figure a column to the left.
 */
function withoutNumberUnderSeq(rows: string[][]): string[][] {
  const headerAt = rows.findIndex((cells) => cells.some((text) => readHeaderLabel(text)?.kind === 'name'));
  const header = rows[headerAt] ?? [];
  if (readHeaderLabel(header[0] ?? '')?.kind !== 'seq') return rows;
  return rows.map((cells, row) => (row > headerAt && cells.length === header.length - 1 && !SEQ_TEXT.test(cells[0] ?? '') ? ['', ...cells] : cells));
}

/**
 * Text taken from a PDF separates cells by single spaces and sets a space after a year: “2020 年目标值” is one
 * header, so a bare year followed by a word starting with 年 is joined back (decision 0146).
 */
function joinYearWords(cells: string[]): string[] {
  const joined: string[] = [];
  for (const cell of cells) {
    const previous = joined.at(-1);
    if (previous !== undefined && /^(?:19|20)\d{2}$/u.test(previous) && /^年/u.test(cell)) joined[joined.length - 1] = previous + cell;
    else joined.push(cell);
  }
  return joined;
}

const ALIGNED_GAP = /(?: {2,}|\u3000+)/gu;

/** The cells of a line aligned with spaces, each with the position it starts at. */
function alignedParts(line: string): Array<{ text: string; at: number }> {
  const parts: Array<{ text: string; at: number }> = [];
  let start = 0;
  for (const gap of line.matchAll(ALIGNED_GAP)) {
    if (line.slice(start, gap.index).trim() !== '') parts.push({ text: line.slice(start, gap.index).trim(), at: start + (line.slice(start).length - line.slice(start).trimStart().length) });
    start = gap.index + gap[0].length;
  }
  if (line.slice(start).trim() !== '') parts.push({ text: line.slice(start).trim(), at: start + (line.slice(start).length - line.slice(start).trimStart().length) });
  return parts;
}

/**
 * Columns aligned with spaces (a PDF viewer's copy). A row under the header printing fewer cells than the header
 * (其中 rows without a 序号, a row without its 属性) has its cells put under the header cells they start nearest
 * to, in order: read from the left, an indented 其中 row's name would become its 序号 and each figure shift a column.
 */
function alignedCells(lines: readonly string[]): string[][] {
  const split = lines.map(alignedParts);
  const headerAt = split.findIndex((parts) => parts.some((part) => readHeaderLabel(part.text)?.kind === 'name'));
  const header = split[headerAt] ?? [];
  return split.map((parts, row) => {
    if (row <= headerAt || parts.length >= header.length || parts.length < 2) return parts.map((part) => part.text);
    const cells = header.map(() => '');
    let next = 0;
    parts.forEach((part, index) => {
      const last = header.length - (parts.length - index);
      let best = next;
      for (let column = next; column <= last; column++) {
        if (Math.abs(part.at - (header[column]?.at ?? 0)) < Math.abs(part.at - (header[best]?.at ?? 0))) best = column;
      }
      cells[best] = part.text;
      next = best + 1;
    });
    return cells;
  });
}

function splitAligned(line: string, separator: RegExp): string[] {
  const trimmed = line.trim();
  return trimmed === '' ? [] : trimmed.split(separator);
}

function markdownCells(lines: readonly string[]): string[][] {
  const rows: string[][] = [];
  for (const line of lines) {
    const trimmed = line.trim();
    if (!/^\|.*\|$/u.test(trimmed)) {
      // A title or note line around the table, set as a Markdown heading or in bold (## 表1 …, **表1 …**).
      const plain = trimmed.replace(/^#{1,6}\s+/u, '').replace(/^\*\*(.*)\*\*$/u, '$1').trim();
      rows.push(plain === '' ? [] : [plain]);
      continue;
    }
    const cells = trimmed.slice(1, -1).split('|').map((cell) => cell.trim().replace(/<br\s*\/?>/giu, '\n'));
    if (cells.every((cell) => /^:?-{2,}:?$/u.test(cell) || cell === '')) continue;
    rows.push(cells.map((cell) => cell.replace(/^\*\*(.*)\*\*$/u, '$1')));
  }
  return rows;
}

/**
 * A web page copied as text gives one cell per line. The header is the run of lines that read as header labels
 * starting at 序号 or 指标; its length is the table's width, and the lines after it are cut into rows of that
 * width until a line starting 注 (the notes) or the end.
 */
function cellPerLineCells(lines: readonly string[]): string[][] | undefined {
  const texts = lines.map((line) => line.trim());
  const start = texts.findIndex((line) => {
    const kind = readHeaderLabel(line)?.kind;
    return kind === 'name' || kind === 'seq' || kind === 'category';
  });
  if (start < 0) return undefined;
  let width = 0;
  while (start + width < texts.length) {
    const label = readHeaderLabel(texts[start + width] ?? '');
    if (label === undefined || label.kind === 'unknown') break;
    width++;
  }
  if (width < 2) return undefined;
  const rows: string[][] = texts.slice(0, start).filter((line) => line !== '').map((line) => [line]);
  rows.push(texts.slice(start, start + width));
  let at = start + width;
  while (at < texts.length) {
    const line = texts[at] ?? '';
    if (/^(?:注|备注|说明|资料来源|来源)\s*[:：0-9１-９]/u.test(labelOf(line))) break;
    if (line === '') {
      at++;
      continue;
    }
    rows.push(texts.slice(at, at + width));
    at += width;
  }
  for (; at < texts.length; at++) if ((texts[at] ?? '') !== '') rows.push([texts[at] ?? '']);
  return rows;
}
