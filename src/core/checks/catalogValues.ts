import { applicableTarget as attainmentTarget } from '../attainment';
import type { Indicator, IndicatorValue, ValueRole } from '../catalog';
import { convertUnit } from '../units';
import type { ValueShape } from './reading';
import { keptFor } from '../util/kept';

/**
 * What is read of an indicator's printed values, kept per indicator (a catalog's indicators are never changed once
 * loaded, decision 0204): the rules ask it of every cell, and the notation's many shapes read afresh each time kept
 * the checks' hottest code from settling (decision 0223).
 */
const TARGETS = new WeakMap<Indicator, readonly IndicatorValue[]>();
const SHAPES = new WeakMap<Indicator, ValueShape>();

/** Printed targets with something to reach (an empty or dash cell is no target), by year. */
export function targetValues(indicator: Indicator): readonly IndicatorValue[] {
  return keptFor(TARGETS, indicator, (kept) => kept.values
    .filter((value) => value.role === 'target' && value.parsed.kind !== 'blank')
    .sort((a, b) => a.year - b.year));
}

/** An indicator without any target is monitoring-only (仅监测). */
export function hasTarget(indicator: Indicator): boolean {
  return targetValues(indicator).length > 0;
}

/**
 * The target that applies in `year`: the first target year ≥ year, else the last target year — attainment's
 * reading, so that a check and the status colour never disagree on which target counts.
 */
export function applicableTargetValue(indicator: Indicator, year: number): IndicatorValue | null {
  return attainmentTarget(indicator, year)?.target ?? null;
}

/** How the indicator's actual cell is filled, from the notation of its targets. */
export function valueShape(indicator: Indicator): ValueShape {
  return keptFor(SHAPES, indicator, (kept) => {
    const targets = targetValues(kept);
    const kinds = new Set(targets.map((value) => value.parsed.kind));
    // 零的突破 takes a count as well as 是/否 (decision 0270).
    if (targets.some((value) => value.parsed.kind === 'qualitative' && value.parsed.atLeastOne === true)) return 'count_or_answer';
    if (kinds.has('qualitative')) return 'qualitative';
    if (kinds.has('increment_cumulative')) return 'increment_cumulative';
    return 'number';
  });
}

/**
 * The number a printed value stands for, in `unit`: the value of exact, approximately, at-least and at-most
 * cells, the running total of an increment/cumulative cell. Null for anything else, an unconvertible unit, or a
 * change (下降15%, 年均增长10%: its number is not a level of the row).
 */
export function catalogNumber(value: IndicatorValue, unit: string): number | null {
  const { parsed } = value;
  if (value.change !== undefined) return null;
  const number = parsed.kind === 'increment_cumulative' ? parsed.cumulative
    : parsed.kind === 'exact' || parsed.kind === 'approx' || parsed.kind === 'min' || parsed.kind === 'max' ? parsed.value
      : null;
  if (number === null) return null;
  if (parsed.unit === null || parsed.unit === unit || unit === '') return number;
  const converted = convertUnit(number, parsed.unit, unit);
  return converted.ok ? converted.value : null;
}

export interface CatalogReference {
  year: number;
  value: number;
}

/** A printed number of one of `roles` for `year`, the roles tried in order. */
export function catalogValueAt(indicator: Indicator, year: number, roles: readonly ValueRole[]): number | null {
  for (const role of roles) {
    for (const value of indicator.values) {
      if (value.year !== year || value.role !== role || value.region !== undefined) continue;
      const number = catalogNumber(value, indicator.unit);
      if (number !== null) return number;
    }
  }
  return null;
}

/**
 * The printed baseline for `year`: of the baseline values with a number, the latest before the applicable
 * target's year (attainment's reading); before `year` itself when there is no target.
 */
export function baselineFor(indicator: Indicator, year: number): CatalogReference | null {
  const applicable = attainmentTarget(indicator, year);
  if (applicable !== null) {
    const { baseline } = applicable;
    const value = baseline === null ? null : catalogNumber(baseline, indicator.unit);
    return baseline === null || value === null ? null : { year: baseline.year, value };
  }
  let best: CatalogReference | null = null;
  for (const value of indicator.values) {
    if (value.role !== 'baseline' || value.region !== undefined || value.year >= year) continue;
    const number = catalogNumber(value, indicator.unit);
    if (number !== null && (best === null || value.year > best.year)) best = { year: value.year, value: number };
  }
  return best;
}

/** Of dated numbers, the first in or after `year`, else the last: the reference nearest ahead. */
function nearestAhead(references: CatalogReference[], year: number): CatalogReference | null {
  const sorted = [...references].sort((a, b) => a.year - b.year);
  return sorted.find((reference) => reference.year >= year) ?? sorted[sorted.length - 1] ?? null;
}

/** The printed target that gives a value's magnitude in `year` (the next target, else the last), in the indicator's unit. */
export function targetReference(indicator: Indicator, year: number): CatalogReference | null {
  return nearestAhead(targetValues(indicator).flatMap((value) => {
    const number = catalogNumber(value, indicator.unit);
    return number === null ? [] : [{ year: value.year, value: number }];
  }), year);
}

/** A reference value from the plan's footnotes (a province's or city's figure) in the indicator's unit, nearest ahead of `year`. */
export function footnoteReference(indicator: Indicator, year: number): CatalogReference | null {
  return nearestAhead(indicator.values.flatMap((value) => {
    if (value.role !== 'reference') return [];
    const number = catalogNumber(value, indicator.unit);
    return number === null ? [] : [{ year: value.year, value: number }];
  }), year);
}
