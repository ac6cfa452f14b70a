import type { Indicator } from '../catalog';
import { valueShape } from './catalogValues';
import { readEnteredValue } from './reading';
import type { ReturnSheet } from '../returns';

/** A reported value: a number in the row's unit, or a 是/否 answer for a qualitative target. */
export type ReportedValue = number | boolean;

/**
 * What a return reports, row id → year → value, read as the checks read it (text numbers, full-width digits,
 * '3.5%', '万' slips converted where the unit says so). Cells that hold no readable value are left out.
 */
export function sheetActuals(sheet: ReturnSheet, indicatorOf: (rowId: string) => Indicator | undefined): Map<string, Map<number, ReportedValue>> {
  const actuals = new Map<string, Map<number, ReportedValue>>();
  for (const row of sheet.rows) {
    if (row.indicatorId === null) continue;
    const indicator = indicatorOf(row.indicatorId);
    const unit = indicator?.unit ?? row.unit;
    const shape = indicator === undefined ? 'number' : valueShape(indicator);
    const byYear = new Map<number, ReportedValue>();
    for (const [year, cell] of Object.entries(row.actuals)) {
      const entered = readEnteredValue(cell, unit, shape);
      if (entered.kind === 'number' || entered.kind === 'pair') byYear.set(Number(year), entered.value);
      else if (entered.kind === 'answer') byYear.set(Number(year), entered.achieved);
    }
    actuals.set(row.indicatorId, byYear);
  }
  return actuals;
}
