/**
 * Returns of one batch that are, or look like, the same return (decision 0268): one county's return of a plan and year
 * sent twice (越城区.xlsx beside 越城区(1).xlsx, or a revision beside the first), and two counties whose reporting-year
 * values are all the same — a county that copied another's figures into its own form, which no check of either return
 * alone can see and which a total would count twice. Each is said to the reviewer; the verdicts stay the checks'.
 */
import type { ReportedValue } from '../checks';

export interface ReturnValues {
  /** The file, as shown. */
  source: string;
  region: string;
  year: number;
  plan: string;
  /** The reporting year's value of each row. */
  values: ReadonlyMap<string, ReportedValue | null>;
}

export type ReturnsAlike =
  | { kind: 'same_region'; region: string; year: number; plan: string; sources: string[]; differing: number }
  | { kind: 'copied'; year: number; plan: string; sources: [string, string]; regions: [string, string]; count: number };

/**
 * Two counties' values are taken for a copy only when they agree on every row and share at least this many numbers
 * other than 0: a handful of rows (a form of one or two indicators, zeros and blanks of a county with nothing to report)
 * agrees by chance.
 */
const COPIED_AT_LEAST = 5;

/** The rows on which two returns' values of a year differ; a row one of them lacks counts as empty (copiesDiffer too). */
export function differingRowIds(mine: ReturnValues['values'], theirs: ReturnValues['values']): string[] {
  return [...new Set([...mine.keys(), ...theirs.keys()])].filter((rowId) => (mine.get(rowId) ?? null) !== (theirs.get(rowId) ?? null));
}

function differingRows(a: ReturnValues, b: ReturnValues): number {
  return differingRowIds(a.values, b.values).length;
}

function sharedNumbers(a: ReturnValues): number {
  return [...a.values.values()].filter((value) => typeof value === 'number' && value !== 0).length;
}

export function returnsAlike(returns: readonly ReturnValues[]): ReturnsAlike[] {
  const found: ReturnsAlike[] = [];
  const byCounty = new Map<string, ReturnValues[]>();
  for (const entry of returns) {
    const key = `${entry.plan}\u0000${entry.year}\u0000${entry.region}`;
    byCounty.set(key, [...(byCounty.get(key) ?? []), entry]);
  }
  for (const group of byCounty.values()) {
    const [first, ...others] = group;
    if (first === undefined || others.length === 0) continue;
    const differing = Math.max(...others.map((other) => differingRows(first, other)));
    found.push({ kind: 'same_region', region: first.region, year: first.year, plan: first.plan, sources: group.map((entry) => entry.source), differing });
  }
  // One return per county (the first), compared with every other county's of the plan and year.
  const byPlanYear = new Map<string, ReturnValues[]>();
  for (const [first] of byCounty.values()) {
    if (first === undefined) continue;
    const key = `${first.plan}\u0000${first.year}`;
    byPlanYear.set(key, [...(byPlanYear.get(key) ?? []), first]);
  }
  for (const counties of byPlanYear.values()) {
    for (const [index, a] of counties.entries()) {
      if (sharedNumbers(a) < COPIED_AT_LEAST) continue;
      for (const b of counties.slice(index + 1)) {
        if (differingRows(a, b) === 0) found.push({ kind: 'copied', year: a.year, plan: a.plan, sources: [a.source, b.source], regions: [a.region, b.region], count: sharedNumbers(a) });
      }
    }
  }
  return found;
}
