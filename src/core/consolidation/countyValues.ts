import type { Indicator, PlanCatalog } from '../catalog';
import { sheetActuals, type ReportedValue } from '../checks';
import type { ReturnSheet } from '../returns';
import { keptFor } from '../util/kept';
import type { CountyValues } from './types';

/** A plan's indicators by id, made once per plan of the catalog (whose plans are never changed once loaded). */
const INDICATORS = new WeakMap<PlanCatalog, ReadonlyMap<string, Indicator>>();

/**
 * A county's values of `year` as consolidation of `plan` reads them: every row of the sheet by its id (a ratio's parts
 * and a compared quantity by their own row ids), read with the plan's indicator (a row of another plan as a number in
 * its printed unit), null where the row holds no value the sheet counts. The one reading that consolidating, its
 * record and the command line's compact copy of a return share.
 */
export function countyValues(sheet: ReturnSheet, plan: PlanCatalog, year: number): CountyValues {
  const indicators = keptFor(INDICATORS, plan, (made) => new Map(made.indicators.map((indicator) => [indicator.id, indicator])));
  const values = new Map<string, ReportedValue | null>();
  for (const [rowId, byYear] of sheetActuals(sheet, (id) => indicators.get(id.replace(/#.*$/u, '')), [year])) values.set(rowId, byYear.get(year) ?? null);
  return values;
}
