/**
 * A status decision as data. Everything known when the sheet is generated (target, baseline, 序时进度) is
 * folded into constants; only the operands are read from the return. The same plan is evaluated in
 * TypeScript (evaluatePlan) and printed as a spreadsheet formula (printStatus), so the add-in, the command
 * line and a workbook opened without the add-in agree on every status.
 */
export type Operand = 'actual' | 'previous' | 'companion';

export type ComparisonOp = '>=' | '>' | '<=' | '<';

export interface Term {
  operand: Operand;
  coefficient: number;
}

/** Σ coefficient·operand `op` bound; a sum of several terms is rounded to 9 decimals before comparing. */
export interface Comparison {
  kind: 'compare';
  terms: Term[];
  op: ComparisonOp;
  bound: number;
}

export type Condition = Comparison | { kind: 'all'; of: Condition[] };

export interface NumericPlan {
  kind: 'numeric';
  /** Operands besides the actual that must be numbers, or the status is no_value. */
  requires: Operand[];
  /** null: the target cannot be confirmed as met with what this plan reads. */
  met: Condition | null;
  regressing: Condition | null;
  onTrack: Condition | null;
  /** The target year is reached (or every year is due): what is not met is not_met, never behind. */
  due: boolean;
  /** The plan to follow when the previous year's value is unknown (increment/cumulative). */
  withoutPrevious?: NumericPlan;
}

/** A qualitative target (全覆盖, 零的突破) answered 是/否: 否 is 滞后 before the target year, 未达标 once it is due. */
export interface QualitativePlan {
  kind: 'qualitative';
  due: boolean;
  /** 零的突破: a count answers too, one or more as 是, none as 否 (firstOne.ts, decision 0270). */
  counts?: true;
}

export type StatusPlan = { kind: 'monitoring' } | QualitativePlan | NumericPlan;

/** What the plan reads: operands are numbers or unknown (null). */
export type OperandValues = Record<Operand, number | null>;
