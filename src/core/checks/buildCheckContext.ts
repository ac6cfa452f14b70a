import { isOwnPlan, type Indicator, type PlanCatalog } from '../catalog';
import type { ReturnSheet } from '../returns';
import type { CheckContext } from './types';
import { conceptRowId } from '../form';

export interface CheckContextInput {
  /** Default: the sheet's metadata. */
  planIds?: readonly string[];
  /** Default: the sheet's metadata, else the latest year column of the sheet. */
  reportingYear?: number;
  rowLabels?: CheckContext['rowLabels'];
  companionRows?: CheckContext['companionRows'];
  options?: CheckContext['options'];
}

/**
 * An indicator the document itself already evaluated (every target before the plan's period: the 柯桥 plan's
 * 十三五 completion table). The layout leaves it off returns, so it never stands for a merged concept row.
 */
function isHistorical(indicator: Indicator, plan: PlanCatalog): boolean {
  const years = indicator.values.filter((value) => value.role === 'target' || value.role === 'planned').map((value) => value.year);
  return years.length > 0 && years.every((year) => year < plan.plan.period.start);
}

function latestYearOf(sheet: ReturnSheet): number {
  const years = sheet.rows.flatMap((row) => Object.keys(row.actuals).map(Number));
  return years.length === 0 ? 0 : Math.max(...years);
}

/**
 * The context for checking `sheet` against the catalog: its plans (by the sheet's plan ids), every
 * indicator of them by id and, on a merged sheet, by concept-row id ('concept:<concept id>', the first own
 * plan's indicator of the concept, else the first plan's, as the layout picks it), the layout's expected row ids and the reporting year.
 */
export function buildCheckContext(
  sheet: ReturnSheet,
  catalogs: readonly PlanCatalog[],
  expectedRowIds: readonly string[],
  input: CheckContextInput = {},
): CheckContext {
  const planIds = input.planIds ?? sheet.metadata?.planIds ?? [];
  const plans = planIds.map((id) => catalogs.find((catalog) => catalog.plan.id === id)).filter((plan): plan is PlanCatalog => plan !== undefined);
  const indicators: Record<string, Indicator> = {};
  for (const plan of plans) for (const indicator of plan.indicators) indicators[indicator.id] = indicator;
  if (sheet.metadata?.merged === true) {
    // The region's own plan first, as the layout judges a merged row by it (reportingPlan's chosen indicator).
    const region = sheet.metadata.region.code;
    const ownFirst = [...plans.filter((plan) => isOwnPlan(plan, region)), ...plans.filter((plan) => !isOwnPlan(plan, region))];
    for (const plan of ownFirst) {
      for (const indicator of plan.indicators) if (!isHistorical(indicator, plan)) indicators[conceptRowId(indicator.concept)] ??= indicator;
    }
  }
  return {
    indicators,
    plans,
    expectedRowIds,
    reportingYear: input.reportingYear ?? sheet.metadata?.reportingYear ?? latestYearOf(sheet),
    ...(input.rowLabels === undefined ? {} : { rowLabels: input.rowLabels }),
    ...(input.companionRows === undefined ? {} : { companionRows: input.companionRows }),
    ...(input.options === undefined ? {} : { options: input.options }),
  };
}
