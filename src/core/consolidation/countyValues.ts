import { indicatorsById, type PlanCatalog } from '../catalog';
import { sheetActuals, type ReportedValue } from '../checks';
import { rowIdWithoutSuffix } from '../form';
import type { ReturnSheet } from '../returns';
import type { CountyValues } from './types';

/**
 * A county's values of `year` as consolidation of `plan` reads them: every row of the sheet by its id (a ratio's parts
 * and a compared quantity by their own row ids), read with the plan's indicator (a row of another plan as a number in
 * its printed unit), null where the row holds no value the sheet counts. The one reading that consolidating, its
 * record and the command line's compact copy of a return share.
 */
export function countyValues(sheet: ReturnSheet, plan: PlanCatalog, year: number): CountyValues {
  const indicators = indicatorsById(plan);
  const values = new Map<string, ReportedValue | null>();
  for (const [rowId, byYear] of sheetActuals(sheet, (id) => indicators.get(rowIdWithoutSuffix(id)), [year])) values.set(rowId, byYear.get(year) ?? null);
  return values;
}
