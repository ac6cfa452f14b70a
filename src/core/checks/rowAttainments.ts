/**
 * Each row of a filled reporting sheet with its attainment (完成进度 against 序时进度), as the sheet's own status
 * column shows it: what `check --json` reports per row and the pane's status list shows.
 */
import { attainmentOf, reportedBelowReason, type AttainmentStatus, type UnjudgedReason } from '../attainment';
import { judgedIndicator, type Indicator, type PlanCatalog } from '../catalog';
import { companionRowId, parseRowId } from '../form';
import type { ReturnSheet } from '../returns';
import { applicableTargetValue } from './catalogValues';
import { sheetActuals } from './sheetActuals';

export interface RowAttainment {
  rowId: string;
  /** The catalog indicator the row is judged by. */
  indicatorId: string;
  name: string;
  unit: string;
  status: AttainmentStatus;
  /** 完成进度 and 序时进度 as fractions, when they can be computed. */
  completion: number | null;
  timeShare: number | null;
  /**
   * Why a target the plan prints is not judged (仅监测): a message code of the locale tables — a change without its
   * baseline, or a row of a higher level's plan on a county's return.
   */
  reason?: UnjudgedReason;
  /** The target judged against, as the plan prints it; null for a row only monitored. */
  target: { year: number; raw: string } | null;
  /** The reporting year's value as read (a number in the row's unit, or a 是/否 answer); null when none. */
  value: number | boolean | null;
}

/**
 * The attainment of every indicator row of a sheet (companion and ratio-part rows are inputs, not rows of their
 * own). `indicators` resolves row ids as the checks do (indicator ids; concept-row ids on merged sheets).
 */
export function rowAttainments(
  sheet: ReturnSheet, indicators: Readonly<Record<string, Indicator>>, plans: readonly PlanCatalog[],
): RowAttainment[] {
  const meta = sheet.metadata;
  if (meta === null) return [];
  const judged = (rowId: string): { indicator: Indicator; below: UnjudgedReason | undefined } | undefined => {
    const indicator = indicators[rowId];
    const plan = plans.find((candidate) => candidate.plan.id === indicator?.planId);
    // A county's share of a provincial total is monitored, not judged (as the sheet shows 仅监测), and says why.
    return indicator === undefined ? undefined
      : { indicator: judgedIndicator(indicator, plan, meta.region.code), below: reportedBelowReason(indicator, plan, meta.region.code) };
  };
  // A row's attainment reads the reporting year and the year before (attainmentOf), its companion the reporting year.
  const actuals = sheetActuals(sheet, (rowId) => {
    const parsed = parseRowId(rowId);
    return indicators[parsed.kind === 'companion' || parsed.kind === 'part' ? parsed.of : rowId];
  }, [meta.reportingYear, meta.reportingYear - 1]);
  return sheet.rows.flatMap((row) => {
    const rowId = row.indicatorId;
    if (rowId === null) return [];
    const kind = parseRowId(rowId).kind;
    const judgement = kind === 'companion' || kind === 'part' ? undefined : judged(rowId);
    if (judgement === undefined) return [];
    const { indicator } = judgement;
    const byYear = actuals.get(rowId) ?? new Map<number, number | boolean>();
    const companion = actuals.get(companionRowId(rowId))?.get(meta.reportingYear);
    const result = attainmentOf(indicator, meta.reportingYear, byYear, typeof companion === 'number' ? companion : null);
    const target = applicableTargetValue(indicator, meta.reportingYear);
    const reason = result.reason ?? (result.status === 'monitoring' ? judgement.below : undefined);
    return [{
      rowId,
      indicatorId: indicator.id,
      name: row.name,
      unit: row.unit,
      status: result.status,
      completion: result.completion,
      timeShare: result.timeShare,
      ...(reason === undefined ? {} : { reason }),
      target: target === null ? null : { year: target.year, raw: target.raw },
      value: byYear.get(meta.reportingYear) ?? null,
    }];
  });
}
