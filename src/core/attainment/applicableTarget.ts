import type { Indicator, IndicatorValue } from '../catalog';
import type { ParsedNotation } from '../notation';
import { keptFor } from '../util/kept';

/** The number a printed baseline gives: the value of a bound ("超 600 家" → 600), the total of "75/1280". */
export function baselineNumber(parsed: ParsedNotation): number | null {
  switch (parsed.kind) {
    case 'exact':
    case 'min':
    case 'max':
    case 'approx':
      return parsed.value;
    case 'increment_cumulative':
      return parsed.cumulative;
    default:
      return null;
  }
}

export type ApplicableTarget = Readonly<{ target: IndicatorValue; baseline: IndicatorValue | null }>;

/** Per indicator, by year (a catalog's indicators are never changed once loaded, decision 0204; see 0223). */
const KEPT = new WeakMap<Indicator, Map<number, ApplicableTarget | null>>();

/**
 * The target and baseline that apply in a year: the first target year ≥ year, else the last target year;
 * of several targets printed for that year the first listed (the table row before a prose restatement).
 * The baseline is the latest printed baseline before the target year. Blank cells ('—', '') are neither:
 * a '-' in the 2035 column sets no 2035 target, so in 2030 the 2025 target still applies, and a '—'
 * baseline for 2020 leaves a printed 2019 baseline in force. Null when the indicator has no target.
 */
export function applicableTarget(indicator: Indicator, year: number): ApplicableTarget | null {
  const byYear = keptFor(KEPT, indicator, () => new Map<number, ApplicableTarget | null>());
  const known = byYear.get(year);
  if (known !== undefined) return known;
  const found = findApplicableTarget(indicator, year);
  byYear.set(year, found);
  return found;
}

function findApplicableTarget(indicator: Indicator, year: number): ApplicableTarget | null {
  const targets = indicator.values.filter((value) => value.role === 'target' && value.parsed.kind !== 'blank');
  if (targets.length === 0) return null;
  const years = [...new Set(targets.map((value) => value.year))].sort((a, b) => a - b);
  const targetYear = years.find((candidate) => candidate >= year) ?? years[years.length - 1];
  const target = targets.find((value) => value.year === targetYear);
  if (target === undefined) return null;
  let baseline: IndicatorValue | null = null;
  for (const value of indicator.values) {
    if (value.role !== 'baseline' || value.year >= target.year || baselineNumber(value.parsed) === null) continue;
    if (baseline === null || value.year > baseline.year) baseline = value;
  }
  return { target, baseline };
}
