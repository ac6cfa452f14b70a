import { readHeaderLabel, type HeaderLabel } from './headerLabels';
import { isBlank, labelOf, tidyCell } from './text';
import type { ImportColumn } from './types';

/** The header of a pasted table: where it is and what each column holds. */
export interface TableHeader {
  row: number;
  /** 1, or 2 when merged header cells came over as a second row with blanks. */
  rows: number;
  columns: ImportColumn[];
  /** value columns whose header names no year: their cells cannot be placed. */
  yearless: ImportColumn[];
  /** The name column and the unheaded columns next to it: a name merged over them, or categories left of it. */
  nameArea: number[];
}

function cellAt(cells: readonly string[][], row: number, column: number): string {
  return cells[row]?.[column] ?? '';
}

/** The row that heads the table: the first with a 指标 / 指标名称 cell. */
function headerRow(cells: readonly string[][]): number {
  return cells.findIndex((row) => row.some((text) => readHeaderLabel(text)?.kind === 'name'));
}

/**
 * A header that leaves the name column's cell blank (|   | 2020年 | 2025年 | 2030年 |): the first row whose first
 * cell is blank and whose other cells all read as dated value columns, two at least. Its first column holds the names.
 */
function blankNamedHeaderRow(cells: readonly string[][]): number {
  return cells.findIndex((row) => {
    const rest = row.slice(1).filter((text) => !isBlank(text)).map(readHeaderLabel);
    return isBlank(row[0]) && rest.length >= 2 && rest.every((label) => label?.kind === 'value' && typeof label.year === 'number');
  });
}

/**
 * Merged header cells pasted from Word come over as two rows: 指标 and 基期 / 目标 on top, the years below with
 * blanks under the cells merged down. The second row is a header row when it leaves the name column blank and
 * every text in it reads as a header.
 */
function isSecondHeaderRow(cells: readonly string[][], row: number, nameColumn: number): boolean {
  // A cell merged down (rowspan, as clipboard HTML gives it) repeats the text above: it is no second header text.
  const above = cells[row - 1] ?? [];
  const texts = (cells[row] ?? []).filter((text, column) => !isBlank(text) && labelOf(text) !== labelOf(above[column]));
  const nameText = cellAt(cells, row, nameColumn);
  if (texts.length === 0 || !(isBlank(nameText) || labelOf(nameText) === labelOf(above[nameColumn]))) return false;
  return texts.every((text) => {
    const label = readHeaderLabel(text);
    return label !== undefined && label.kind !== 'unknown' && label.kind !== 'name';
  });
}

/**
 * Texts of a two-row header, one per column. A top cell merged across columns is pasted into its first column
 * only; the columns it covers take it over (目标 over 2025年 and 2035年 → 目标2025年, 目标2035年).
 */
function joinHeaderRows(top: readonly string[], bottom: readonly string[], width: number): string[] {
  const texts: string[] = [];
  for (let column = 0; column < width; column++) {
    let above = top[column] ?? '';
    const below = bottom[column] ?? '';
    if (isBlank(above) && !isBlank(below)) {
      let left = column - 1;
      while (left >= 0 && isBlank(top[left]) && !isBlank(bottom[left])) left--;
      if (left >= 0 && !isBlank(top[left]) && !isBlank(bottom[left])) above = top[left] ?? '';
    }
    texts.push(labelOf(above) === labelOf(below) ? tidyCell(above) : tidyCell(`${above}\n${below}`));
  }
  return texts;
}

function toColumn(column: number, header: string, label: HeaderLabel | undefined, firstValue: boolean): ImportColumn {
  if (label === undefined) return { column, kind: 'unknown', header };
  if (label.kind !== 'value') return { column, kind: label.kind, header };
  // The first year column of a plan table is its base year unless the header says otherwise (2020年规划目标).
  const role = label.role ?? (firstValue ? 'baseline' : 'target');
  const measured = label.measure === undefined ? {} : { measure: label.measure };
  return label.year === null || label.year === undefined
    ? { column, kind: 'value', header, role, ...measured }
    : { column, kind: 'value', header, year: label.year, role, ...measured };
}

/**
 * A 指标 cell merged across the category columns and the name column (colspan in clipboard HTML repeats its
 * text in each): the last column of the run holds the names, the ones before it are the name area's
 * category columns, read as unheaded.
 */
function withMergedNameHeader(texts: readonly string[]): string[] {
  const isName = (text: string | undefined) => text !== undefined && readHeaderLabel(text)?.kind === 'name';
  return texts.map((text, column) => (isName(text) && isName(texts[column + 1]) && labelOf(text) === labelOf(texts[column + 1]) ? '' : text));
}

function nameAreaOf(columns: readonly ImportColumn[], labels: ReadonlyArray<HeaderLabel | undefined>, nameColumn: number): number[] {
  const area = [nameColumn];
  for (let left = nameColumn - 1; left >= 0 && labels[left] === undefined; left--) area.unshift(left);
  for (let right = nameColumn + 1; right < columns.length && labels[right] === undefined; right++) area.push(right);
  return area;
}

/** Finds the header; undefined when no row of the selection heads an indicator table. */
export function findTableHeader(cells: readonly string[][]): TableHeader | undefined {
  const named = headerRow(cells);
  const row = named >= 0 ? named : blankNamedHeaderRow(cells);
  if (row < 0) return undefined;
  const width = Math.max(0, ...cells.map((r) => r.length));
  const top = named >= 0 ? cells[row] ?? [] : ['指标', ...(cells[row] ?? []).slice(1)];
  const nameColumn = top.findIndex((text) => readHeaderLabel(text)?.kind === 'name');
  const twoRows = isSecondHeaderRow(cells, row + 1, nameColumn);
  const joined = twoRows ? joinHeaderRows(top, cells[row + 1] ?? [], width) : Array.from({ length: width }, (_, c) => tidyCell(top[c]));
  const texts = withMergedNameHeader(joined);
  const labels = texts.map(readHeaderLabel);
  const firstValue = labels.findIndex((label) => label?.kind === 'value');
  const columns = texts.map((text, column) => toColumn(column, text, labels[column], column === firstValue));
  return {
    row,
    rows: twoRows ? 2 : 1,
    columns,
    yearless: columns.filter((column) => column.kind === 'value' && column.year === undefined),
    nameArea: nameAreaOf(columns, labels, labels.findIndex((label) => label?.kind === 'name')),
  };
}

/** A row that repeats a header row (a header printed again on each page). */
export function repeatsHeader(cells: readonly string[][], header: TableHeader, row: number): boolean {
  const labels = (r: number) => (cells[r] ?? []).map(labelOf).filter((label) => label !== '');
  const here = labels(row);
  return Array.from({ length: header.rows }, (_, offset) => labels(header.row + offset))
    .some((heading) => heading.length > 0 && here.length === heading.length && here.every((label, index) => label === heading[index]));
}
