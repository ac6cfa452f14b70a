/**
 * The metadata block: what the generator knew when it made a return (plans, catalog version, region,
 * year, layout version, row ids), as key/value rows of a very hidden sheet "_meta". Reading it back never
 * throws: a missing or malformed block is a result the checks turn into a structure finding.
 */

/** Bumped whenever the reporting sheet's columns or meaning change, so readers can tell old returns. */
export const LAYOUT_VERSION = 1;

/** What the generator wrote into the sheet's metadata block when it made the sheet. */
export interface ReturnMetadata {
  /** Name of the reporting sheet this block describes, as generated (a renamed sheet no longer matches). */
  sheet: string;
  planIds: string[];
  catalogVersion: string;
  region: { name: string; code: string };
  reportingYear: number;
  layoutVersion: number;
  /** True when the sheet merges plans by concept (one row per concept). */
  merged: boolean;
  /** Indicator ids (or, merged, concept-row ids) in sheet order as generated. */
  rowIds: string[];
  /**
   * The 说明 texts `template --from` (or the pane's 下一年) carried into this form, by row id, and the year of the
   * return they were written for: one left unchanged explains no finding about this year's values (decision 0243).
   * Absent on a form made afresh and on forms made before it was recorded.
   */
  carriedExplanations?: CarriedExplanations;
}

export interface CarriedExplanations {
  /** The reporting year of the return the texts were carried from. */
  fromYear: number;
  /** Row id → the 说明 text as carried. */
  texts: Record<string, string>;
}

/**
 * Whether a row's 说明 is the text carried into the form from last year's return, left unchanged (spaces around it
 * aside): it was written for that year, and explains nothing about this year's values.
 */
export function isCarriedUnchanged(metadata: ReturnMetadata | null, rowId: string | null, text: string | null): boolean {
  const texts = metadata?.carriedExplanations?.texts;
  if (texts === undefined || rowId === null || text === null || !Object.hasOwn(texts, rowId)) return false;
  return texts[rowId]?.trim() === text.trim();
}

/** Excel holds at most 32 767 characters in a cell: longer values continue on rows with the same key. */
const CELL_LIMIT = 32_000;

type Key = keyof ReturnMetadata;
const KEYS: readonly Key[] = ['sheet', 'planIds', 'catalogVersion', 'region', 'reportingYear', 'layoutVersion', 'merged', 'rowIds', 'carriedExplanations'];
const isKey = (text: string): text is Key => KEYS.some((key) => key === text);

/** Key/value text pairs, in order; every value is JSON (never empty, so every key gets a row). */
export function metadataRows(metadata: ReturnMetadata): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  for (const key of KEYS) {
    if (metadata[key] === undefined) continue;
    const json = JSON.stringify(metadata[key]);
    for (let start = 0; start < json.length; start += CELL_LIMIT) rows.push([key, json.slice(start, start + CELL_LIMIT)]);
  }
  return rows;
}

export type MetadataProblem = 'metadata.empty' | 'metadata.missing_key' | 'metadata.bad_json' | 'metadata.bad_value';

export interface MetadataReadError {
  code: MetadataProblem;
  /** The key concerned, when there is one. */
  key?: Key;
  detail: string;
}

export type MetadataReadResult = { ok: true; metadata: ReturnMetadata } | { ok: false; error: MetadataReadError };

/** A cell as an adapter reads it: a returns CellValue ({type, value}), or a plain value (office-js `values`). */
export type MetadataCell = { type: 'empty' } | { type: string; value: string | number | boolean } | string | number | boolean | null | undefined;

function cellText(cell: MetadataCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  return 'value' in cell ? String(cell.value) : '';
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isNonEmptyString = (value: unknown): value is string => isString(value) && value !== '';
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);
const isPlanIds = (value: unknown): value is string[] => isStringArray(value) && value.length > 0;
const isYear = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1900 && value <= 2200;
const isVersion = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value > 0;
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
function isCarriedExplanations(value: unknown): value is CarriedExplanations {
  if (typeof value !== 'object' || value === null || !('fromYear' in value) || !isYear(value.fromYear)) return false;
  if (!('texts' in value) || typeof value.texts !== 'object' || value.texts === null || Array.isArray(value.texts)) return false;
  return Object.values(value.texts).every(isString);
}
function isRegion(value: unknown): value is ReturnMetadata['region'] {
  if (typeof value !== 'object' || value === null) return false;
  return 'name' in value && isString(value.name) && 'code' in value && isString(value.code);
}

