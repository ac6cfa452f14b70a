/**
 * The 附表 tab's sheets: the plan's annex tables, a completion table per filled sheet of the plan, and the
 * progress sheet behind the chart. Completion tables follow the command line's annex command (the year the
 * table looks at is the first target year the return reaches; actuals read as the checks read them).
 */
import { completionSheetOf, sheetsOfPlan } from '../../core/annex';
import type { LoadedCatalog, PlanCatalog } from '../../core/catalog';
import { checkAgainstCatalog } from '../../core/checks';
import { unverifiedRows } from '../../core/consolidation';
import type { Locale } from '../../core/i18n';
import { ANNEX } from '../../core/form';
import { type SheetLayout } from '../../core/layout';
import { annexLayouts, progressSheetLayout, sheetName } from '../../core/documents';
import type { ReturnSheet } from '../../core/returns';
import { progressRows } from './progressRows';

export function annexSheets(plan: PlanCatalog): SheetLayout[] {
  return annexLayouts(plan);
}

/**
 * With the catalog, a value the checks did not accept is shown 待核实 and not judged, as the command line does; the
 * notes saying why (and why a row is 仅监测) are in the pane's language, as the command line's are in its own.
 */
export function completionSheets(
  plan: PlanCatalog, sheets: readonly ReturnSheet[], taken: ReadonlySet<string>, loaded?: LoadedCatalog, locale: Locale = 'zh-CN',
): SheetLayout[] {
  const names = new Set(taken);
  return sheetsOfPlan(sheets, plan).flatMap((sheet) => {
    const unverified = loaded === undefined ? {} : unverifiedRows(checkAgainstCatalog(sheet, loaded).report);
    const layout = completionSheetOf(plan, sheet, names, unverified, [], locale);
    if (layout !== null) names.add(layout.name);
    return layout === null ? [] : [layout];
  });
}

/** The progress sheet of one filled sheet: its values table, for the chart beside it. */
export function progressSheet(sheet: ReturnSheet, loaded: LoadedCatalog, taken: ReadonlySet<string>): SheetLayout | null {
  const meta = sheet.metadata;
  if (meta === null) return null;
  // A value the checks did not accept is not drawn as progress; the caption names what it leaves out.
  const unverified = unverifiedRows(checkAgainstCatalog(sheet, loaded).report);
  const charted = progressRows(sheet, loaded).filter((row) => row.completion !== null && row.timeShare !== null);
  const rows = charted.filter((row) => unverified[row.rowId] === undefined);
  const leftOut = charted.filter((row) => unverified[row.rowId] !== undefined).map((row) => row.name);
  const caption = `${meta.region.name}${meta.reportingYear}年主要指标完成进度与序时进度`;
  return progressSheetLayout({
    name: sheetName(`完成进度-${meta.region.name}${meta.reportingYear}`, taken),
    caption: leftOut.length === 0 ? caption : `${caption}（${ANNEX.progressLeftOut(leftOut.join('、'))}）`,
    rows: rows.map((row) => ({ name: row.unit === '' ? row.name : `${row.name}（${row.unit}）`, completion: row.completion ?? 0, timeShare: row.timeShare ?? 0 })),
  });
}
