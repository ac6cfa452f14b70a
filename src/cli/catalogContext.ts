import type { LoadedCatalog, PlanCatalog } from '../core/catalog';
import { checkReportingYear, parseYear, resolvePlans, resolveRegion, type Resolved, type ResolvedRegion } from '../core/arguments';
import type { Locale } from '../core/i18n';
import { UsageError } from './args';
import { formatProblem, loadCatalogFiles } from './catalogFiles';
import type { CommandIo } from './io';

/** The package's catalog, loaded once per command; problems are printed, a broken catalog stops the command. */
export function loadCatalogOrFail(io: CommandIo, locale: Locale): LoadedCatalog {
  const loaded = loadCatalogFiles();
  if (loaded.problems.length > 0) {
    for (const problem of loaded.problems) io.stderr(`${formatProblem(problem, locale)}\n`);
    throw new UsageError('cli.catalog.broken', { count: loaded.problems.length });
  }
  return loaded;
}

/** The outcome of resolving an argument: its value, or a usage error worded from the locale tables. */
export function orUsage<T>(result: Resolved<T>): T {
  if (result.ok) return result.value;
  throw new UsageError(result.problem.code, result.problem.params);
}

/** Plans by id, title or a unique part of a title (comma-separated), with "did you mean" for a near miss. */
export function plansByIds(loaded: LoadedCatalog, typed: string): PlanCatalog[] {
  return orUsage(resolvePlans(typed, loaded.catalog.plans));
}

/** A region by code, name, short or full name; a plan's own region is accepted too (so a custom catalog's region works). */
export function regionOf(text: string, plans: readonly PlanCatalog[]): ResolvedRegion {
  return orUsage(resolveRegion(text, plans.map((p) => p.plan.region)));
}

/** A reporting year typed as 2025 or 2025年, within the plans' period and after their baseline year. */
export function reportingYearOf(text: string, plans: readonly PlanCatalog[]): number {
  return orUsage(checkReportingYear(orUsage(parseYear(text)), plans));
}
