/**
 * Where the table of a reporting sheet is: the header row and its columns, found from the header texts
 * (locateColumns), never from the positions the generator used. A header someone edited still reads: the id
 * column is then found by the ids it holds, and a column whose header is gone reads as empty cells, so the
 * checks report what is missing instead of the reader giving up.
 */
import { locateColumns, REPORTING, type LocatedColumns, type ReportingColumns } from '../../form';
import { rowTexts, textOf, type SheetGrid } from './grid';
import { comparableText } from '../../util/comparableText';
import { keptPerText } from '../../util/kept';

/** The header is among the first rows of the sheet (row 7 as generated). */
export const HEADER_SEARCH_ROWS = 60;
/** Without metadata a sheet is taken for a return when at most this many header labels are missing. */
const MAX_MISSING_WITHOUT_METADATA = 3;
const LABEL_COUNT = locateColumns([]).missing.length;

export interface TableLocation {
  /** 0-based row of the header (-1 when the table starts on the first row and has none). */
  headerRow: number;
  /** 0-based columns; a column whose header is missing points past the sheet's last column (reads empty). */
  columns: ReportingColumns;
  /** Header labels not found as generated. */
  missing: string[];
}

export interface LocateHints {
  /** Row ids the metadata lists: they find the id column when its header was edited. */
  rowIds: readonly string[];
  /** The metadata's reporting year: names the actual column read when no year column is found. */
  reportingYear: number | null;
}


interface HeaderCandidate {
  row: number;
  texts: string[];
  missing: readonly string[];
}

/**
 * The columns a row's texts locate, kept per row of texts (as JSON) lately: the returns of a batch have the same
 * title rows and header above their tables, tried as headers in every file. Only read, never changed (the columns
 * of the returns of one form are then one object).
 */
const locatedByTexts = keptPerText((json: string): LocatedColumns => locateColumns(JSON.parse(json) as string[]), 512, 8192);
const locatedIn = (texts: readonly string[]): LocatedColumns => locatedByTexts(JSON.stringify(texts));

function bestHeader(grid: SheetGrid): HeaderCandidate | null {
  let best: HeaderCandidate | null = null;
  const last = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (let row = 0; row < last; row++) {
    const texts = rowTexts(grid, row);
    if (texts.length === 0) continue;
    const { missing } = locatedIn(texts);
    if (missing.length === LABEL_COUNT) continue;
    if (best === null || missing.length < best.missing.length) best = { row, texts, missing };
    // No later row can do better than a header with every label (the first best row wins).
    if (missing.length === 0) break;
  }
  return best;
}

/** The column holding most of `rowIds` below `headerRow`, or null when none holds any. */
function columnOfIds(grid: SheetGrid, headerRow: number, rowIds: readonly string[]): number | null {
  const wanted = new Set(rowIds);
  const counts = new Map<number, number>();
  grid.rows.forEach((cells, row) => {
    if (row <= headerRow) return;
    cells?.forEach((cell, col) => {
      if (wanted.has(textOf(cell))) counts.set(col, (counts.get(col) ?? 0) + 1);
    });
  });
  let found: number | null = null;
  for (const [col, count] of counts) if (found === null || count > (counts.get(found) ?? 0)) found = col;
  return found;
}

/** The first row whose cells hold any of `rowIds` (the table starts there when no header can be found). */
function firstRowWithIds(grid: SheetGrid, rowIds: readonly string[]): number | null {
  const wanted = new Set(rowIds);
  const row = grid.rows.findIndex((cells) => cells?.some((cell) => wanted.has(textOf(cell))) ?? false);
  return row < 0 ? null : row;
}

/**
 * The table of `grid`. Without hints (no metadata) only a sheet that looks like a return is located; with
 * hints, any sheet whose header or ids can be found.
 */
export function locateTable(grid: SheetGrid, hints: LocateHints | null): TableLocation | null {
  const rowIds = hints?.rowIds ?? [];
  const header = bestHeader(grid) ?? (() => {
    const first = firstRowWithIds(grid, rowIds);
    return first === null ? null : { row: first - 1, texts: rowTexts(grid, first - 1), missing: locateColumns([]).missing };
  })();
  if (header === null) return null;
  const located = locatedIn(header.texts);
  if (located.columns !== null) return { headerRow: header.row, columns: located.columns, missing: [] };

  const idLabel = REPORTING.header.id;
  const idByLabel = header.texts.findIndex((text) => comparableText(text ?? '') === comparableText(idLabel));
  if (hints === null && (idByLabel < 0 || header.missing.length > MAX_MISSING_WITHOUT_METADATA)) return null;
  const idCol = idByLabel >= 0 ? idByLabel : columnOfIds(grid, header.row, rowIds);
  if (idCol === null) return null;

  // Headers that are gone get columns past the last one of the sheet, which read as empty cells.
  const year = hints?.reportingYear ?? null;
  const repaired = [...header.texts];
  repaired.length = grid.rows.reduce((width, cells) => Math.max(width, cells?.length ?? 0), repaired.length);
  repaired[idCol] = idLabel;
  for (const label of header.missing) {
    if (label === idLabel) continue;
    if (label === REPORTING.header.anyActual) {
      if (year !== null) repaired.push(REPORTING.header.actual(year));
      continue;
    }
    repaired.push(label);
  }
  const columns = locateColumns(repaired).columns;
  return columns === null ? null : { headerRow: header.row, columns, missing: [...header.missing] };
}

/** True when a sheet no metadata names looks like a return (its header, or most of it, is there). */
export function looksLikeReturn(grid: SheetGrid): boolean {
  return locateTable(grid, null) !== null;
}
