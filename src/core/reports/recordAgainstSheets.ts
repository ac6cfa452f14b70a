/**
 * Whether a consolidation file's record says what its visible sheets show (decision 0247). The province is made from
 * the record's county values (decision 0140), which nobody reads: a record edited by hand would put into the province
 * numbers no reviewer saw, and a visible sheet edited by hand would show numbers that are not the ones counted. The
 * sheets the record would make are laid out again and compared cell by cell with the file's, as displayed (each number
 * rounded as its cell's format shows it; 待核实 marks and the 不含 sentences as text).
 */
import type { PlanCatalog } from '../catalog';
import { consolidate, consolidateProvince, recordedReturns, type ConsolidationRecord } from '../consolidation';
import { CONSOLIDATION } from '../form';
import type { Coded } from '../i18n';
import type { CellStyle, LayoutCell, SheetLayout } from '../layout';
import { findRegion, fullRegionName, regionsUnder } from '../regions';
import type { GridCell, SheetGrid } from '../returns';
import { consolidationSheetLayout } from './consolidationSheet';

/** Where the record and the sheets part: the sheet, the column's region (or 合计) and the row's indicator. */
export type RecordDisagreement =
  | { kind: 'value'; sheet: string; region: string; indicator: string }
  /** The regions the sheet lists are not the record's (a county added, removed or renamed on either side). */
  | { kind: 'regions'; sheet: string; region: string }
  /** The title or year the sheet shows is not the record's (its plan, year or region edited on either side). */
  | { kind: 'title'; sheet: string }
  /** A recorded county outside the region the record consolidates (another city's county). */
  | { kind: 'outside'; region: string }
  /** The sheet the record's consolidation is shown on is not in the file, or holds no table header. */
  | { kind: 'no_sheet' | 'no_table'; sheet: string };

const within = (code: string, region: string): boolean => {
  for (let entry = findRegion(code); entry !== undefined; entry = entry.parent === null ? undefined : findRegion(entry.parent)) {
    if (entry.parent === region) return true;
  }
  return false;
};

/**
 * The sheets the record's consolidation shows, as consolidate lays them out: a city's sheet (汇总); or the province's
 * sheet (a column per city) and a sheet per city (decision 0140). Title notes and findings are not compared: the record
 * does not carry them, and they say nothing that is counted.
 */
function expectedSheets(record: ConsolidationRecord, plan: PlanCatalog): SheetLayout[] {
  const returns = recordedReturns(record, '');
  const unverified = Object.fromEntries(record.counties.map((county): [string, Record<string, Coded>] => [county.code, county.unverified]));
  const input = { plan, reportingYear: record.reportingYear, returns, unverified };
  const region = findRegion(record.region.code);
  if (region?.level !== 'province') {
    const expectedRegions = regionsUnder(record.region.code).map((entry) => ({ code: entry.code, name: fullRegionName(entry) }));
    return [consolidationSheetLayout({ result: consolidate({ ...input, expectedRegions }), region: record.region, flagged: unverified, findingTexts: [] })];
  }
  const { province, cities } = consolidateProvince({ ...input, provinceCode: region.code });
  return [
    consolidationSheetLayout({ result: province, region: record.region, flagged: {}, findingTexts: [], name: CONSOLIDATION.citySheetName(region.name) }),
    ...cities.map((part) => {
      const city = findRegion(findRegion(part.regions[0]?.code ?? '')?.parent ?? '');
      const name = city?.name ?? '';
      return consolidationSheetLayout({ result: part, region: { name, code: city?.code ?? '' }, flagged: unverified, findingTexts: [], name: CONSOLIDATION.citySheetName(name) });
    }),
  ];
}

