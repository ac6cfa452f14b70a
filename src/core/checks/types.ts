import type { Indicator, PlanCatalog } from '../catalog';
import type { SheetRef } from '../form';
import type { MessageCode, MessageParams } from '../i18n';
import type { CheckRule } from './rule';

export type Severity = 'error' | 'warning';

/** One thing wrong with a return: where, which indicator, which rule, the value, what was expected. */
export interface Finding {
  sheet: string;
  /** The cell, or the whole row for a row-level problem; null for the sheet as a whole. */
  ref: SheetRef | null;
  /** The row's id (indicator id; concept-row id on merged sheets). */
  indicatorId: string | null;
  ruleId: string;
  severity: Severity;
  /** What is wrong, as a code of the locale tables and its params: worded where it is shown (renderFinding). */
  code: MessageCode;
  params: MessageParams;
  /** The entry as found, e.g. '22000', '3.5%', '#N/A'. */
  value: string | null;
  /** What was expected, language-neutral: '≈ 2.3', '0–100', '≤ 58', a unit, '是/否'. */
  expected: string | null;
  /** A warning whose row has a non-empty 说明 cell. Errors are never explained away. */
  explained: boolean;
  /** Text of the 说明 cell of the row(s) concerned. */
  explanation: string | null;
}

/** Confrontations of a rule (or of all rules with an indicator), as R's `validate` counts them. */
export interface RuleTally {
  passes: number;
  fails: number;
  notAvailable: number;
}

import type { Verdict } from './verdict';

export type { Verdict } from './verdict';

export interface CheckReport {
  findings: Finding[];
  summary: { byRule: Record<string, RuleTally>; byIndicator: Record<string, RuleTally> };
  verdict: Verdict;
  /** Counts. */
  errors: number;
  warnings: number;
  unexplainedWarnings: number;
}

export interface CheckOptions {
  /** yoy_change: an amount more than this many times last year's, or less than its inverse, is checked. */
  yoyMaxRatio: number;
  /** yoy_change: a share that moves more than this many percentage points is checked. */
  yoyMaxSharePoints: number;
  /** yoy_change: a growth rate that moves more than this many percentage points is checked. */
  yoyMaxGrowthPoints: number;
  /** magnitude_slip: a value within this factor of 10⁴ or 10⁸ times (or 1/10⁴, 1/10⁸) the reference. Below 100. */
  magnitudeBand: number;
  /** share_as_fraction: value × 100 within this factor of the reference. */
  fractionBand: number;
  /** The rules to run, in order. */
  rules: readonly CheckRule[];
}

export interface CheckContext {
  /** The catalog indicator behind each row id of the sheet (indicator ids; on merged sheets, concept-row ids). */
  indicators: Readonly<Record<string, Indicator>>;
  /** The plans of the sheet: their cross-indicator rules are checked, their indicators resolve parents. */
  plans: readonly PlanCatalog[];
  /** Row ids in the order the layout generated them. */
  expectedRowIds: readonly string[];
  reportingYear: number;
  /** Name and unit the layout printed for a row id, when they differ from the catalog indicator's. */
  rowLabels?: Readonly<Record<string, { name: string; unit: string }>>;
  /** Row id where an indicator's companion quantity is reported, by indicator id (see README). */
  companionRows?: Readonly<Record<string, string>>;
  options?: Partial<CheckOptions>;
}
