import { reportingScope, type Indicator, type PlanCatalog } from '../catalog';
import type { UnjudgedReason } from './types';

/**
 * Why `regionCode`'s return does not judge a row of `plan` (仅监测): the plan is a higher level's, and the region
 * reports the row as its contribution, as a ratio with its parts, or as a value monitored (decision 0050; the targets
 * are stripped by catalog's judgedIndicator). Undefined on a row of the region's own plan.
 */
export function reportedBelowReason(indicator: Indicator, plan: PlanCatalog | undefined, regionCode: string): UnjudgedReason | undefined {
  if (plan === undefined) return undefined;
  const { mode } = reportingScope(indicator, plan, regionCode);
  return mode === 'own' || mode === 'excluded' ? undefined : `attainment.reported_below.${mode}`;
}
