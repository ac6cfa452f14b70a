/**
 * The 填报 tab's plan list: searchable, grouped by the level of the region a plan belongs to (省 / 市 / 县区).
 */
import type { PlanCatalog, PlanLevel } from '../../core/catalog';
import { comparableText } from '../../core/util/comparableText';

export type PlanGroupKey = 'province' | 'city' | 'county';

export interface PlanGroup {
  key: PlanGroupKey;
  plans: PlanCatalog[];
}

const GROUP_OF: Readonly<Record<PlanLevel, PlanGroupKey>> = { national: 'province', province: 'province', city: 'city', county: 'county', district: 'county' };
const ORDER: readonly PlanGroupKey[] = ['province', 'city', 'county'];

/** Width and case folded, spaces dropped: "越城 2021" finds 越城区…2021–2025. */
function fold(text: string): string {
  return comparableText(text).toLowerCase();
}

function matches(plan: PlanCatalog, terms: readonly string[]): boolean {
  const haystack = fold([plan.plan.title, plan.plan.titleEn ?? '', plan.plan.id, plan.plan.region.name, `${plan.plan.period.start}-${plan.plan.period.end}`].join(' '));
  return terms.every((term) => haystack.includes(term));
}

/** Plans whose title, id, region or period contain every word of `query`, grouped, groups without plans left out. */
export function groupPlans(plans: readonly PlanCatalog[], query: string): PlanGroup[] {
  const terms = query.split(/\s+/u).map(fold).filter((term) => term !== '');
  const found = plans.filter((plan) => matches(plan, terms));
  return ORDER.map((key) => ({ key, plans: found.filter((plan) => GROUP_OF[plan.plan.level] === key) })).filter((group) => group.plans.length > 0);
}
