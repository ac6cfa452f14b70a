import type { LoadedCatalog, PlanCatalog } from '../core/catalog';
import { findRegion, fullRegionName } from '../core/regions';
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

export function plansByIds(loaded: LoadedCatalog, ids: string): PlanCatalog[] {
  const wanted = ids.split(/[,，]/u).map((id) => id.trim()).filter(Boolean);
  if (wanted.length === 0) throw new UsageError('请用 --plan 指定规划编号。');
  return wanted.map((id) => {
    const plan = loaded.catalog.plans.find((p) => p.plan.id === id);
    if (!plan) throw new UsageError(`没有规划“${id}”。可选：${loaded.catalog.plans.map((p) => p.plan.id).join(', ')}`);
    return plan;
  });
}

/** A region by name or GB/T 2260 code; a plan's own region is accepted too (so a custom catalog's region works). */
export function regionOf(text: string, plans: readonly PlanCatalog[]): { name: string; code: string } {
  const found = findRegion(text);
  if (found) return { name: fullRegionName(found), code: found.code };
  const fromPlan = plans.map((p) => p.plan.region).find((region) => region.name === text || region.code === text);
  if (fromPlan) return fromPlan;
  throw new UsageError(`不认识的地区“${text}”：请用地区名称（如 越城区、绍兴市越城区）或 6 位行政区划代码（如 330602）。`);
}
