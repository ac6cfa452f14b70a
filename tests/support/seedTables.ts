import { findUnit } from '../../src/core/units';
import { seedFiles, seedLines, squeeze } from './seeds';

/**
 * Finds the indicator tables in the plan documents' text, independently of the catalog, so that tests can
 * check the catalog against them. Two layouts occur: tab tables (every cell on its own line starting with a
 * tab, rows separated by blank lines) and captioned tables (表1…, a header with year columns, one row per
 * line with continuation lines where the PDF extraction broke a cell).
 */
export interface SeedCell {
  text: string;
  line: number;
}

export interface SeedRow {
  /** Line of the row's name. */
  line: number;
  seq: string | null;
  category: string | null;
  /** Name as printed, unit bracket included, whitespace removed. */
  name: string;
  /** Cells of the value columns, in order (year columns, 规划目标, 实绩). */
  values: SeedCell[];
  /** Other cells by header (是否完成, 责任部门…). */
  others: Record<string, SeedCell>;
}

export interface SeedTable {
  seed: string;
  title: string;
  titleLine: number;
  header: string[];
  /** Headers of the value columns, in order. */
  valueColumns: string[];
  rows: SeedRow[];
}

const VALUE_HEADER = /\d{4}\s*年|规划目标|实绩/u;
const HEADING = /^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/u;
const NUMERIC_START = /^(?:[\d０-９>＞<＜—–\-－]|超|前)/u;

function isValueHeader(header: string): boolean {
  return VALUE_HEADER.test(header);
}

// ---- tab tables ----------------------------------------------------------------------------------

interface Group {
  cells: SeedCell[];
}

function tabGroups(lines: string[], start: number): { groups: Group[]; end: number } {
  const groups: Group[] = [];
  let current: Group | null = null;
  let index = start;
  for (; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (line.startsWith('\t')) {
      if (!current) {
        current = { cells: [] };
        groups.push(current);
      }
      current.cells.push({ text: line.slice(1), line: index + 1 });
    } else if (line.trim() === '') {
      current = null;
      // A table ends at the first non-blank line that is not a cell or a cell's continuation.
      const next = lines.slice(index + 1).find((l) => l.trim() !== '');
      if (next === undefined || !next.startsWith('\t')) break;
    } else if (current) {
      const last = current.cells.at(-1);
      if (last) last.text += `\n${line}`;
    } else {
      break;
    }
  }
  return { groups, end: index };
}

function tabTables(seed: string, lines: string[]): SeedTable[] {
  const tables: SeedTable[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (!line.startsWith('\t') || (index > 0 && (lines[index - 1] ?? '').startsWith('\t'))) continue;
    const { groups, end } = tabGroups(lines, index);
    const [head, ...body] = groups;
    if (!head || body.length === 0) {
      index = end;
      continue;
    }
    const header = head.cells.map((cell) => squeeze(cell.text));
    if (!header.some(isValueHeader)) {
      index = end;
      continue;
    }
    let titleIndex = index - 1;
    while (titleIndex >= 0 && (lines[titleIndex] ?? '').trim() === '') titleIndex--;
    const rows: SeedRow[] = [];
    let category: string | null = null;
    for (const group of body) {
      const cellOf = (name: RegExp) => {
        const at = header.findIndex((h) => name.test(h));
        return at >= 0 ? group.cells[at] : undefined;
      };
      const categoryCell = cellOf(/^类别$/u);
      if (categoryCell && squeeze(categoryCell.text) !== '') category = squeeze(categoryCell.text);
      const nameCell = cellOf(/^指标(名称)?$/u);
      const seqCell = cellOf(/^序号$/u);
      if (!nameCell) continue;
      const others: Record<string, SeedCell> = {};
      header.forEach((h, at) => {
        const cell = group.cells[at];
        if (cell && !isValueHeader(h) && !/^(类别|指标(名称)?|序号)$/u.test(h)) others[h] = cell;
      });
      rows.push({
        line: nameCell.line,
        seq: seqCell && squeeze(seqCell.text) !== '' ? squeeze(seqCell.text) : null,
        category,
        name: squeeze(nameCell.text),
        values: header.flatMap((h, at) => (isValueHeader(h) ? [group.cells[at] ?? { text: '', line: nameCell.line }] : [])),
        others,
      });
    }
    tables.push({
      seed,
      title: (lines[titleIndex] ?? '').trim(),
      titleLine: titleIndex + 1,
      header,
      valueColumns: header.filter(isValueHeader),
      rows,
    });
    index = end;
  }
  return tables;
}

// ---- captioned tables ----------------------------------------------------------------------------

function unitBracketEnd(text: string): number {
  const pattern = /（([^（）]{1,8})）/gu;
  let end = -1;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (findUnit(match[1] ?? '') !== undefined) {
      end = match.index + match[0].length;
      break;
    }
  }
  return end;
}

interface LineParts {
  seq: string | null;
  name: string;
  tokens: string[];
  hasUnitBracket: boolean;
}

