/**
 * The 附表 tab's sheets: the plan's annex tables, a completion table per filled sheet of the plan, and the
 * progress sheet behind the chart. Completion tables follow the command line's annex command (the year the
 * table looks at is the first target year the return reaches; actuals read as the checks read them).
 */
import { applicableTarget } from '../../core/checks';
import type { LoadedCatalog, PlanCatalog } from '../../core/catalog';
import { sheetActuals } from '../../core/consolidation';
import { annexLayouts, completionTableLayout, progressSheetLayout, sheetName, type CompletionActual, type SheetLayout } from '../../core/layout';
import type { ReturnSheet } from '../../core/returns';
import { progressRows } from './progressRows';

export function completionYear(plan: PlanCatalog, reportingYear: number): number {
  const years = [...new Set(plan.indicators.flatMap((i) => i.values.filter((v) => v.role === 'target').map((v) => v.year)))].sort((a, b) => a - b);
  return years.find((year) => year >= reportingYear) ?? years.at(-1) ?? reportingYear;
}

export function completionActuals(sheet: ReturnSheet, plan: PlanCatalog): Record<string, CompletionActual> {
  const indicators = new Map(plan.indicators.map((indicator) => [indicator.id, indicator]));
  const year = sheet.metadata?.reportingYear ?? 0;
  const actuals = sheetActuals(sheet, (id) => indicators.get(id.replace(/#.*$/u, '')));
  const result: Record<string, CompletionActual> = {};
  for (const indicator of plan.indicators) {
    const byYear = actuals.get(indicator.id);
    if (byYear === undefined || applicableTarget(indicator, year) === null) continue;
    const previous = byYear.get(year - 1);
    const companion = actuals.get(`${indicator.id}#companion`)?.get(year);
    result[indicator.id] = {
      value: byYear.get(year) ?? null,
      ...(typeof previous === 'number' ? { previous } : {}),
      ...(typeof companion === 'number' ? { companion } : {}),
    };
  }
  return result;
}

/** The filled, unmerged sheets of the plan: a merged sheet mixes plans and gives no one plan's table. */
export function sheetsOfPlan(sheets: readonly ReturnSheet[], plan: PlanCatalog): ReturnSheet[] {
  return sheets.filter((sheet) => sheet.metadata !== null && !sheet.metadata.merged && sheet.metadata.planIds.includes(plan.plan.id));
}

export function annexSheets(plan: PlanCatalog): SheetLayout[] {
  return annexLayouts(plan);
}

export function completionSheets(plan: PlanCatalog, sheets: readonly ReturnSheet[], taken: ReadonlySet<string>): SheetLayout[] {
  const names = new Set(taken);
  return sheetsOfPlan(sheets, plan).map((sheet) => {
    const meta = sheet.metadata as NonNullable<ReturnSheet['metadata']>;
    const targetYear = completionYear(plan, meta.reportingYear);
    const name = sheetName(`完成情况-${meta.region.name}${meta.reportingYear}`, names);
    names.add(name);
    const layout = completionTableLayout({
      catalog: plan, targetYear, actuals: completionActuals(sheet, plan),
      caption: `${meta.region.name}${plan.plan.title}主要指标完成情况（${meta.reportingYear}年，对照${targetYear}年目标）`,
    });
    return { ...layout, name };
  });
}

/** The progress sheet of one filled sheet: its values table, for the chart beside it. */
export function progressSheet(sheet: ReturnSheet, loaded: LoadedCatalog, taken: ReadonlySet<string>): SheetLayout | null {
  const meta = sheet.metadata;
  if (meta === null) return null;
  const rows = progressRows(sheet, loaded).filter((row) => row.completion !== null && row.timeShare !== null);
  return progressSheetLayout({
    name: sheetName(`完成进度-${meta.region.name}${meta.reportingYear}`, taken),
    caption: `${meta.region.name}${meta.reportingYear}年主要指标完成进度与序时进度`,
    rows: rows.map((row) => ({ name: row.unit === '' ? row.name : `${row.name}（${row.unit}）`, completion: row.completion ?? 0, timeShare: row.timeShare ?? 0 })),
  });
}
