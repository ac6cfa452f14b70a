/**
 * Two counties whose values of the plan and year are all the same (returnsAlike's `copied`, decision 0268): one of them
 * copied the other's figures into its own form, and a total would count them twice. Which county's are its own cannot
 * be told from the files, so, as with two copies of one county that differ (copiesDiffer), each row either county filled
 * is held back in both — 待核实 on their cells, out of every total, the note naming the other county and its file.
 */
import { indicatorsById, type PlanCatalog } from '../catalog';
import { rowIdWithoutSuffix } from '../form';
import type { Coded } from '../i18n';
import { countyValues } from './countyValues';
import { returnsAlike } from './returnsAlike';
import { firstOfEach } from './takenFirst';
import type { CountyReturn } from './types';

/** The reason copiedValues gives a row: the message code, worded where it is shown. */
export const COPIED_VALUES = 'consolidate.copied_values';

/** `returns` as consolidation meets them: the first of each county is the one compared (and taken). */
export function copiedValues(returns: readonly CountyReturn[], plan: PlanCatalog, year: number): Record<string, Record<string, Coded>> {
  const indicators = indicatorsById(plan);
  const first = firstOfEach(returns, (entry) => entry.sheet.metadata?.region.code);
  const valuesOf = new Map([...first].map(([code, entry]) => [code, entry.values ?? countyValues(entry.sheet, plan, year)]));
  const held: Record<string, Record<string, Coded>> = {};
  const alike = returnsAlike([...valuesOf].map(([code, values]) => ({ source: code, region: code, year, plan: plan.plan.id, values })));
  for (const found of alike) {
    if (found.kind !== 'copied') continue;
    const [a, b] = found.regions;
    for (const [mine, other] of [[a, b], [b, a]] as const) {
      const otherEntry = first.get(other);
      for (const [rowId, value] of valuesOf.get(mine) ?? []) {
        const baseId = rowIdWithoutSuffix(rowId);
        const indicator = indicators.get(baseId);
        if (value === null || indicator === undefined) continue;
        (held[mine] ??= {})[baseId] ??= {
          code: COPIED_VALUES,
          params: { name: indicator.name, nameEn: indicator.nameEn ?? indicator.name, year, other: otherEntry?.sheet.metadata?.region.name ?? other, otherFile: otherEntry?.source ?? '' },
        };
      }
    }
  }
  return held;
}

/** The counties named by the copiedValues reasons among a county's held-back `rows`, each once. */
export function copiedFrom(rows: Readonly<Record<string, Coded>>): string[] {
  return [...new Set(Object.values(rows).filter((reason) => reason.code === COPIED_VALUES).map((reason) => String(reason.params['other'])))];
}
