/**
 * What a consolidation file carries for a consolidation above it (decision 0140): the plan, catalog version, year and
 * region it consolidates, and for every county it took the values of the reporting year as the county reported them
 * (ratio parts included) and the rows the checks did not accept, with the reason. Written as key/value rows of a very
 * hidden sheet "_consolidation"; the province is built from these county values, never from the city's totals, so
 * shares are recomputed from parts at every level and a county given again directly is recognised by its code.
 */
import type { PlanCatalog } from '../catalog';
import type { ReportedValue } from '../checks';
import type { Coded } from '../i18n';
import type { ReturnSheet } from '../returns';
import { countyValues } from './countyValues';
import { recordedReasons } from './recordedReason';
import type { ConsolidatedRegion, CountyReturn } from './types';

export const RECORD_SHEET = '_consolidation';
/** 2: a 待核实 reason is its code and params; 1 (still read): the reason worded in the language of that run. */
const RECORD_FORMAT = 2;
const READ_FORMATS = [1, 2] as const;
/** Excel holds at most 32 767 characters in a cell: the JSON continues on rows with the same key. */
const CELL_LIMIT = 32_000;

export interface RecordedCounty {
  code: string;
  name: string;
  /** The file the county's return was read from, as the consolidation named it. */
  source: string;
  /** The reporting year's value of each row the county filled (ratio parts by their part row ids). */
  values: Record<string, number | boolean>;
  /**
   * Rows whose value the checks did not accept (待核实), with the reason as code and params (a format 1 record's
   * worded reason comes back as `consolidate.recorded_reason`, its text shown as written): never in a total.
   */
  unverified: Record<string, Coded>;
}

export interface ConsolidationRecord {
  planId: string;
  catalogVersion: string;
  reportingYear: number;
  /** The consolidating region (a city, or the province). */
  region: { code: string; name: string };
  counties: RecordedCounty[];
}

export interface RecordInput {
  plan: PlanCatalog;
  reportingYear: number;
  catalogVersion: string;
  region: { code: string; name: string };
  /** The returns given to the consolidation; only those of `regions` are recorded. */
  returns: readonly CountyReturn[];
  /** The county-level regions the consolidation took (each with the source it was taken from). */
  regions: readonly ConsolidatedRegion[];
  unverified: Readonly<Record<string, Readonly<Record<string, Coded>>>>;
}

/** The record of a consolidation: each county taken, with its reporting year's values. */
export function consolidationRecord(input: RecordInput): ConsolidationRecord {
  const counties = input.regions.flatMap((region): RecordedCounty[] => {
    const entry = input.returns.find((candidate) => candidate.source === region.source && candidate.sheet.metadata?.region.code === region.code);
    if (entry === undefined) return [];
    const values: Record<string, number | boolean> = {};
    for (const [rowId, value] of entry.values ?? countyValues(entry.sheet, input.plan, input.reportingYear)) {
      if (value !== null) values[rowId] = value;
    }
    return [{ code: region.code, name: region.name, source: region.source, values, unverified: { ...(input.unverified[region.code] ?? {}) } }];
  });
  return { planId: input.plan.plan.id, catalogVersion: input.catalogVersion, reportingYear: input.reportingYear, region: { ...input.region }, counties };
}

/** The record as key/value rows: `format`, then the JSON in as many `record` rows as it needs. */
export function recordRows(record: ConsolidationRecord): Array<[string, string]> {
  const json = JSON.stringify(record);
  const rows: Array<[string, string]> = [['format', String(RECORD_FORMAT)]];
  for (let start = 0; start < json.length; start += CELL_LIMIT) rows.push(['record', json.slice(start, start + CELL_LIMIT)]);
  return rows;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';
const isRegion = (value: unknown): value is { code: string; name: string } => isRecord(value) && isText(value.code) && isText(value.name);
const allValues = <T>(value: unknown, predicate: (entry: unknown) => entry is T): value is Record<string, T> =>
  isRecord(value) && Object.values(value).every(predicate);
const isReported = (value: unknown): value is number | boolean => (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean';

function countyOf(value: unknown, format: 1 | 2): RecordedCounty | null {
  if (!isRecord(value) || !isText(value.code) || !isText(value.name) || !isText(value.source) || !allValues(value.values, isReported)) return null;
  const unverified = recordedReasons(value.unverified, format);
  return unverified === null ? null : { code: value.code, name: value.name, source: value.source, values: value.values, unverified };
}

/**
 * The record read back from its rows (first column key, second value); null when absent, of a format this version
 * does not read (a later one) or damaged.
 */
export function readRecordRows(rows: ReadonlyArray<readonly [string, string]>): ConsolidationRecord | null {
  const format = READ_FORMATS.find((candidate) => rows.some(([key, value]) => key === 'format' && value.trim() === String(candidate)));
  if (format === undefined) return null;
  const json = rows.filter(([key]) => key === 'record').map(([, value]) => value).join('');
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isRecord(value) || !isText(value.planId) || !isText(value.catalogVersion) || !isRegion(value.region)) return null;
  if (typeof value.reportingYear !== 'number' || !Number.isInteger(value.reportingYear)) return null;
  if (!Array.isArray(value.counties)) return null;
  const counties = value.counties.map((county: unknown) => countyOf(county, format));
  if (!counties.every((county): county is RecordedCounty => county !== null)) return null;
  return {
    planId: value.planId, catalogVersion: value.catalogVersion, reportingYear: value.reportingYear,
    region: { code: value.region.code, name: value.region.name }, counties,
  };
}

/**
 * The counties of a record as returns to consolidate again: each carries its values already read, and its sheet only
 * the metadata that says which region, plan and year it is (the file named as their source, the county's own file
 * in the detail of findings).
 */
export function recordedReturns(record: ConsolidationRecord, source: string): CountyReturn[] {
  return record.counties.map((county) => {
    const sheet: ReturnSheet = {
      sheet: county.source,
      metadata: {
        sheet: county.source, planIds: [record.planId], catalogVersion: record.catalogVersion, region: { code: county.code, name: county.name },
        reportingYear: record.reportingYear, layoutVersion: 1, merged: false, rowIds: Object.keys(county.values),
      },
      rows: [],
      observations: [],
    };
    const values = new Map<string, ReportedValue | null>(Object.entries(county.values));
    return { source, sheet, values, recorded: true, unverified: county.unverified };
  });
}