function splitLine(line: string, withSeq: boolean): LineParts {
  let text = line.trim();
  let seq: string | null = null;
  const seqMatch = withSeq ? /^(\d{1,2})\s+(?=\D)/u.exec(text) : null;
  if (seqMatch) {
    seq = seqMatch[1] ?? null;
    text = text.slice(seqMatch[0].length);
  }
  const bracketEnd = unitBracketEnd(text);
  if (bracketEnd >= 0) {
    const rest = text.slice(bracketEnd);
    const marks = /^\s*[*＊]/u.exec(rest);
    const nameEnd = bracketEnd + (marks ? marks[0].length : 0);
    return { seq, name: text.slice(0, nameEnd), tokens: text.slice(nameEnd).split(/\s+/u).filter(Boolean), hasUnitBracket: true };
  }
  const words = text.split(/\s+/u).filter(Boolean);
  const firstValue = words.findIndex((word) => NUMERIC_START.test(word));
  if (firstValue < 0) return { seq, name: text, tokens: [], hasUnitBracket: false };
  return { seq, name: words.slice(0, firstValue).join(' '), tokens: words.slice(firstValue), hasUnitBracket: false };
}

interface OpenRow {
  row: SeedRow;
  tokens: SeedCell[];
}

function closeRow(open: OpenRow, columns: number): SeedRow {
  const cells = open.tokens;
  const values = cells.slice(0, columns - 1);
  const rest = cells.slice(columns - 1);
  if (rest.length > 0) values.push({ text: rest.map((cell) => cell.text).join(' '), line: rest[0]?.line ?? open.row.line });
  return { ...open.row, values };
}

/** The row's last value cell (everything from the last column on) is text that may go on on the next line. */
function lastCellIsText(open: OpenRow, columns: number): boolean {
  const first = open.tokens[columns - 1];
  return first !== undefined && !NUMERIC_START.test(first.text);
}

function captionTables(seed: string, lines: string[]): SeedTable[] {
  const tables: SeedTable[] = [];
  lines.forEach((captionLine, captionIndex) => {
    if (!/^\s*表\s*\d+\s/u.test(captionLine)) return;
    const headerIndex = lines.findIndex((l, i) => i > captionIndex && l.trim() !== '');
    const headerLine = lines[headerIndex] ?? '';
    const header = headerLine.trim().replace(/(\d{4})\s+年/gu, '$1年').split(/\s+/u);
    const columns = header.filter(isValueHeader).length;
    if (columns === 0) return;
    const withSeq = header[0] === '序号';
    const rows: SeedRow[] = [];
    let open: OpenRow | null = null;
    let category: string | null = null;
    for (let index = headerIndex + 1; index < lines.length; index++) {
      const line = lines[index] ?? '';
      const text = line.trim();
      if (text === '' || squeeze(line) === squeeze(headerLine)) continue;
      if (HEADING.test(line) || /^注[:：]/u.test(text) || /^表\s*\d+/u.test(text)) break;
      const parts = splitLine(line, withSeq);
      const hasDigit = /[\d０-９]/u.test(text);
      const complete = open !== null && open.tokens.length >= columns;
      const startsRow = !open || parts.seq !== null || ((parts.hasUnitBracket || (complete && parts.tokens.length > 0)) && open.tokens.length > 0);
      if (open && open.tokens.length === 0 && parts.seq === null) {
        open.row.name += squeeze(parts.name);
        open.tokens.push(...parts.tokens.map((t) => ({ text: t, line: index + 1 })));
      } else if (startsRow && (parts.seq !== null || parts.hasUnitBracket || parts.tokens.length > 0)) {
        if (open) rows.push(closeRow(open, columns));
        open = {
          row: { line: index + 1, seq: parts.seq, category, name: squeeze(parts.name), values: [], others: {} },
          tokens: parts.tokens.map((t) => ({ text: t, line: index + 1 })),
        };
      } else if (open && (!complete || lastCellIsText(open, columns))) {
        const words = text.split(/\s+/u).filter(Boolean);
        if (complete) {
          const last = open.tokens.at(-1);
          if (last) last.text += ` ${words.join(' ')}`;
        } else {
          open.tokens.push(...words.map((word) => ({ text: word, line: index + 1 })));
        }
      } else if (!hasDigit) {
        if (open) rows.push(closeRow(open, columns));
        open = null;
        category = squeeze(text);
      }
    }
    if (open) rows.push(closeRow(open, columns));
    tables.push({ seed, title: captionLine.trim(), titleLine: captionIndex + 1, header, valueColumns: header.filter(isValueHeader), rows });
  });
  return tables;
}

/** Every indicator table of one seed. */
export function tablesOf(seed: string): SeedTable[] {
  const lines = seedLines(seed);
  return [...tabTables(seed, lines), ...captionTables(seed, lines)];
}

/** Every indicator table of every seed. */
export function allSeedTables(): SeedTable[] {
  return seedFiles().flatMap(tablesOf);
}
