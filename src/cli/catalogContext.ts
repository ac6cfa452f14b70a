import type { LoadedCatalog, PlanCatalog } from '../core/catalog';
import { checkReportingYear, parseYear, resolvePlans, resolveRegion, type Resolved, type ResolvedRegion } from '../core/arguments';
import { translate, type Locale } from '../core/i18n';
import { UsageError } from './args';
import { formatProblem, loadCatalogFiles } from './catalogFiles';
import type { CommandIo } from './io';

/** The package's catalog, loaded once per command; problems are printed, a broken catalog stops the command. */
export function loadCatalogOrFail(io: CommandIo): LoadedCatalog {
  const loaded = loadCatalogFiles();
  if (loaded.problems.length > 0) {
    for (const problem of loaded.problems) io.stderr(`${formatProblem(problem)}\n`);
    throw new UsageError(`指标目录有 ${loaded.problems.length} 个问题，请先运行 plan-indicators catalog lint。`);
  }
  return loaded;
}

/** The outcome of resolving an argument: its value, or a usage error worded from the locale tables. */
export function orUsage<T>(result: Resolved<T>, locale: Locale = 'zh-CN'): T {
  if (result.ok) return result.value;
  throw new UsageError(translate(locale, result.problem.code, result.problem.params));
}

/** Plans by id, title or a unique part of a title (comma-separated), with "did you mean" for a near miss. */
export function plansByIds(loaded: LoadedCatalog, typed: string, locale: Locale = 'zh-CN'): PlanCatalog[] {
  return orUsage(resolvePlans(typed, loaded.catalog.plans), locale);
}

/** A region by code, name, short or full name; a plan's own region is accepted too (so a custom catalog's region works). */
export function regionOf(text: string, plans: readonly PlanCatalog[], locale: Locale = 'zh-CN'): ResolvedRegion {
  return orUsage(resolveRegion(text, plans.map((p) => p.plan.region)), locale);
}

/** A reporting year typed as 2025 or 2025年, within the plans' period and after their baseline year. */
export function reportingYearOf(text: string, plans: readonly PlanCatalog[], locale: Locale = 'zh-CN'): number {
  return orUsage(checkReportingYear(orUsage(parseYear(text), locale), plans), locale);
}
