import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { isUnitLine } from '../tableUnit';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** One table of an HTML document with the paragraphs around it: the caption above, the notes below. */
export interface HtmlTable {
  /** rows × columns, a merged cell's text in every position it covers (rowspan and colspan honoured). */
  cells: string[][];
  /** The last paragraph of text before the table (表1 …), when there is one. */
  caption?: string;
  /** Paragraphs after the table up to the next table. */
  after: string[];
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function childrenOf(node: Node): Node[] {
  return 'childNodes' in node ? node.childNodes : [];
}

const BLOCK = new Set(['p', 'div', 'br', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr']);

/** The text of a node, a line break for each paragraph or <br> inside it (Word wraps cell text in <p>). */
function textOf(node: Node): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  if (!isElement(node)) return '';
  if (node.tagName === 'br') return '\n';
  if (node.tagName === 'style' || node.tagName === 'script') return '';
  const inner = childrenOf(node).map(textOf).join('');
  return BLOCK.has(node.tagName) ? `${inner}\n` : inner;
}

function cleanText(text: string): string {
  return text.replace(/\u00a0/gu, ' ').split('\n').map((line) => line.replace(/[ \t]+/gu, ' ').trim()).filter((line) => line !== '').join('\n');
}

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (node: Node): void => {
    if (!isElement(node)) return;
    if (node.tagName === 'table' && node !== table) return;
    if (node.tagName === 'tr') rows.push(node);
    else childrenOf(node).forEach(visit);
  };
  childrenOf(table).forEach(visit);
  return rows;
}

function span(cell: Element, name: 'rowspan' | 'colspan'): number {
  const value = Number(cell.attrs.find((attr) => attr.name === name)?.value ?? '1');
  return Number.isInteger(value) && value >= 1 && value <= 1000 ? value : 1;
}

/** The grid of a <table>: a cell spanning rows or columns fills every position it covers with its text. */
function tableGrid(table: Element): string[][] {
  const grid: string[][] = [];
  rowsOf(table).forEach((row, r) => {
    grid[r] ??= [];
    let column = 0;
    for (const cell of childrenOf(row)) {
      if (!isElement(cell) || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
      while (grid[r]?.[column] !== undefined) column++;
      const text = cleanText(textOf(cell));
      const rows = span(cell, 'rowspan');
      const columns = span(cell, 'colspan');
      for (let dr = 0; dr < rows; dr++) {
        const target = (grid[r + dr] ??= []);
        for (let dc = 0; dc < columns; dc++) target[column + dc] = text;
      }
      column += columns;
    }
  });
  return grid.map((row) => Array.from({ length: row.length }, (_, c) => row[c] ?? ''));
}

/** Every table of an HTML text (clipboard HTML of Word/WPS/browsers, or mammoth's output for .docx). */
export function htmlTables(html: string): HtmlTable[] {
  const tables: HtmlTable[] = [];
  let paragraphs: string[] = [];
  const visit = (node: Node): void => {
    if (!isElement(node)) {
      const text = cleanText(textOf(node));
      if (text !== '') paragraphs.push(text);
      return;
    }
    if (node.tagName === 'table') {
      const previous = tables.at(-1);
      if (previous !== undefined) previous.after = paragraphs;
      // 单位：亿元 on a line of its own between the title and the table: the title is the caption, the unit after it.
      const last = paragraphs.at(-1);
      const title = paragraphs.at(-2);
      const caption = last !== undefined && title !== undefined && isUnitLine(last) ? `${title} ${last}` : last;
      tables.push({ cells: tableGrid(node), ...(caption === undefined ? {} : { caption }), after: [] });
      paragraphs = [];
      return;
    }
    if (BLOCK.has(node.tagName) && !childrenOf(node).some((child) => isElement(child) && containsTable(child))) {
      const text = cleanText(textOf(node));
      if (text !== '') paragraphs.push(...text.split('\n'));
      return;
    }
    childrenOf(node).forEach(visit);
  };
  childrenOf(parseFragment(html)).forEach(visit);
  const last = tables.at(-1);
  if (last !== undefined) last.after = paragraphs;
  return joinedContinuations(tables);
}

/**
 * A table that goes on over a page break as a second table (a PDF turned into Word, a page of a web copy): nothing
 * printed between the two, as many columns. Read as one — its caption above the first part, its notes under the
 * last; a header it repeats is skipped by the recogniser. Read apart, the first part lost the notes that say what
 * 〔〕 mean and the second its caption.
 */
function joinedContinuations(tables: readonly HtmlTable[]): HtmlTable[] {
  const joined: HtmlTable[] = [];
  for (const table of tables) {
    const previous = joined.at(-1);
    const width = (grid: string[][]) => grid[0]?.length ?? 0;
    if (previous !== undefined && previous.after.length === 0 && table.caption === undefined && width(previous.cells) === width(table.cells)) {
      joined[joined.length - 1] = { ...previous, cells: [...previous.cells, ...table.cells], after: table.after };
    } else joined.push(table);
  }
  return joined;
}

function containsTable(node: Element): boolean {
  return node.tagName === 'table' || childrenOf(node).some((child) => isElement(child) && containsTable(child));
}

/**
 * A table with its caption above and the paragraphs under it that are notes (注, 备注, 说明, 资料来源, or a
 * footnote mark such as ① or [1]) as rows of one cell: the shape the recogniser reads.
 */
export function tableWithSurroundings(table: HtmlTable): string[][] {
  const notes: string[] = [];
  for (const text of table.after) {
    const note = /^(?:注|备注|说明|资料来源|来源|数据来源)\s*[（(:：\d①-⑩]|^[①-⑩*＊]|^\[\d+\]/u.test(text);
    // After a 注 line, numbered lines (2. …, ②…) go on with it.
    const continued = notes.length > 0 && /^\s*(?:\d{1,2}\s*[.．、]|[（(]\d{1,2}[)）])/u.test(text);
    if (!note && !continued) break;
    notes.push(text);
  }
  return [...(table.caption === undefined ? [] : [[table.caption]]), ...table.cells, ...notes.map((note) => [note])];
}
