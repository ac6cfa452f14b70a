import { goalOf, incrementCondition, reaches, compare } from './goal';
import { isNumber, tidy, timeShareOf } from './numbers';
import { relativeBound, relativeCondition, type RelativeBound } from './relative';
import type { NumericPlan, StatusPlan } from './statusPlan';
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
 * linear path is used). Completion shown to people stays (A − B)/(T − B) on both paths, the figure a
 * statistician computes by hand; on the multiplicative path the on-schedule test compares A with this
 * expected value instead (equivalently ln(A/B)/ln(T/B) ≥ τ), so a value can be 符合序时进度 while its
 * displayed completion is below τ: growth that compounds is back-loaded.
 */
export function expectedOnPath(baseline: number, goal: number, share: number, path: 'linear' | 'multiplicative'): number {
  if (path === 'multiplicative' && baseline > 0 && goal > 0) return tidy(baseline * (goal / baseline) ** share);
  return tidy(baseline + share * (goal - baseline));
}

function worseThan(sense: Sense, value: number) {
  return compare('actual', sense === 'higher' ? '<' : '>', value);
}

const NOTHING = { completion: null, timeShare: null, expected: null, relative: null } as const;

/**
 * The status plan and progress figures of a target. Rules the design leaves open, decided here:
 * - the target year is due when it is reached or passed, and every year is due for a per-year (每年) target:
 *   a due target is met or not, never 符合序时进度;
 * - without a baseline (printed '—') completion and 序时进度 are unknown: met when the target is, else 滞后;
 * - a target not beyond the baseline in the better direction has no completion (it is met at the baseline);
 * - increment/cumulative without the previous year's total: the running total alone decides between
 *   符合序时进度 and 滞后, and the target is never confirmed as met.
 */
export function buildModel(input: ModelInput): AttainmentModel {
  const { target, targetYear } = input;
  if (target.kind === 'qualitative') return { ...NOTHING, targetYear, plan: { kind: 'qualitative' } };
  if (target.kind === 'relative') {
    const plan: NumericPlan = { kind: 'numeric', requires: ['companion'], met: relativeCondition(target), regressing: null, onTrack: null };
    return { ...NOTHING, targetYear, relative: relativeBound(target), plan };
  }
  const goal = goalOf(target, input.direction);
  if (goal === null) return { ...NOTHING, targetYear, plan: { kind: 'monitoring' } };

  const { sense } = goal;
  const increment = incrementCondition(target, sense);
  const due = input.perYear === true || (targetYear !== null && input.reportingYear >= targetYear);
  const baseline = input.baseline !== null && isNumber(input.baseline.value) && targetYear !== null ? input.baseline : null;

  if (baseline === null) {
    const plan: NumericPlan = { kind: 'numeric', requires: [], met: goal.met, regressing: null, onTrack: null };
    if (increment) plan.withoutPrevious = { kind: 'numeric', requires: [], met: null, regressing: null, onTrack: reaches(sense, goal.value) };
    return { ...NOTHING, targetYear, expected: due ? goal.value : null, plan };
  }

  const share = input.perYear === true ? 1 : timeShareOf(input.reportingYear, baseline.year, targetYear ?? baseline.year);
  const improving = sense === 'higher' ? goal.value > baseline.value : goal.value < baseline.value;
  const expected = improving && share < 1 ? expectedOnPath(baseline.value, goal.value, share, input.path ?? 'linear') : goal.value;
  const onSchedule = reaches(sense, expected);
  const regressing = worseThan(sense, baseline.value);
  const plan: NumericPlan = {
    kind: 'numeric',
    requires: [],
    met: goal.met,
    regressing,
    onTrack: improving && share < 1 ? (increment ? { kind: 'all', of: [onSchedule, increment] } : onSchedule) : null,
  };
  if (increment) plan.withoutPrevious = { kind: 'numeric', requires: [], met: null, regressing, onTrack: onSchedule };
  return {
    plan,
    completion: improving ? { baseline: baseline.value, goal: goal.value } : null,
    timeShare: share,
    expected,
    relative: null,
    targetYear,
  };
}