/** One type predicate per key: a decoded value is typed by the predicate it passed, never cast. */
const PREDICATES: { [K in Key]: (value: unknown) => value is ReturnMetadata[K] } = {
  sheet: isNonEmptyString,
  planIds: isPlanIds,
  catalogVersion: isString,
  region: isRegion,
  reportingYear: isYear,
  layoutVersion: isVersion,
  merged: isBoolean,
  rowIds: isStringArray,
  carriedExplanations: (value: unknown): value is CarriedExplanations | undefined => isCarriedExplanations(value),
};

type Decoded<K extends Key> = { ok: true; value: ReturnMetadata[K] } | { ok: false; error: MetadataReadError };

function decode<K extends Key>(key: K, texts: ReadonlyMap<string, string>): Decoded<K> {
  const text = texts.get(key);
  if (text === undefined) return { ok: false, error: { code: 'metadata.missing_key', key, detail: key } };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'metadata.bad_json', key, detail: text.slice(0, 200) } };
  }
  const predicate: (value: unknown) => value is ReturnMetadata[K] = PREDICATES[key];
  if (!predicate(value)) return { ok: false, error: { code: 'metadata.bad_value', key, detail: text.slice(0, 200) } };
  return { ok: true, value };
}

/** Parses the rows of the "_meta" sheet (first column key, second value) back into ReturnMetadata. */
export function readMetadataCells(rows: ReadonlyArray<ReadonlyArray<MetadataCell>>): MetadataReadResult {
  const texts = new Map<string, string>();
  for (const row of rows) {
    const key = cellText(row[0]).trim();
    if (!isKey(key)) continue;
    texts.set(key, (texts.get(key) ?? '') + cellText(row[1]));
  }
  if (texts.size === 0) return { ok: false, error: { code: 'metadata.empty', detail: 'no metadata keys found' } };
  // In KEYS order, so the first problem reported is the same as before.
  const sheet = decode('sheet', texts);
  if (!sheet.ok) return sheet;
  const planIds = decode('planIds', texts);
  if (!planIds.ok) return planIds;
  const catalogVersion = decode('catalogVersion', texts);
  if (!catalogVersion.ok) return catalogVersion;
  const region = decode('region', texts);
  if (!region.ok) return region;
  const reportingYear = decode('reportingYear', texts);
  if (!reportingYear.ok) return reportingYear;
  const layoutVersion = decode('layoutVersion', texts);
  if (!layoutVersion.ok) return layoutVersion;
  const merged = decode('merged', texts);
  if (!merged.ok) return merged;
  const rowIds = decode('rowIds', texts);
  if (!rowIds.ok) return rowIds;
  // Optional: a form made before it was recorded, or made afresh, has none.
  const carried = texts.has('carriedExplanations') ? decode('carriedExplanations', texts) : null;
  if (carried !== null && !carried.ok) return carried;
  return {
    ok: true,
    metadata: {
      sheet: sheet.value,
      planIds: planIds.value,
      catalogVersion: catalogVersion.value,
      region: { name: region.value.name, code: region.value.code },
      reportingYear: reportingYear.value,
      layoutVersion: layoutVersion.value,
      merged: merged.value,
      rowIds: rowIds.value,
      ...(carried?.value === undefined ? {} : { carriedExplanations: { fromYear: carried.value.fromYear, texts: { ...carried.value.texts } } }),
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
      if (key !== 'sheet' && !isKey(key)) continue;
      blocks.push([]);
    }
    blocks.at(-1)?.push(row);
  }
  return blocks.length === 0 ? [readMetadataCells([])] : blocks.map((block) => readMetadataCells(block));
}
