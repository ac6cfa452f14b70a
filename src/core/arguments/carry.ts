import type { PlanCatalog } from '../catalog';
import type { ReturnMetadata } from '../form';
import { accepted, refused, type Resolved } from './problem';
import { checkReportingYear } from './year';

/** What the person asked for beside the earlier return: plans and region when they chose them, and the new year. */
export interface CarryChoice {
  plans?: readonly PlanCatalog[];
  region?: { name: string; code: string };
  reportingYear: number;
}

export interface CarryBasis {
  plans: PlanCatalog[];
  region: { name: string; code: string };
  previousYear: number;
}

/**
 * Whether next year's return can be made from an earlier one (its sheets' metadata): one region and year across
 * its sheets, plans the catalog holds and, when chosen, the chosen plans and region; a later year within the
 * plans' period. The command line (`template --from`) and the pane (填报) ask the same; `file` names the return.
 */
export function checkCarry(previous: readonly ReturnMetadata[], choice: CarryChoice, plans: readonly PlanCatalog[], file: string): Resolved<CarryBasis> {
  const [first, ...others] = previous;
  if (first === undefined || others.some((meta) => meta.region.code !== first.region.code || meta.reportingYear !== first.reportingYear)) {
    return refused('carry.sheets_mixed', { file });
  }
  const previousPlans = [...new Set(previous.flatMap((meta) => meta.planIds))];
  const unknown = previousPlans.find((id) => !plans.some((plan) => plan.plan.id === id));
  if (unknown !== undefined) return refused('regenerate.unknown_plan', { plan: unknown });
  const titleOf = (id: string) => plans.find((plan) => plan.plan.id === id)?.plan.title ?? id;
  if (choice.plans !== undefined) {
    const given = choice.plans.map((plan) => plan.plan.id);
    if (given.length !== previousPlans.length || given.some((id) => !previousPlans.includes(id))) {
      return refused('carry.plan_mismatch', { file, previous: previousPlans.map(titleOf).join('》《'), given: given.map(titleOf).join('》《') });
    }
  }
  if (choice.region !== undefined && choice.region.code !== first.region.code) {
    return refused('carry.region_mismatch', { file, previous: first.region.name, given: choice.region.name });
  }
  if (choice.reportingYear <= first.reportingYear) {
    return refused('carry.year_not_later', { file, previous: String(first.reportingYear), year: String(choice.reportingYear) });
  }
  const carried = previousPlans.flatMap((id) => plans.filter((plan) => plan.plan.id === id));
  const year = checkReportingYear(choice.reportingYear, carried);
  if (!year.ok) return year;
  return accepted({ plans: carried, region: first.region, previousYear: first.reportingYear });
}