/** The decimals a number format shows, and how many times it multiplies by 100 (%); null: General. */
function formatShows(format: string | undefined): { decimals: number; percent: number } | null {
  const first = (format ?? '').replace(/"[^"]*"|\\./gu, '').split(';')[0] ?? '';
  if (first === '' || /^general$/iu.test(first.trim()) || first.trim() === '@') return null;
  return { decimals: /\.([0#?]+)/u.exec(first)?.[1]?.length ?? 0, percent: (first.match(/%/gu) ?? []).length };
}

/** A number as a cell of that format shows it (grouping and currency signs aside). */
function shownNumber(value: number, format: string | undefined): string {
  const shows = formatShows(format);
  // Twelve significant digits first: a value written back by another office suite differs in its last bits.
  const scaled = Number((value * 100 ** (shows?.percent ?? 0)).toPrecision(12));
  const text = shows === null ? String(scaled) : scaled.toFixed(shows.decimals);
  return /^-0(?:\.0+)?$/u.test(text) ? text.slice(1) : text;
}

function shownCell(cell: GridCell | undefined): string {
  if (cell === undefined) return '';
  const { value } = cell;
  if (value.type === 'empty') return '';
  if (value.type === 'number') return shownNumber(value.value, cell.numberFormat);
  return String(value.value).trim();
}

function shownLayoutCell(cell: LayoutCell | undefined, styles: Readonly<Record<string, CellStyle>>): string {
  if (cell === undefined) return '';
  const { value } = cell;
  if (value.kind === 'number') return shownNumber(value.value, styles[cell.style]?.numberFormat);
  if (value.kind === 'text' || value.kind === 'link') return value.text.trim();
  return '';
}

const FIRST_REGION_COLUMN = CONSOLIDATION.header.length;
const isHeaderRow = (texts: readonly string[]): boolean => CONSOLIDATION.header.slice(0, 3).every((text, col) => texts[col] === text);

function compareSheet(expected: SheetLayout, grid: SheetGrid): RecordDisagreement | null {
  const want: string[][] = [];
  for (const cell of expected.cells) (want[cell.row] ??= [])[cell.col] = shownLayoutCell(cell, expected.styles);
  const have = Array.from(grid.rows, (row) => Array.from(row ?? [], shownCell));
  // The title and period are the first text of their rows: in column A, or after the repeated columns of a table
  // printed more than one page wide (decision 0277), as either version wrote them.
  const lineText = (row: readonly string[] | undefined) => row?.find((text) => text !== '') ?? '';
  for (const row of [0, 1]) if (lineText(want[row]) !== lineText(have[row])) return { kind: 'title', sheet: grid.name };
  const wantHeader = want.findIndex((row) => row !== undefined && isHeaderRow(row));
  const haveHeader = have.findIndex(isHeaderRow);
  if (wantHeader < 0 || haveHeader < 0) return { kind: 'no_table', sheet: grid.name };
  const lastRow = wantHeader + expected.cells.filter((cell) => cell.row > wantHeader && cell.col === 0 && cell.value.kind === 'number').length;
  for (let r = wantHeader; r <= lastRow; r += 1) {
    const wanted = want[r] ?? [];
    const had = have[r - wantHeader + haveHeader] ?? [];
    const differing = Array.from({ length: Math.max(wanted.length, had.length) }, (_, col) => col).filter((col) => (wanted[col] ?? '') !== (had[col] ?? ''));
    // A county's own cell is named before the total it changes: that county's return is the one to ask for.
    const col = differing.find((candidate) => candidate >= FIRST_REGION_COLUMN) ?? differing[0];
    if (col === undefined) continue;
    const header = (have[haveHeader]?.[col] ?? '') || (want[wantHeader]?.[col] ?? '');
    if (r === wantHeader) return { kind: 'regions', sheet: grid.name, region: header };
    return { kind: 'value', sheet: grid.name, region: header, indicator: (wanted[1] ?? '') || (had[1] ?? '') };
  }
  return null;
}

/** The first place the record and the visible sheets part; null when every sheet shows what the record counts. */
export function recordAgainstSheets(record: ConsolidationRecord, plan: PlanCatalog, grids: readonly SheetGrid[]): RecordDisagreement | null {
  const outside = record.counties.find((county) => !within(county.code, record.region.code));
  if (outside !== undefined) return { kind: 'outside', region: outside.name };
  for (const expected of expectedSheets(record, plan)) {
    const grid = grids.find((candidate) => candidate.name === expected.name);
    if (grid === undefined) return { kind: 'no_sheet', sheet: expected.name };
    const found = compareSheet(expected, grid);
    if (found !== null) return found;
  }
  return null;
}
