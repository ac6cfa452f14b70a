/**
 * Each row of a filled reporting sheet with its attainment (完成进度 against 序时进度), as the sheet's own status
 * column and colours show it: the 填报 tab's status list and the 附表 tab's progress sheet and chart.
 */
import { attainmentOf, type AttainmentStatus } from '../../core/attainment';
import { judgedIndicator, type Indicator, type LoadedCatalog } from '../../core/catalog';
import { buildCheckContext } from '../../core/checks';
import { sheetActuals } from '../../core/consolidation';
import type { ReturnSheet } from '../../core/returns';

export interface ProgressRow {
  rowId: string;
  name: string;
  unit: string;
  status: AttainmentStatus;
  /** 完成进度 and 序时进度 as fractions, when they can be computed. */
  completion: number | null;
  timeShare: number | null;
}

export function progressRows(sheet: ReturnSheet, loaded: LoadedCatalog): ProgressRow[] {
  const meta = sheet.metadata;
  if (meta === null) return [];
  const context = buildCheckContext(sheet, loaded.catalog.plans, []);
  const judged = (rowId: string): Indicator | undefined => {
    const indicator = context.indicators[rowId];
    const plan = context.plans.find((candidate) => candidate.plan.id === indicator?.planId);
    // A county's share of a provincial total is monitored, not judged (as the sheet shows 仅监测).
    return indicator === undefined ? undefined : judgedIndicator(indicator, plan, meta.region.code);
  };
  const actuals = sheetActuals(sheet, (rowId) => context.indicators[rowId.replace(/#.*$/u, '')]);
  return sheet.rows.flatMap((row) => {
    const indicator = row.indicatorId === null || row.indicatorId.includes('#') ? undefined : judged(row.indicatorId);
    if (indicator === undefined || row.indicatorId === null) return [];
    const companion = actuals.get(`${row.indicatorId}#companion`)?.get(meta.reportingYear);
    const result = attainmentOf(indicator, meta.reportingYear, actuals.get(row.indicatorId) ?? new Map(), typeof companion === 'number' ? companion : null);
    return [{ rowId: row.indicatorId, name: row.name, unit: row.unit, status: result.status, completion: result.completion, timeShare: result.timeShare }];
  });
}

/** Rows per status, for the list's summary line. */
export function statusCounts(rows: readonly ProgressRow[]): Record<AttainmentStatus, number> {
  const counts: Record<AttainmentStatus, number> = { met: 0, on_track: 0, behind: 0, regressing: 0, not_met: 0, no_value: 0, monitoring: 0 };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}
