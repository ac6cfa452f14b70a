import { indicatorsById, type PlanCatalog } from '../catalog';
import type { ReportedValue } from '../checks';
import { rowIdWithoutSuffix } from '../form';
import { formatNumber, type Coded } from '../i18n';
import { countyValues } from './countyValues';
import { differingRowIds } from './returnsAlike';
import type { CountyReturn } from './types';

/** The reason copiesDiffer gives a row: the message code, worded where it is shown. */
export const COPIES_DIFFER = 'consolidate.copies_differ';

const shownValue = (value: ReportedValue | null | undefined): string =>
  value === null || value === undefined ? '—' : typeof value === 'boolean' ? (value ? '是' : '否') : formatNumber(value);

/**
 * A county that sent two returns the checks accepted, of the plan and year consolidated, with different values: which
 * one stands cannot be told from the files (a revision, a draft sent first, another person's copy), so each row on
 * which they differ is held back like a value the checks did not accept — 待核实 on the county's cell, out of every
 * total, the note naming both files and both values (decision 0251). `returns` are the returns consolidated, in the
 * order consolidation meets them (the first of a county is the one taken); `accepted` says which the checks accepted.
 * Two city files holding one county are compared alike; a county's own return is not compared with its copy in a city
 * file (decision 0140: the return, checked now, is taken).
 */
export function copiesDiffer(
  returns: readonly CountyReturn[], plan: PlanCatalog, year: number, accepted: (entry: CountyReturn) => boolean,
): Record<string, Record<string, Coded>> {
  const indicators = indicatorsById(plan);
  const valuesOf = (entry: CountyReturn) => entry.values ?? countyValues(entry.sheet, plan, year);
  const first = new Map<string, CountyReturn>();
  const held: Record<string, Record<string, Coded>> = {};
  for (const entry of returns) {
    const code = entry.sheet.metadata?.region.code;
    if (code === undefined) continue;
    const taken = first.get(code);
    if (taken === undefined) {
      first.set(code, entry);
      continue;
    }
    // A county's own return beside its copy in a city file: the return, checked now, is the one taken (0140).
    if ((entry.recorded === true) !== (taken.recorded === true) || !accepted(entry) || !accepted(taken)) continue;
    const mine = valuesOf(taken);
    const theirs = valuesOf(entry);
    for (const rowId of differingRowIds(mine, theirs)) {
      const a = mine.get(rowId) ?? null;
      const b = theirs.get(rowId) ?? null;
      const baseId = rowIdWithoutSuffix(rowId);
      const indicator = indicators.get(baseId);
      if (indicator === undefined) continue;
      (held[code] ??= {})[baseId] ??= {
        code: COPIES_DIFFER,
        params: { name: indicator.name, nameEn: indicator.nameEn ?? indicator.name, year, first: taken.source, firstValue: shownValue(a), other: entry.source, otherValue: shownValue(b) },
      };
    }
  }
  return held;
}
