import type { Indicator, IndicatorValue } from '../catalog';
import { baselineNumber } from './applicableTarget';
import { DEFAULT_TOLERANCE } from './goal';
import { toIndicatorUnit } from './toIndicatorUnit';
import type { TargetSpec, YearValue } from './types';

const NONE: TargetSpec = { kind: 'none' };

/** Numbers of the printed target in the indicator's unit; kind none when a number is missing or will not convert. */
export function targetSpecOf(indicator: Indicator, target: IndicatorValue): TargetSpec {
  const { parsed } = target;
  const inUnit = (value: number | null) => (value === null ? null : toIndicatorUnit(value, parsed.unit, indicator.unit));
  switch (parsed.kind) {
    case 'exact': {
      const value = inUnit(parsed.value);
      return value === null ? NONE : { kind: 'exact', value };
    }
    case 'min':
    case 'max': {
      const bound = inUnit(parsed.value);
      return bound === null ? NONE : { kind: parsed.kind, bound, strict: parsed.strict };
    }
    case 'approx': {
      const value = inUnit(parsed.value);
      return value === null ? NONE : { kind: 'approx', value, tolerance: indicator.tolerance ?? DEFAULT_TOLERANCE };
    }
    case 'range': {
      const low = inUnit(parsed.low);
      const high = inUnit(parsed.high);
      return low === null || high === null ? NONE : { kind: 'range', low, high };
    }
    case 'increment_cumulative': {
      const increment = inUnit(parsed.increment);
      const cumulative = inUnit(parsed.cumulative);
      return increment === null || cumulative === null ? NONE : { kind: 'increment_cumulative', increment, cumulative };
    }
    case 'relative':
      // The margin is in 个百分点 (or 倍) of the companion, not in the indicator's unit: no conversion.
      return { kind: 'relative', relation: parsed.relation, strict: parsed.strict, margin: parsed.margin ?? 0, marginUnit: parsed.unit };
    case 'qualitative':
      return parsed.atLeastOne === true ? { kind: 'qualitative', atLeastOne: true } : { kind: 'qualitative' };
    default:
      return NONE;
  }
}

/** The printed baseline in the indicator's unit; estimates (▲, 预计) count. */
export function baselineOf(indicator: Indicator, baseline: IndicatorValue | null): YearValue | null {
  if (baseline === null) return null;
  const number = baselineNumber(baseline.parsed);
  const value = number === null ? null : toIndicatorUnit(number, baseline.parsed.unit, indicator.unit);
  return value === null ? null : { year: baseline.year, value };
}
