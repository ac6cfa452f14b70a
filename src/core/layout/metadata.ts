/**
 * The metadata block: what the generator knew when it made a return (plans, catalog version, region,
 * year, layout version, row ids), as key/value rows of a very hidden sheet "_meta". Reading it back never
 * throws: a missing or malformed block is a result the checks turn into a structure finding.
 */
import type { CellValue, ReturnMetadata } from '../returns';
import { METADATA } from './labels';
import { SheetBuilder } from './sheetBuilder';
import { FONT, sheetStyles } from './styles';
import type { SheetLayout } from './types';

/** Bumped whenever the reporting sheet's columns or meaning change, so readers can tell old returns. */
export const LAYOUT_VERSION = 1;

/** Excel holds at most 32 767 characters in a cell: longer values continue on rows with the same key. */
const CELL_LIMIT = 32_000;

type Key = keyof ReturnMetadata;
const KEYS: readonly Key[] = ['sheet', 'planIds', 'catalogVersion', 'region', 'reportingYear', 'layoutVersion', 'merged', 'rowIds'];

/** Key/value text pairs, in order; every value is JSON (never empty, so every key gets a row). */
export function metadataRows(metadata: ReturnMetadata): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  for (const key of KEYS) {
    const json = JSON.stringify(metadata[key]);
    for (let start = 0; start < json.length; start += CELL_LIMIT) rows.push([key, json.slice(start, start + CELL_LIMIT)]);
  }
  return rows;
}

/** The "_meta" sheet: one block of key/value rows per reporting sheet, each block opened by its `sheet` key. */
export function metadataSheetLayout(blocks: readonly ReturnMetadata[]): SheetLayout {
  const styles = { meta: sheetStyles(FONT.form).meta };
  const sheet = new SheetBuilder(styles);
  sheet.text(0, 0, METADATA.header[0], 'meta');
  sheet.text(0, 1, METADATA.header[1], 'meta');
  sheet.text(0, 2, METADATA.warning, 'meta');
  blocks.flatMap(metadataRows).forEach(([key, value], i) => {
    sheet.text(i + 1, 0, key, 'meta');
    sheet.text(i + 1, 1, value, 'meta');
  });
  return {
    name: METADATA.sheetName,
    visibility: 'veryHidden',
    cells: sheet.cells(),
    merges: [],
    columns: [{ col: 0, width: 16, hidden: false }, { col: 1, width: 60, hidden: false }],
    rows: [],
    frozen: null,
    validations: [],
    conditionalFormats: [],
    protection: null,
    print: null,
    styles,
    showGridLines: true,
  };
}

export type MetadataProblem = 'metadata.empty' | 'metadata.missing_key' | 'metadata.bad_json' | 'metadata.bad_value';

export interface MetadataReadError {
  code: MetadataProblem;
  /** The key concerned, when there is one. */
  key?: Key;
  detail: string;
}

export type MetadataReadResult = { ok: true; metadata: ReturnMetadata } | { ok: false; error: MetadataReadError };

/** A cell as an adapter reads it: a returns CellValue, or a plain value (office-js `values`). */
export type MetadataCell = CellValue | string | number | boolean | null | undefined;

function cellText(cell: MetadataCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  return cell.type === 'empty' ? '' : String(cell.value);
}

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isYear = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1900 && value <= 2200;

const CHECKS: Record<Key, (value: unknown) => boolean> = {
  sheet: (value) => typeof value === 'string' && value !== '',
  planIds: (value) => isStringArray(value) && value.length > 0,
  catalogVersion: (value) => typeof value === 'string',
  region: (value) => typeof value === 'object' && value !== null
    && typeof (value as Record<string, unknown>)['name'] === 'string' && typeof (value as Record<string, unknown>)['code'] === 'string',
  reportingYear: isYear,
  layoutVersion: (value) => typeof value === 'number' && Number.isInteger(value) && value > 0,
  merged: (value) => typeof value === 'boolean',
  rowIds: isStringArray,
};

/** Parses the rows of the "_meta" sheet (first column key, second value) back into ReturnMetadata. */
export function readMetadataCells(rows: ReadonlyArray<ReadonlyArray<MetadataCell>>): MetadataReadResult {
  const texts = new Map<string, string>();
  for (const row of rows) {
    const key = cellText(row[0]).trim();
    if (!(KEYS as readonly string[]).includes(key)) continue;
    texts.set(key, (texts.get(key) ?? '') + cellText(row[1]));
  }
  if (texts.size === 0) return { ok: false, error: { code: 'metadata.empty', detail: 'no metadata keys found' } };
  const parsed: Partial<Record<Key, unknown>> = {};
  for (const key of KEYS) {
    const text = texts.get(key);
    if (text === undefined) return { ok: false, error: { code: 'metadata.missing_key', key, detail: key } };
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return { ok: false, error: { code: 'metadata.bad_json', key, detail: text.slice(0, 200) } };
    }
    if (!CHECKS[key](value)) return { ok: false, error: { code: 'metadata.bad_value', key, detail: text.slice(0, 200) } };
    parsed[key] = value;
  }
  const region = parsed.region as { name: string; code: string };
  return {
    ok: true,
    metadata: {
      sheet: parsed.sheet as string,
      planIds: parsed.planIds as string[],
      catalogVersion: parsed.catalogVersion as string,
      region: { name: region.name, code: region.code },
      reportingYear: parsed.reportingYear as number,
      layoutVersion: parsed.layoutVersion as number,
      merged: parsed.merged as boolean,
      rowIds: parsed.rowIds as string[],
    },
  };
}

/**
 * Parses the whole "_meta" sheet: one result per block (a block starts at each `sheet` row), in order. A sheet
 * without any `sheet` row reads as one block, so that its missing key is reported rather than ignored.
 */
export function readMetadataBlocks(rows: ReadonlyArray<ReadonlyArray<MetadataCell>>): MetadataReadResult[] {
  const blocks: Array<Array<ReadonlyArray<MetadataCell>>> = [];
  for (const row of rows) {
    const key = cellText(row[0]).trim();
    if (key === 'sheet' || blocks.length === 0) {
      if (key !== 'sheet' && !(KEYS as readonly string[]).includes(key)) continue;
      blocks.push([]);
    }
    blocks.at(-1)?.push(row);
  }
  return blocks.length === 0 ? [readMetadataCells([])] : blocks.map((block) => readMetadataCells(block));
}
