import { isOwnPlan, reportingScope, type PlanCatalog, type ReportingScope } from '../catalog';
import { SCOPE } from '../form';

/** Why a row is reported the way it is: the catalog's note, else the default's reason. */
function scopeReasonText(scope: ReportingScope): string {
  return scope.reason === 'catalog' && scope.note !== undefined ? scope.note : SCOPE.reason[scope.reason];
}

/** The cover's lines on what `regionCode` reports of `plan` and why: its own plan in full, a higher one by kind. */
export function scopeLines(plan: PlanCatalog, regionCode: string): string[] {
  if (isOwnPlan(plan, regionCode)) return [SCOPE.ownPlan(plan.plan.title)];
  const scopes = plan.indicators.map((indicator) => ({ indicator, scope: reportingScope(indicator, plan, regionCode) }));
  const count = (mode: 'contribution' | 'parts' | 'monitored' | 'excluded') => scopes.filter(({ scope }) => scope.mode === mode).length;
  const counts = (['contribution', 'parts', 'monitored', 'excluded'] as const)
    .filter((mode) => count(mode) > 0).map((mode) => SCOPE.count[mode](count(mode))).join('，');
  const excluded = scopes.filter(({ scope }) => scope.mode === 'excluded')
    .map(({ indicator, scope }) => `${indicator.name}（${scopeReasonText(scope)}）`);
  return [SCOPE.higherPlan(plan.plan.title, counts), ...(excluded.length > 0 ? [SCOPE.notReported(excluded.join('；'))] : [])];
}
