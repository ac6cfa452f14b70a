import { reportingScope } from './reportingScope';
import { keptFor } from '../util/kept';
import type { Indicator, PlanCatalog } from './types';

/**
 * A region reporting against another region's plan (a county against the province's plan) reports its share of an
 * additive total: 上虞区's high-tech enterprises count towards Zhejiang's 3.5 万家, they are not measured by it.
 * Such a row has no attainment of its own; its figure is consolidated upwards.
 */
export function isContribution(indicator: Indicator, plan: PlanCatalog, regionCode: string): boolean {
  return reportingScope(indicator, plan, regionCode).mode === 'contribution';
}

/** Indicators without their targets, made once per indicator (catalog indicators are never changed). */
const WITHOUT_TARGETS = new WeakMap<Indicator, Indicator>();

/** The indicator as a contribution row judges it: no target (so monitoring only), everything else kept. */
function withoutTargets(indicator: Indicator): Indicator {
  return keptFor(WITHOUT_TARGETS, indicator, (kept) => ({ ...kept, values: kept.values.filter((value) => value.role !== 'target' && value.role !== 'planned') }));
}

/**
 * The indicator as `regionCode`'s return is judged by it: a row of a higher level's plan (a contribution, a ratio
 * reported with its parts, a quantity monitored) without that plan's targets (仅监测), a row of its own plan as
 * the plan sets it. The one predicate the sheet's formulas, the pane's status list and
 * chart, and the completion tables all judge through, so none of them gives a county a status, a percentage or
 * 是/否 against a target that is not its own.
 */
export function judgedIndicator(indicator: Indicator, plan: PlanCatalog | undefined, regionCode: string): Indicator {
  return plan !== undefined && reportingScope(indicator, plan, regionCode).mode !== 'own' ? withoutTargets(indicator) : indicator;
}
