/**
 * What a sheet shows of an indicator's printed values. Which target and baseline apply in a year is the
 * attainment module's rule (applicableTarget), so the sheet shows the baseline its formulas use.
 */
import { applicableTarget } from '../attainment';
import type { Indicator, IndicatorValue, Plan, ValueRole } from '../catalog';

export function valuesOf(indicator: Indicator, role: ValueRole): IndicatorValue[] {
  return indicator.values.filter((value) => value.role === role);
}

function distinctYears(values: IndicatorValue[]): number[] {
  return [...new Set(values.map((value) => value.year))].sort((a, b) => a - b);
}

/** Years the target columns show for this indicator: targets, and amounts the plan schedules (planned). */
export function goalYears(indicator: Indicator): number[] {
  return distinctYears(indicator.values.filter((value) => value.role === 'target' || value.role === 'planned'));
}

/**
 * The baseline a row shows: the one the attainment formulas use (attainment's applicableTarget); when that
 * finds none (a printed '—'), the latest printed baseline before the target year, so the '—' still shows.
 */
export function shownBaseline(indicator: Indicator, reportingYear: number): IndicatorValue | null {
  const applicable = applicableTarget(indicator, reportingYear);
  if (applicable !== null && applicable.baseline !== null) return applicable.baseline;
  const before = applicable?.target.year ?? Number.POSITIVE_INFINITY;
  let latest: IndicatorValue | null = null;
  for (const value of valuesOf(indicator, 'baseline')) {
    if (value.year < before && (latest === null || value.year > latest.year)) latest = value;
  }
  return latest;
}

/** What the target cell of `year` shows: the first target printed for the year, else a planned amount. */
export function goalAt(indicator: Indicator, year: number): { shown: IndicatorValue; planned: boolean; others: IndicatorValue[] } | null {
  const targets = valuesOf(indicator, 'target').filter((value) => value.year === year);
  const planned = valuesOf(indicator, 'planned').filter((value) => value.year === year);
  const [first, ...others] = targets.length > 0 ? targets : planned;
  if (first === undefined) return null;
  return { shown: first, planned: targets.length === 0, others };
}

/** A target the document states in words (全覆盖, 零的突破): reported as achieved or not. */
export function isQualitative(indicator: Indicator): boolean {
  return valuesOf(indicator, 'target').some((value) => value.parsed.kind === 'qualitative');
}

/** A 零的突破 target: a count answers it as well as 是/否 ("at least one", decision 0270). */
export function takesCount(indicator: Indicator): boolean {
  return valuesOf(indicator, 'target').some((value) => value.parsed.kind === 'qualitative' && value.parsed.atLeastOne === true);
}

/** "75/1280": the year's increment and the running total. */
export function isIncrementCumulative(indicator: Indicator): boolean {
  return valuesOf(indicator, 'target').some((value) => value.parsed.kind === 'increment_cumulative');
}

/** A target set against another quantity that must be reported beside it. */
export function relativeReference(indicator: Indicator): string | null {
  const relative = valuesOf(indicator, 'target').find((value) => value.parsed.kind === 'relative');
  if (relative === undefined && indicator.companion === undefined) return null;
  return indicator.companion?.name ?? (relative?.parsed.kind === 'relative' ? relative.parsed.reference : null);
}

/**
 * An indicator whose every target lies before the plan's period (the 柯桥 plan's "十三五" completion table):
 * it was evaluated in the document itself and has no place in a return for the plan's period.
 */
export function isHistorical(indicator: Indicator, plan: Plan): boolean {
  const years = goalYears(indicator);
  return years.length > 0 && years.every((year) => year < plan.period.start);
}
