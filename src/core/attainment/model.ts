import { goalOf, incrementCondition, reaches, compare } from './goal';
import { isNumber, tidy, timeShareOf } from './numbers';
import { relativeBound, relativeCondition, type RelativeBound } from './relative';
import type { Condition, NumericPlan, StatusPlan } from './statusPlan';
import type { AttainmentInput, Sense } from './types';

/** What is known about an indicator's attainment before its actual value is read. */
export interface AttainmentModel {
  plan: StatusPlan;
  /** 完成进度 = (A − baseline)/(goal − baseline); null when it cannot be told. */
  completion: { baseline: number; goal: number } | null;
  timeShare: number | null;
  expected: number | null;
  /** relative targets: the expected value is coefficient·companion + offset. */
  relative: RelativeBound | null;
  targetYear: number | null;
}

export type ModelInput = Omit<AttainmentInput, 'actual' | 'previous' | 'companion'>;

/**
 * The value expected at time share τ. Multiplicative path: B·(T/B)^τ (needs B and T above zero, else the
 * linear path is used); linear: B + τ·(T − B).
 */
export function expectedOnPath(baseline: number, goal: number, share: number, path: 'linear' | 'multiplicative'): number {
  if (path === 'multiplicative' && baseline > 0 && goal > 0) return tidy(baseline * (goal / baseline) ** share);
  return tidy(baseline + share * (goal - baseline));
}

/**
 * 序时进度 as the sheet shows it. On the linear path, the elapsed share of the years (the 中期评估 figure). On a
 * multiplicative path, the share of the gain the compounding path expects by now, (E − B)/(T − B): 完成进度
 * stays (A − B)/(T − B) on every path, so 完成进度 ≥ 序时进度 exactly when A reaches E, and the status shown
 * never contradicts the two percentages next to it (docs/attainment-method.md).
 */
function shownTimeShare(baseline: number, goal: number, share: number, expected: number, path: 'linear' | 'multiplicative'): number {
  if (path !== 'multiplicative' || baseline <= 0 || goal <= 0 || share >= 1) return share;
  return tidy((expected - baseline) / (goal - baseline));
}

function worseThan(sense: Sense, value: number) {
  return compare('actual', sense === 'higher' ? '<' : '>', value);
}

const NOTHING = { completion: null, timeShare: null, expected: null, relative: null } as const;

/** The target is due: its year is reached or passed, or every year is (每年). */
function isDue(input: ModelInput, targetYear: number | null): boolean {
  return input.perYear === true || (targetYear !== null && input.reportingYear >= targetYear);
}

function numericPlan(met: NumericPlan['met'], onTrack: NumericPlan['onTrack'], regressing: NumericPlan['regressing'], due: boolean): NumericPlan {
  return { kind: 'numeric', requires: [], met, regressing: due ? null : regressing, onTrack: due ? null : onTrack, due };
}

/**
 * The status plan and progress figures of a target. Rules the design leaves open, decided here
 * (docs/attainment-method.md has worked examples of each):
 * - the target year is due when it is reached or passed, and every year is due for a per-year (每年) target:
 *   a due target is 已达标 or 未达标, never 符合序时进度, 滞后 or 倒退;
 * - without a baseline (printed '—') completion and 序时进度 are unknown: met when the target is, else 滞后
 *   (for increment/cumulative, 符合序时进度 once the running total reaches the cumulative target);
 * - a target not beyond the baseline in the better direction has no completion (it is met at the baseline);
 * - increment/cumulative without the previous year's total: before the target year the running total alone
 *   decides between 符合序时进度 and 滞后; in the target year the running total decides 已达标 or 未达标.
 */
export function buildModel(input: ModelInput): AttainmentModel {
  const { target, targetYear } = input;
  // A due qualitative target is met or not met, as any other (decision 0011): 否 in its target year is 未达标.
  if (target.kind === 'qualitative') {
    return { ...NOTHING, targetYear, plan: { kind: 'qualitative', due: isDue(input, targetYear), ...(target.atLeastOne === true ? { counts: true as const } : {}) } };
  }
  if (target.kind === 'relative') {
    // A relative target compares this year's two values: it is judged every year, met or not.
    const plan: NumericPlan = { kind: 'numeric', requires: ['companion'], met: relativeCondition(target), regressing: null, onTrack: null, due: true };
    return { ...NOTHING, targetYear, relative: relativeBound(target), plan };
  }
  if (target.kind === 'year_on_year') {
    // Every year is due, and judged against the year before's actual (the baseline when that is the year before).
    const met: Condition = { kind: 'compare', terms: [{ operand: 'actual', coefficient: 1 }, { operand: 'previous', coefficient: -target.factor }], op: target.op, bound: target.amount };
    return { ...NOTHING, targetYear, plan: { kind: 'numeric', requires: ['previous'], met, regressing: null, onTrack: null, due: true } };
  }
  const goal = goalOf(target, input.direction);
  if (goal === null) return { ...NOTHING, targetYear, plan: { kind: 'monitoring' } };

  const { sense } = goal;
  const increment = incrementCondition(target, sense);
  const due = isDue(input, targetYear);
  const baseline = input.baseline !== null && isNumber(input.baseline.value) && targetYear !== null ? input.baseline : null;

  const reachesGoal = reaches(sense, goal.value);
  if (baseline === null) {
    const plan = numericPlan(goal.met, increment ? reachesGoal : null, null, due);
    if (increment) plan.withoutPrevious = numericPlan(due ? reachesGoal : null, reachesGoal, null, due);
    return { ...NOTHING, targetYear, expected: due ? goal.value : null, plan };
  }

  const share = input.perYear === true ? 1 : timeShareOf(input.reportingYear, baseline.year, targetYear ?? baseline.year);
  const improving = sense === 'higher' ? goal.value > baseline.value : goal.value < baseline.value;
  const path = input.path ?? 'linear';
  const expected = improving && share < 1 ? expectedOnPath(baseline.value, goal.value, share, path) : goal.value;
  const onSchedule = reaches(sense, expected);
  const regressing = worseThan(sense, baseline.value);
  const onTrack = improving && share < 1 ? (increment ? { kind: 'all' as const, of: [onSchedule, increment] } : onSchedule) : null;
  const plan = numericPlan(goal.met, onTrack, regressing, due);
  if (increment) plan.withoutPrevious = numericPlan(due ? reachesGoal : null, onSchedule, regressing, due);
  return {
    plan,
    completion: improving ? { baseline: baseline.value, goal: goal.value } : null,
    timeShare: improving ? shownTimeShare(baseline.value, goal.value, share, expected, path) : share,
    expected,
    relative: null,
    targetYear,
  };
}
