import type { Indicator, PlanCatalog } from '../catalog';
import type { ReturnSheet } from '../returns';
import type { ReportedValue } from '../checks';
import type { Coded } from '../i18n';

/** A county's values of the year consolidated by row id: every row its sheet has, null where it holds no value. */
export type CountyValues = ReadonlyMap<string, ReportedValue | null>;

export interface CountyReturn {
  /** Where the return came from (a file name), for findings. */
  source: string;
  sheet: ReturnSheet;
  /**
   * Values already read (countyValues), whose sheet then holds only its name and metadata: a county taken from a
   * consolidation file's record (record.ts), or a return the command line read, checked and kept compact. Absent:
   * the values are read from the sheet's rows.
   */
  values?: CountyValues;
  /**
   * Taken from a consolidation file's record (recordedReturns), not from its own return: a second copy of a county
   * already taken is then left out as recorded twice, and there is no return here to check.
   */
  recorded?: true;
  /** A recorded county's rows the checks did not accept when it was consolidated, with the reason. */
  unverified?: Readonly<Record<string, Coded>>;
}

export interface ExpectedRegion {
  code: string;
  name: string;
}

export interface ConsolidationInput {
  plan: PlanCatalog;
  reportingYear: number;
  returns: readonly CountyReturn[];
  /** The counties that should report (a city's county-level divisions); each one missing is a finding. */
  expectedRegions?: readonly ExpectedRegion[];
  /**
   * Values the checks did not accept (an error, or a warning nobody explained), by region code then row id, with the
   * reason (code and params): left out of every total, which says so (unverifiedRows).
   */
  unverified?: Readonly<Record<string, Readonly<Record<string, Coded>>>>;
}

/**
 * How a row's city figure is made: summed across counties; recomputed as a ratio from its summed parts; or none
 * (shares, rates, per-head figures without parts: listed per county only).
 */
export type ConsolidationMethod = 'sum' | 'ratio' | 'none';

export interface ConsolidatedRow {
  indicator: Indicator;
  method: ConsolidationMethod;
  /** The city figure; null when it cannot be made (method none, or nothing reported). */
  total: number | null;
  /** The total leaves out regions that did not report this row, or whose value is unverified. */
  partial: boolean;
  /** Region codes whose reported value is not in the total because the checks did not accept it (待核实). */
  unverified: string[];
  /**
   * Region codes whose cell says 待核实, whatever the method: the checks did not accept what the region reported for
   * the row (its value, a text where a number goes, or a ratio's part). `unverified` is the same for a row with a total.
   */
  flagged: string[];
  /**
   * A ratio that could not be recomputed (listed per county instead): the counted regions lacking a numerator or a
   * denominator, which its total names; empty when every part is there and the denominators sum to zero.
   */
  ratioWithoutTotal?: string[];
  /** Region codes of returns that left this row empty (or with a value the sheet does not count). */
  notReported: string[];
  /**
   * Region codes that answered 是 or 否 where the total adds numbers (零的突破 answered without its count, decision
   * 0270): reported, and judged, but nothing to add; the total leaves them out and says what each answered.
   */
  answered: string[];
  /** Reported values by region code (null: not reported). */
  byRegion: Record<string, ReportedValue | null>;
}

export type ConsolidationFindingCode =
  | 'consolidate.region_missing'
  | 'consolidate.other_plan'
  | 'consolidate.other_year'
  | 'consolidate.duplicate_region'
  /** A county in a consolidation file that was already taken (its own return, or another consolidation file). */
  | 'consolidate.duplicate_recorded'
  | 'consolidate.no_metadata'
  | 'consolidate.unexpected_region'
  /** A consolidated figure above its unit's maximum (a share over 100 %). */
  | 'consolidate.share_above_maximum';

export interface ConsolidationFinding {
  code: ConsolidationFindingCode;
  source: string | null;
  region: string | null;
  detail: string;
}

export interface ConsolidatedRegion {
  code: string;
  name: string;
  source: string;
}

export interface ConsolidationResult {
  plan: PlanCatalog;
  reportingYear: number;
  /** The regions consolidated, ordered by GB/T 2260 code. */
  regions: ConsolidatedRegion[];
  /** Expected regions that sent no return, ordered by code: every total of the result misses them. */
  missing: ExpectedRegion[];
  rows: ConsolidatedRow[];
  findings: ConsolidationFinding[];
}
