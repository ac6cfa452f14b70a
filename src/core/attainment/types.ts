/**
 * 完成进度 against 序时进度 (design.md, "Attainment"; docs/attainment-method.md). A due target is met or not_met
 * (未达标), never on_track, behind or regressing.
 */
export type AttainmentStatus = 'met' | 'on_track' | 'behind' | 'regressing' | 'not_met' | 'no_value' | 'monitoring';

export interface Attainment {
  status: AttainmentStatus;
  /** 完成进度 as a fraction (0.6 = 60 %). */
  completion: number | null;
  /**
   * 序时进度 as a fraction, as the sheet shows it: the elapsed share of the years, or on a multiplicative path the
   * share of the gain expected by then (docs/attainment-method.md), so that completion ≥ timeShare is on track.
   */
  timeShare: number | null;
  /** Value expected at the reporting year on the indicator's path. */
  expected: number | null;
  targetYear: number | null;
  met: boolean | null;
  /** Why a target the plan sets is not judged (仅监测): a change without the baseline it is measured from. */
  reason?: UnjudgedReason;
}

/**
 * Message codes of the reasons a printed target is not judged: a change that cannot become a level, or a row of a
 * higher level's plan on a county's return (its contribution, a ratio with its parts, a value monitored).
 */
export type UnjudgedReason =
  | 'attainment.change_without_baseline' | 'attainment.change_unit_unknown'
  | 'attainment.reported_below.contribution' | 'attainment.reported_below.parts' | 'attainment.reported_below.monitored';

/** Which way is better. */
export type Sense = 'higher' | 'lower';

/** A target in the indicator's unit, as the attainment rules read it. */
export type TargetSpec =
  | { kind: 'exact'; value: number }
  | { kind: 'min'; bound: number; strict: boolean }
  | { kind: 'max'; bound: number; strict: boolean }
  /** tolerance: half-width of the band as a fraction of the value (0.05 = ±5 %). */
  | { kind: 'approx'; value: number; tolerance: number }
  | { kind: 'range'; low: number; high: number }
  /** margin: 个百分点 (or the printed unit) added to the companion; '倍' multiplies it (高于X一倍 = 2X). */
  | { kind: 'relative'; relation: 'above' | 'below'; strict: boolean; margin: number; marginUnit: string | null }
  | { kind: 'increment_cumulative'; increment: number; cumulative: number }
  /** A change made every year (每年增长10%): met when actual − factor·previous `op` amount (yearOnYear.ts). */
  | { kind: 'year_on_year'; factor: number; amount: number; op: '>=' | '>' | '<=' | '<' }
  /** atLeastOne: 零的突破, which a count answers too (decision 0270). */
  | { kind: 'qualitative'; atLeastOne?: true }
  | { kind: 'none' };

export interface YearValue {
  year: number;
  value: number;
}

/** Everything computeAttainment needs, explicit. */
export interface AttainmentInput {
  target: TargetSpec;
  /** Which way is better for exact, approx, range and increment/cumulative targets; min and max bring their own. */
  direction: Sense;
  path?: 'linear' | 'multiplicative';
  /** The target is an amount for each year (每年…): every year is due. */
  perYear?: boolean;
  baseline: YearValue | null;
  targetYear: number | null;
  reportingYear: number;
  /** The reporting year's value; a boolean answers a qualitative target (是 = true), a count 零的突破 too. */
  actual: number | boolean | null;
  /** increment/cumulative: the running total at the end of the previous year. */
  previous?: number | null;
  /** relative: the value of the quantity compared with. */
  companion?: number | null;
  /** Why the target is none although the plan prints one. */
  reason?: UnjudgedReason;
}
