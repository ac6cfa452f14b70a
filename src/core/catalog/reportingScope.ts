import { keptFor } from '../util/kept';
import type { Indicator, LowerLevelReporting, PlanCatalog } from './types';

/**
 * Why a row is (or is not) on a region's form, as the cover and `catalog show` say it. `own_plan`: the plan is the
 * region's own; the others are the defaults for a lower level reporting against a higher level's plan, or
 * `catalog` when the catalog overrides the default (its note says why).
 */
export type ScopeReason =
  | 'own_plan' | 'additive' | 'ratio' | 'non_additive' | 'ranking' | 'coverage' | 'qualitative' | 'catalog';

export type ReportingMode = 'own' | LowerLevelReporting;

export interface ReportingScope {
  mode: ReportingMode;
  reason: ScopeReason;
  /** The catalog's note, for reason `catalog`. */
  note?: string;
}

const RANKING_NAME = /排名|位次|名次/u;
const RANKING_TARGET = /前\s*[0-9０-９]+\s*(?:名|位|%|％)?\s*$|[0-9０-９]+\s*强/u;
const COVERAGE = /覆盖/u;

function printedTargets(indicator: Indicator) {
  return indicator.values.filter((value) => (value.role === 'target' || value.role === 'planned') && value.parsed.kind !== 'blank');
}

/** The row is a ranking: its name says 排名 (位次, 名次), or a target is a place (前 10, 50强). */
export function isRanking(indicator: Indicator): boolean {
  return RANKING_NAME.test(indicator.name) || printedTargets(indicator).some((value) => value.parsed.kind === 'max' && RANKING_TARGET.test(value.raw));
}

/** The default for a lower level, from the row's name, target kinds and aggregation. */
function lowerLevelDefault(indicator: Indicator): ReportingScope {
  const targets = printedTargets(indicator);
  if (isRanking(indicator)) return { mode: 'excluded', reason: 'ranking' };
  if (COVERAGE.test(indicator.name) || targets.some((value) => COVERAGE.test(value.raw))) return { mode: 'excluded', reason: 'coverage' };
  if (targets.length > 0 && targets.every((value) => value.parsed.kind === 'qualitative')) return { mode: 'excluded', reason: 'qualitative' };
  switch (indicator.aggregation.kind) {
    case 'sum': return { mode: 'contribution', reason: 'additive' };
    case 'ratio': return { mode: 'parts', reason: 'ratio' };
    case 'none': return { mode: 'monitored', reason: 'non_additive' };
  }
}

const OWN_PLAN: Readonly<ReportingScope> = { mode: 'own', reason: 'own_plan' };

/**
 * How `regionCode` reports `indicator` of `plan`: the plan's own region reports every row and is judged by its
 * targets. A county or city reporting against a higher level's plan reports an additive quantity as its
 * contribution, a ratio with its numerator and denominator, another quantity as its own value (none of them
 * judged by the higher level's target), and leaves rankings, coverage, qualitative and province-only targets
 * off its form — unless the catalog says otherwise (`reported_below`).
 */
export function reportingScope(indicator: Indicator, plan: PlanCatalog, regionCode: string): Readonly<ReportingScope> {
  return isOwnPlan(plan, regionCode) ? OWN_PLAN : scopeBelow(indicator);
}

/**
 * The plan is `regionCode`'s own: all a region's code decides of its reporting scope (the rows of its form and
 * how they are judged); every county reporting against another region's plan reports the same rows.
 */
export function isOwnPlan(plan: PlanCatalog, regionCode: string): boolean {
  return plan.plan.region.code === regionCode;
}

/**
 * Per indicator (a catalog's indicators are never changed once loaded, decision 0204): every row of every county's
 * return asks it twice (judged, and why not), and the default tests the name and targets against patterns.
 */
const SCOPES_BELOW = new WeakMap<Indicator, Readonly<ReportingScope>>();

/** How any county or city reports `indicator` of a higher level's plan: the catalog's override, else the default. */
export function scopeBelow(indicator: Indicator): Readonly<ReportingScope> {
  return keptFor(SCOPES_BELOW, indicator, (kept) => {
    const override = kept.reportedBelow;
    if (override !== undefined) return { mode: override.as, reason: 'catalog', note: override.note };
    return lowerLevelDefault(kept);
  });
}

/** The row is on `regionCode`'s form. */
export function inScope(indicator: Indicator, plan: PlanCatalog, regionCode: string): boolean {
  return reportingScope(indicator, plan, regionCode).mode !== 'excluded';
}
