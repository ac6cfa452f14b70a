/**
 * A reporting sheet read back: the 2-D arrays one used-range read gives, turned into the ReturnSheet the
 * checks take. Columns are found from the header texts (core's locateColumns), rows by the hidden id column;
 * nothing trusts positions. What the data model cannot say (header altered, entry cells merged, protection
 * removed, a link to another workbook) becomes a reader observation, which the checks report as a structure
 * error — the same observations src/xlsx makes of a file.
 */
import { a1, locateColumns, parseRange, type ReportingColumns } from '../core/layout';
import type { EnteredCell, ReaderObservation, ReturnMetadata, ReturnRow, ReturnSheet } from '../core/returns';
import { enteredCell, formulaOf } from './cellValue';

/** A used range as read: arrays from its top-left cell (0-based row `top`, column `left`). */
export interface SheetGrid {
  sheet: string;
  top: number;
  left: number;
  values: unknown[][];
  valueTypes?: string[][];
  numberFormat?: unknown[][];
  formulas?: unknown[][];
  /** Worksheet.protection.protected, or null when not read. */
  protected: boolean | null;
  /** Merged ranges (A1, without sheet), when the host could say (ExcelApi 1.13). */
  merges?: string[];
}

/** The header is looked for in the first rows only: a reporting sheet's is the seventh. */
const HEADER_SEARCH_ROWS = 60;

function cellAt(grid: SheetGrid, row: number, col: number): unknown {
  return grid.values[row - grid.top]?.[col - grid.left];
}

function textAt(grid: SheetGrid, row: number, col: number): string {
  const value = cellAt(grid, row, col);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

function enteredAt(grid: SheetGrid, row: number, col: number): EnteredCell {
  const r = row - grid.top;
  const c = col - grid.left;
  const format = grid.numberFormat?.[r]?.[c];
  return enteredCell({
    address: a1(row, col),
    value: grid.values[r]?.[c],
    valueType: grid.valueTypes?.[r]?.[c],
    numberFormat: typeof format === 'string' ? format : undefined,
    formula: grid.formulas?.[r]?.[c],
  });
}

function rowTexts(grid: SheetGrid, row: number): string[] {
  const width = grid.left + (grid.values[row - grid.top]?.length ?? 0);
  return Array.from({ length: width }, (_, col) => textAt(grid, row, col));
}

export type HeaderSearch = { found: true; row: number; columns: ReportingColumns } | { found: false; missing: string[] };

/** The header row of a reporting table: the first row whose texts name every required column. */
export function findHeader(grid: SheetGrid): HeaderSearch {
  let closest: string[] | null = null;
  const last = Math.min(grid.top + grid.values.length, grid.top + HEADER_SEARCH_ROWS);
  for (let row = grid.top; row < last; row++) {
    const located = locateColumns(rowTexts(grid, row));
    if (located.columns !== null) return { found: true, row, columns: located.columns };
    if (closest === null || located.missing.length < closest.length) closest = located.missing;
  }
  return { found: false, missing: closest ?? [] };
}

/** '[1]Sheet1!A1', '[上报.xlsx]Sheet1!A1', 'file:///…': a reference into another workbook (as src/xlsx reads it). */
const EXTERNAL = /\[\d+\]|\[[^\]]*\.xl[a-z]*\]|file:/iu;

function externalReferences(grid: SheetGrid): ReaderObservation[] {
  const observations: ReaderObservation[] = [];
  (grid.formulas ?? []).forEach((row, r) => row.forEach((cell, c) => {
    const formula = formulaOf(cell, grid.values[r]?.[c]);
    if (formula !== undefined && EXTERNAL.test(formula)) {
      observations.push({ code: 'structure.external_reference', cell: a1(grid.top + r, grid.left + c), detail: formula.slice(0, 200) });
    }
  }));
  return observations;
}

/** Merged ranges that take in an entry cell (an actual or 说明 of a data row). */
function mergedEntryCells(grid: SheetGrid, columns: ReportingColumns, rows: readonly ReturnRow[]): ReaderObservation[] {
  const first = rows[0]?.row;
  const last = rows.at(-1)?.row;
  if (first === undefined || last === undefined) return [];
  const entryColumns = [...Object.values(columns.actuals), columns.explanation];
  return (grid.merges ?? []).flatMap((ref) => {
    const range = parseRange(ref);
    if (range === null || range.top > last || range.bottom < first) return [];
    return entryColumns.some((col) => col >= range.left && col <= range.right) ? [{ code: 'structure.merged_entry_cells' as const, cell: ref }] : [];
  });
}

function readRows(grid: SheetGrid, headerRow: number, columns: ReportingColumns): ReturnRow[] {
  const lastGridRow = grid.top + grid.values.length - 1;
  let lastIdRow = headerRow;
  for (let row = headerRow + 1; row <= lastGridRow; row++) if (textAt(grid, row, columns.id) !== '') lastIdRow = row;
  const rows: ReturnRow[] = [];
  const entryColumns = [columns.name, columns.unit, columns.id, columns.explanation, ...Object.values(columns.actuals)];
  for (let row = headerRow + 1; row <= lastIdRow; row++) {
    if (entryColumns.every((col) => textAt(grid, row, col) === '')) continue;
    const id = cellAt(grid, row, columns.id);
    const actuals: Record<number, EnteredCell> = {};
    for (const [year, col] of Object.entries(columns.actuals)) actuals[Number(year)] = enteredAt(grid, row, col);
    rows.push({
      indicatorId: typeof id === 'string' && id.trim() !== '' ? id.trim() : null,
      row,
      name: textAt(grid, row, columns.name),
      unit: textAt(grid, row, columns.unit),
      actuals,
      explanation: enteredAt(grid, row, columns.explanation),
    });
  }
  return rows;
}

/**
 * The ReturnSheet of a grid. `metadata` is the block bound to this sheet (null when none is), `observations`
 * what the caller saw about it (metadata missing or unreadable, sheet renamed).
 */
export function returnFromGrid(grid: SheetGrid, metadata: ReturnMetadata | null, observations: readonly ReaderObservation[] = []): ReturnSheet {
  const seen: ReaderObservation[] = [...observations];
  const header = findHeader(grid);
  if (!header.found) {
    seen.push({ code: 'structure.header_changed', detail: header.missing.join('、') });
    return { sheet: grid.sheet, metadata, rows: [], observations: [...seen, ...protectionRemoved(grid), ...externalReferences(grid)] };
  }
  const rows = readRows(grid, header.row, header.columns);
  seen.push(...mergedEntryCells(grid, header.columns, rows), ...protectionRemoved(grid), ...externalReferences(grid));
  return { sheet: grid.sheet, metadata, rows, observations: seen };
}

/** The generator protects every reporting sheet: one found unprotected was unprotected by someone. */
function protectionRemoved(grid: SheetGrid): ReaderObservation[] {
  return grid.protected === false ? [{ code: 'structure.protection_removed' }] : [];
}

/** The row ids a grid holds (to recognise a renamed sheet by its rows). */
export function gridRowIds(grid: SheetGrid): string[] {
  const header = findHeader(grid);
  if (!header.found) return [];
  return readRows(grid, header.row, header.columns).flatMap((row) => (row.indicatorId === null ? [] : [row.indicatorId]));
}
