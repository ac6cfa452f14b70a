/**
 * What the 填报 tab takes from the return already open in the workbook (its _meta): the plans, region and year to
 * preselect, and what to tell the person about it — including what the pane cannot offer (a plan its catalog lacks,
 * a region it cannot generate for), so that nothing falls back to the defaults unsaid. Reading only: nothing here
 * writes to the workbook.
 */
import type { LoadedCatalog } from '../../core/catalog';
import type { MessageCode } from '../../core/i18n';
import { findRegion } from '../../core/regions';
import type { ReturnMetadata } from '../../core/returns';

export interface OpenReturn {
  /** The plans to tick; null when the catalog lacks one of them (ticking the others would make another return). */
  planIds: string[] | null;
  /** GB/T 2260 code to choose; null when the pane cannot generate for the return's region. */
  regionCode: string | null;
  reportingYear: number;
  merged: boolean;
  /** What the tab says about the open return, most important first. */
  notes: Array<{ code: MessageCode; params: Record<string, string | number>; intent: 'info' | 'warning' }>;
}

/**
 * `returns`: the metadata of the workbook's reporting sheets, the one the person is looking at first. The return
 * is that sheet's region and year, with the plans of every sheet of the same region and year. `separator` joins
 * the names in a list (the locale's cli.list_separator).
 */
export function openReturn(returns: readonly ReturnMetadata[], loaded: LoadedCatalog, separator: string): OpenReturn | null {
  const [shown] = returns;
  if (shown === undefined) return null;
  const same = returns.filter((meta) => meta.region.code === shown.region.code && meta.reportingYear === shown.reportingYear);
  const planIds = [...new Set(same.flatMap((meta) => meta.planIds))];
  const { plans } = loaded.catalog;
  const missing = planIds.filter((id) => !plans.some((plan) => plan.plan.id === id));
  const regionOffered = findRegion(shown.region.code) !== undefined || plans.some((plan) => plan.plan.region.code === shown.region.code);
  const versions = [...new Set(same.map((meta) => meta.catalogVersion))].filter((version) => version !== loaded.version);
  const region = shown.region.name;
  const year = shown.reportingYear;
  const notes: OpenReturn['notes'] = [];
  if (!regionOffered) notes.push({ code: 'pane.fill.open_region_unknown', params: { region, code: shown.region.code, year }, intent: 'warning' });
  if (missing.length > 0) notes.push({ code: 'pane.fill.open_plans_unknown', params: { region, year, plans: missing.join(separator), from: versions.join(separator) || loaded.version, to: loaded.version }, intent: 'warning' });
  if (regionOffered && missing.length === 0) {
    notes.push({ code: 'pane.fill.open_return', params: { region, year, next: year + 1 }, intent: 'info' });
    if (versions.length > 0) notes.push({ code: 'pane.fill.open_other_version', params: { from: versions.join(separator), to: loaded.version }, intent: 'info' });
  }
  return {
    planIds: missing.length > 0 ? null : planIds,
    regionCode: regionOffered ? shown.region.code : null,
    reportingYear: year,
    merged: same.some((meta) => meta.merged),
    notes,
  };
}
