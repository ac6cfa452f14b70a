/**
 * Completion tables from filled returns, as the annex command and the task pane's 附表 tab make them: the year a
 * table looks at is the first target year the return's reporting year reaches (else the last), and the actuals are
 * read as the checks read them.
 */
import { indicatorsById, type PlanCatalog } from '../catalog';
import { applicableTargetValue } from '../checks';
import { sheetActuals } from '../consolidation';
import { type SheetLayout } from '../layout';
import { completionTableLayout, sheetName, type CompletionActual } from '../documents';
import type { Coded, Locale } from '../i18n';
import type { ReturnSheet } from '../returns';
import { ANNEX, companionRowId, rowIdWithoutSuffix } from '../form';

export function completionYear(plan: PlanCatalog, reportingYear: number): number {
  const years = [...new Set(plan.indicators.flatMap((i) => i.values.filter((v) => v.role === 'target').map((v) => v.year)))].sort((a, b) => a - b);
  return years.find((year) => year >= reportingYear) ?? years.at(-1) ?? reportingYear;
}

/** `unverified`: the rows whose value the checks did not accept, with the reason's code and params (unverifiedRows). */
export function completionActuals(sheet: ReturnSheet, plan: PlanCatalog, unverified: Readonly<Record<string, Coded>> = {}): Record<string, CompletionActual> {
  const indicators = indicatorsById(plan);
  const year = sheet.metadata?.reportingYear ?? 0;
  const actuals = sheetActuals(sheet, (id) => indicators.get(rowIdWithoutSuffix(id)));
  const result: Record<string, CompletionActual> = {};
  for (const indicator of plan.indicators) {
    const byYear = actuals.get(indicator.id);
    if (byYear === undefined || applicableTargetValue(indicator, year) === null) continue;
    const previous = byYear.get(year - 1);
    const companion = actuals.get(companionRowId(indicator.id))?.get(year);
    result[indicator.id] = {
      value: byYear.get(year) ?? null,
      ...(typeof previous === 'number' ? { previous } : {}),
      ...(typeof companion === 'number' ? { companion } : {}),
      ...(unverified[indicator.id] === undefined ? {} : { unverified: unverified[indicator.id] }),
    };
  }
  return result;
}

/** The filled, unmerged sheets of the plan: a merged sheet mixes plans and gives no one plan's table. */
export function sheetsOfPlan(sheets: readonly ReturnSheet[], plan: PlanCatalog): ReturnSheet[] {
  return sheets.filter((sheet) => sheet.metadata !== null && !sheet.metadata.merged && sheet.metadata.planIds.includes(plan.plan.id));
}

/**
 * A completion table of `plan` for one filled sheet, named after its region and year (avoiding `taken`); `leftOut`:
 * the returns of the same batch left out, worded with why, for the title area; `locale`: the language of the notes.
 */
export function completionSheetOf(
  plan: PlanCatalog, sheet: ReturnSheet, taken: ReadonlySet<string>, unverified: Readonly<Record<string, Coded>> = {}, leftOut: readonly string[] = [],
  locale: Locale = 'zh-CN',
): SheetLayout | null {
  const meta = sheet.metadata;
  if (meta === null) return null;
  const targetYear = completionYear(plan, meta.reportingYear);
  const layout = completionTableLayout({
    catalog: plan, targetYear, actuals: completionActuals(sheet, plan, unverified), regionCode: meta.region.code,
    caption: ANNEX.regionCompletionCaption(meta.region.name, plan.plan.title, meta.reportingYear, targetYear), leftOut, locale,
    reportingYear: meta.reportingYear,
  });
  return { ...layout, name: sheetName(`完成情况-${meta.region.name}${meta.reportingYear}`, taken) };
}
