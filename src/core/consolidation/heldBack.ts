import type { Coded } from '../i18n';
import { COPIED_VALUES } from './copiedValues';
import { COPIES_DIFFER } from './copiesDiffer';
import type { ConsolidationResult } from './types';

/** What the consolidation sheets show of one region's values the checks did not accept. */
export interface HeldBack {
  /** Cells that say 待核实 for a finding of the checks (a value, a text where a number goes, a ratio's parts): out of every total. */
  flagged: number;
  /** Rows the checks wanted filled and the region left empty: blank cells, 未填报 on the totals. */
  empty: number;
  /** Of `flagged`, the rows two accepted copies of the region's return disagree on (copiesDiffer): no check failed. */
  differing: number;
  /** Of `flagged`, the rows held back because another county sent the very same values (copiedValues): no check failed. */
  copied: number;
}

/**
 * Per region code, how many of the rows the checks held back its sheets mark 待核实 and how many it left empty, counted
 * over the rows of `results` (each region in one of them): the title area and the command's lines then say what the
 * table shows, not how many findings there were (a value left empty is no value "marked 待核实 and left out").
 */
export function heldBackCounts(results: readonly ConsolidationResult[], unverified: Readonly<Record<string, Readonly<Record<string, Coded>>>>): Map<string, HeldBack> {
  const counts = new Map<string, HeldBack>();
  for (const result of results) {
    for (const row of result.rows) {
      for (const region of result.regions) {
        const reason = unverified[region.code]?.[row.indicator.id];
        if (reason === undefined) continue;
        const count = counts.get(region.code) ?? { flagged: 0, empty: 0, differing: 0, copied: 0 };
        if (!row.flagged.includes(region.code)) count.empty += 1;
        else if (reason.code === COPIES_DIFFER) count.differing += 1;
        else if (reason.code === COPIED_VALUES) count.copied += 1;
        else count.flagged += 1;
        counts.set(region.code, count);
      }
    }
  }
  return counts;
}
