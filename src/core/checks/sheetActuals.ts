import type { Indicator } from '../catalog';
import { valueShape } from './catalogValues';
import { readEnteredValue } from './reading';
import type { ReturnSheet } from '../returns';

/** A reported value: a number in the row's unit, or a 是/否 answer for a qualitative target. */
export type ReportedValue = number | boolean;

/**
 * What a return reports, row id → year → value, read as the checks and the sheet's own formulas read it: numbers,
 * and 是/否 for a qualitative target. Whatever the sheet cannot compute (a number typed as text, "75/1280", 达到)
 * is left out, as are cells that hold no value: the checks report those cells. `years`: only these are read (every
 * year when absent).
 */
export function sheetActuals(
  sheet: ReturnSheet, indicatorOf: (rowId: string) => Indicator | undefined, years?: readonly number[],
): Map<string, Map<number, ReportedValue>> {
  const actuals = new Map<string, Map<number, ReportedValue>>();
  for (const row of sheet.rows) {
    if (row.indicatorId === null) continue;
    const indicator = indicatorOf(row.indicatorId);
    const unit = indicator?.unit ?? row.unit;
    const shape = indicator === undefined ? 'number' : valueShape(indicator);
    const byYear = new Map<number, ReportedValue>();
    for (const [year, cell] of Object.entries(row.actuals)) {
      if (years !== undefined && !years.includes(Number(year))) continue;
      const entered = readEnteredValue(cell, unit, shape);
      if (entered.kind === 'number') byYear.set(Number(year), entered.value);
      else if (entered.kind === 'answer') byYear.set(Number(year), entered.achieved);
    }
    actuals.set(row.indicatorId, byYear);
  }
  return actuals;
}
