import type { PlanCatalog } from '../catalog';
import { accepted, refused, type Resolved } from './problem';

/** 2025, 2025年, ２０２５ → 2025. */
export function parseYear(typed: string): Resolved<number> {
  const text = typed.normalize('NFKC').trim();
  const match = /^(\d{4})\s*年?(?:度)?$/u.exec(text);
  const year = match === null ? Number.NaN : Number(match[1]);
  if (!Number.isInteger(year) || year < 1990 || year > 2100) return refused('argument.year_invalid', { typed });
  return accepted(year);
}

/** The plan's baseline year: the latest year its baselines give before the period, else the year before it. */
function baselineYearOf(plan: PlanCatalog): number {
  const years = plan.indicators.flatMap((indicator) => indicator.values.filter((value) => value.role === 'baseline' && value.year <= plan.plan.period.start).map((value) => value.year));
  return years.length > 0 ? Math.max(...years) : plan.plan.period.start - 1;
}

/** Years a return for these plans can be made for: after every baseline year, within every plan's period. */
export function reportingYearsOf(plans: readonly PlanCatalog[]): { first: number; last: number } {
  const first = Math.max(...plans.map((plan) => Math.max(plan.plan.period.start, baselineYearOf(plan) + 1)));
  const last = Math.min(...plans.map((plan) => plan.plan.period.end));
  return { first, last };
}

export function checkReportingYear(year: number, plans: readonly PlanCatalog[]): Resolved<number> {
  const { first, last } = reportingYearsOf(plans);
  if (year >= first && year <= last) return accepted(year);
  const baseline = plans.find((plan) => baselineYearOf(plan) === year);
  if (baseline !== undefined) return refused('argument.year_is_baseline', { year: String(year), plan: baseline.plan.title, first: String(first), last: String(last) });
  if (first > last) return refused('argument.year_no_common_range', { year: String(year) });
  return refused('argument.year_outside_plan', { year: String(year), first: String(first), last: String(last) });
}
