/**
 * Each row of a filled reporting sheet with its attainment (完成进度 against 序时进度), as the sheet's own status
 * column and colours show it: the 填报 tab's status list and the 附表 tab's progress sheet and chart.
 */
import type { AttainmentStatus, UnjudgedReason } from '../../core/attainment';
import type { LoadedCatalog } from '../../core/catalog';
import { buildCheckContext, rowAttainments } from '../../core/checks';
import type { ReturnSheet } from '../../core/returns';

export interface ProgressRow {
  rowId: string;
  name: string;
  unit: string;
  status: AttainmentStatus;
  /** 完成进度 and 序时进度 as fractions, when they can be computed. */
  completion: number | null;
  timeShare: number | null;
  /** Why a target the plan prints is not judged (仅监测), to be worded from the locale tables. */
  reason: UnjudgedReason | null;
}

export function progressRows(sheet: ReturnSheet, loaded: LoadedCatalog): ProgressRow[] {
  const context = buildCheckContext(sheet, loaded.catalog.plans, []);
  return rowAttainments(sheet, context.indicators, context.plans)
    .map(({ rowId, name, unit, status, completion, timeShare, reason }) => ({ rowId, name, unit, status, completion, timeShare, reason: reason ?? null }));
}

/** Rows per status, for the list's summary line. */
export function statusCounts(rows: readonly ProgressRow[]): Record<AttainmentStatus, number> {
  const counts: Record<AttainmentStatus, number> = { met: 0, on_track: 0, behind: 0, regressing: 0, not_met: 0, no_value: 0, monitoring: 0 };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}
