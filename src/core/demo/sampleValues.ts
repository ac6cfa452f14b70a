/**
 * Example values for the demo (示例数据): plausible actuals on each indicator's path from its baseline towards
 * its target, with a little noise, rounded as the unit is. They are invented, and every workbook that carries them
 * says so on its cover.
 */
import { indicatorInput } from '../attainment';
import type { Indicator } from '../catalog';
import { parseRowId } from '../form';
import { findUnit } from '../units';
import { seededRandom } from './random';

export interface SampleEntry {
  rowId: string;
  year: number;
  /** What a person types: a number, or text (是/否, a mistake such as "约3.5"). */
  value: number | string | null;
}

/** A stable number for a text (FNV-1a), to seed a row's own stream. */
function textHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function roundFor(unit: string, value: number): number {
  const definition = findUnit(unit);
  const decimals = definition === undefined ? 2 : definition.wholeInBase ? Math.max(0, definition.power) : definition.decimals;
  const factor = 10 ** Math.min(decimals, 2);
  return Math.round(value * factor) / factor;
}

/** A scale for a figure the plans give no number for, by its unit. */
function fallbackValue(unit: string, random: () => number): number {
  const dimension = findUnit(unit)?.dimension;
  if (dimension === 'percent') return 5 + random() * 40;
  if (dimension === 'money_cny') return 10 + random() * 90;
  return 3 + Math.floor(random() * 30);
}

const GDP = '地区生产总值';

function fallbackGrowth(unit: string, fallback: number, years: number): number {
  const grown = fallback * (1 + 0.05 * years);
  const dimension = findUnit(unit)?.dimension;
  return dimension === 'percent' || dimension === 'money_cny' ? grown : Math.round(grown);
}

/** The value expected in `year` on the way from baseline to target, with noise; null when nothing to aim at. */
function pathValue(indicator: Indicator, year: number, random: () => number, companion: number): number | string | null {
  const input = indicatorInput(indicator, year);
  const { target, baseline, targetYear } = input;
  const noise = 0.85 + random() * 0.35;
  const towards = (goal: number): number => {
    if (baseline === null || targetYear === null || targetYear <= baseline.year) return goal * (0.8 + random() * 0.25);
    const share = Math.min(1, Math.max(0, (year - baseline.year) / (targetYear - baseline.year)));
    return baseline.value + (goal - baseline.value) * share * noise;
  };
  switch (target.kind) {
    case 'exact':
    case 'approx':
      return towards(target.value);
    case 'min':
    case 'max':
      return towards(target.bound);
    case 'range':
      return towards((target.low + target.high) / 2);
    case 'increment_cumulative':
      return towards(target.cumulative);
    case 'qualitative':
      return random() < 0.7 ? '是' : '否';
    case 'relative': {
      // On the right side of the quantity compared with: the demo's mistakes are the ones it applies on purpose.
      const side = target.relation === 'above' ? 1 : -1;
      const margin = target.marginUnit === '倍' ? companion * (target.margin - 1) : target.margin;
      return companion + side * (margin + 0.3 + random() * 2);
    }
    case 'year_on_year':
    case 'none':
      return baseline === null ? null : baseline.value * (1 + 0.04 * Math.max(0, year - baseline.year) * noise);
  }
}

/**
 * Example entries for the rows of a reporting sheet, for every year from `firstYear` to `reportingYear`.
 * `indicatorOf` resolves a row id (indicator id, concept row, companion row) to the indicator it reports.
 */
