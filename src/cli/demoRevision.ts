import { translate } from '../core/i18n';
import { fillReturn, loadWorkbook, readReturnSheets } from '../xlsx';

/** An earlier year's value the demo revises in next year's return, as a county does when the yearbook corrects it. */
export interface PlantedRevision {
  sheet: string;
  rowId: string;
  name: string;
  year: number;
  before: number;
  after: number;
}

/**
 * Revises one earlier-year count of `planId`'s sheet by about 2 % (at least 1) and writes why in the row's 说明:
 * a revision `check --previous` must find, with both values, and accept as explained. Null when the return has
 * no whole-number actual for `year` to revise.
 */
export async function plantRevision(bytes: Uint8Array, planId: string, year: number): Promise<{ bytes: Uint8Array; revision: PlantedRevision } | null> {
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) throw new Error(loaded.detail);
  for (const sheet of readReturnSheets(loaded.workbook)) {
    if (sheet.metadata?.planIds.includes(planId) !== true) continue;
    for (const row of sheet.rows) {
      const cell = row.actuals[year];
      if (row.indicatorId === null || row.indicatorId.includes('#') || cell?.value.type !== 'number') continue;
      const before = cell.value.value;
      if (!Number.isInteger(before) || before < 10) continue;
      const after = before + Math.max(1, Math.round(before * 0.02));
      const text = translate('zh-CN', 'demo.revision_explanation', { year: String(year), before: String(before), after: String(after) });
      const revised = await fillReturn(bytes, [{ sheet: sheet.sheet, rowId: row.indicatorId, year, value: after }], [{ sheet: sheet.sheet, rowId: row.indicatorId, text }]);
      return { bytes: revised, revision: { sheet: sheet.sheet, rowId: row.indicatorId, name: row.name, year, before, after } };
    }
  }
  return null;
}
