import type { PlanCatalog } from '../catalog';
import { accepted, nearest, refused, type Resolved } from './problem';
import { regionAncestry, type ResolvedRegion } from './region';

function normalized(text: string): string {
  return text.normalize('NFKC').replace(/[\s《》“”"]/gu, '').toLowerCase();
}

/** One plan by its id, its title, or a part of its title no other plan's title shares. */
function resolveOnePlan(typed: string, plans: readonly PlanCatalog[]): Resolved<PlanCatalog> {
  const wanted = normalized(typed);
  const byId = plans.find((plan) => plan.plan.id.toLowerCase() === wanted);
  if (byId !== undefined) return accepted(byId);
  const byTitle = plans.find((plan) => normalized(plan.plan.title) === wanted);
  if (byTitle !== undefined) return accepted(byTitle);
  const containing = plans.filter((plan) => normalized(plan.plan.title).includes(wanted) || plan.plan.id.includes(wanted));
  if (containing.length === 1 && containing[0] !== undefined) return accepted(containing[0]);
  if (containing.length > 1) {
    return refused('argument.plan_ambiguous', { typed, choices: containing.map((plan) => `${plan.plan.id}（${plan.plan.title}）`).join('；') });
  }
  const candidates = plans.flatMap((plan) => [
    { key: plan.plan.id, label: `${plan.plan.id}（${plan.plan.title}）` },
    { key: normalized(plan.plan.title), label: `${plan.plan.id}（${plan.plan.title}）` },
  ]);
  const suggestions = nearest(wanted, candidates);
  return suggestions.length > 0
    ? refused('argument.plan_unknown.suggest', { typed, suggestions: suggestions.join('；') })
    : refused('argument.plan_unknown', { typed, choices: plans.map((plan) => plan.plan.id).join(', ') });
}

/** Plans separated by commas (, or ，), each by id, title or a unique part of a title. */
export function resolvePlans(typed: string, plans: readonly PlanCatalog[]): Resolved<PlanCatalog[]> {
  const parts = typed.split(/[,，、]/u).map((part) => part.trim()).filter(Boolean);
  if (parts.length === 0) return refused('argument.plan_missing');
  const found: PlanCatalog[] = [];
  for (const part of parts) {
    const one = resolveOnePlan(part, plans);
    if (!one.ok) return one;
    if (!found.includes(one.value)) found.push(one.value);
  }
  return accepted(found);
}

/**
 * A region reports against its own plans and against those of the levels above it (its scope of them);
 * 杭州市 is not judged against 越城区's targets, nor 越城区 against 柯桥区's.
 */
export function checkPlanRegion(plans: readonly PlanCatalog[], region: ResolvedRegion): Resolved<ResolvedRegion> {
  const ancestry = regionAncestry(region.code);
  const foreign = plans.find((plan) => !ancestry.includes(plan.plan.region.code));
  if (foreign === undefined) return accepted(region);
  return refused('argument.plan_region_mismatch', {
    plan: foreign.plan.title, planRegion: foreign.plan.region.name, region: region.name,
  });
}