export function sampleEntries(
  rowIds: readonly string[],
  indicatorOf: (rowId: string) => Indicator | undefined,
  firstYear: number,
  reportingYear: number,
  seed: number,
  /** A factor per row: a county's share of a provincial total is a fraction of the province's figures. */
  scaleOf: (rowId: string) => number = () => 1,
  /** The same for every sheet of one return: figures shared by its sheets (its GDP) are drawn from it. */
  regionSeed: number = seed,
): SampleEntry[] {
  // Each row draws from its own stream, so a row's values for the years up to Y are the same whether the sample
  // runs to Y or to Y + 1: next year's demo return agrees with last year's on every earlier year.
  let random = seededRandom(seed);
  const companions = new Map<string, number>();
  const companionOf = (indicator: Indicator, year: number): number => {
    const key = `${indicator.id}:${year}`;
    if (!companions.has(key)) companions.set(key, 5 + random() * 8);
    return companions.get(key) as number;
  };
  // A share's numerator and denominator agree with the share: denominator first, numerator = share × denominator.
  const shares = new Map<string, number>();
  const denominators = new Map<string, number>();
  const partValue = (indicator: Indicator, rowId: string, year: number): number | null => {
    const key = `${indicator.id}:${year}`;
    // One region has one GDP: a denominator of the same name (地区生产总值, 规模以上工业增加值) is the same figure on
    // every row and every sheet of the return, drawn from the region's seed and the name, not from the row's stream.
    const name = indicator.aggregation.kind === 'ratio' ? indicator.aggregation.denominator.name : indicator.id;
    if (!denominators.has(name)) {
      const draw = seededRandom(regionSeed + textHash(name));
      const gdp = 600 + seededRandom(regionSeed + textHash(GDP))() * 500;
      // Any other total (规模以上工业增加值, 营业收入…) is a part of the region's economy, smaller than its GDP.
      denominators.set(name, name === GDP ? gdp : gdp * (0.3 + draw() * 0.3));
    }
    // A total that grows some 6 % a year.
    const denominator = (denominators.get(name) as number) * 1.06 ** (year - firstYear);
    const parsed = parseRowId(rowId);
    if (parsed.kind === 'part' && parsed.part === 'denominator') return denominator;
    const share = shares.get(key);
    const scale = indicator.aggregation.kind === 'ratio' ? indicator.aggregation.scale ?? 1 : 1;
    return share === undefined ? null : (share / scale) * denominator;
  };
  const entries: SampleEntry[] = [];
  for (const rowId of rowIds) {
    const indicator = indicatorOf(rowId);
    if (indicator === undefined) continue;
    random = seededRandom(seed + textHash(rowId));
    const kind = parseRowId(rowId).kind;
    if (kind === 'part') {
      for (let year = firstYear; year <= reportingYear; year++) {
        const value = partValue(indicator, rowId, year);
        entries.push({ rowId, year, value: value === null ? null : Math.round(value * 100) / 100 });
      }
      continue;
    }
    const isCompanion = kind === 'companion';
    const fallback = fallbackValue(indicator.unit, random);
    const scale = scaleOf(rowId);
    // A count a region builds up (enterprises, platforms, people brought in) does not fall back from year to year:
    // the path's noise made 1 个 one year and 0 the next, a drop the checks rightly question.
    const counted = !isCompanion && findUnit(indicator.unit)?.dimension !== 'percent' && findUnit(indicator.unit)?.dimension !== 'money_cny';
    let previous: number | null = null;
    for (let year = firstYear; year <= reportingYear; year++) {
      let value = isCompanion ? companionOf(indicator, year) : pathValue(indicator, year, random, companionOf(indicator, year));
      // A count the plan gives no number for stays a whole number as it grows ("4个100" projects: 19, 20, not 19.95).
      if (value === null) value = fallbackGrowth(indicator.unit, fallback, year - firstYear);
      let typed = typeof value === 'number' ? roundFor(isCompanion ? '%' : indicator.unit, value * scale) : value;
      if (counted && typeof typed === 'number' && Number.isInteger(typed)) {
        if (previous !== null && typed < previous) typed = previous;
        previous = typed;
      }
      if (typeof typed === 'number' && !isCompanion) shares.set(`${indicator.id}:${year}`, typed);
      entries.push({ rowId, year, value: typed });
    }
  }
  return entries;
}
