import { changeUnitReading, type Indicator, type IndicatorValue, type ValueChange } from '../catalog';
import { findUnit } from '../units';
import { DEFAULT_TOLERANCE } from './goal';
import { tidy } from './numbers';
import { toIndicatorUnit } from './toIndicatorUnit';
import type { Sense, TargetSpec, UnjudgedReason, YearValue } from './types';
import { yearOnYearTarget } from './yearOnYear';

/** A change target turned into the level it asks for, with the way that is better and the path to it. */
export interface ChangeTarget {
  target: TargetSpec;
  direction: Sense;
  path: 'linear' | 'multiplicative';
  /** Why the change cannot be judged (the target is then none: 仅监测). */
  reason?: UnjudgedReason;
  /** A change made every year (每年增长10%): every year is due, judged against the year before. */
  perYear?: true;
}

function falls(change: ValueChange): boolean {
  return change.of === 'decrease' || (change.of === 'average_growth' && change.direction === 'decrease');
}

/**
 * The level a change of `amount` reaches from the baseline over `years`: 下降15% → B·(1 − 0.15); 年均增长10% over
 * 5 years → B·1.1⁵; 提高2个百分点 → B + 2; 年均提高0.1个百分点 → B + 0.1·5; an amount in the row's unit → B ± amount.
 */
function levelFunction(indicator: Indicator, change: ValueChange, baseline: number, years: number): ((amount: number) => number) | null {
  const reading = changeUnitReading(change, indicator.unit);
  const sign = falls(change) ? -1 : 1;
  const average = change.of === 'average_growth';
  if (reading === 'percent') {
    const perCent = 10 ** (findUnit(change.unit)?.power ?? 0) / 100;
    return (amount) => tidy(average ? baseline * (1 + sign * amount * perCent) ** years : baseline * (1 + sign * amount * perCent));
  }
  if (reading === 'points') return (amount) => tidy(baseline + sign * amount * (average ? years : 1));
  if (reading === 'amount') {
    return (amount) => {
      const inUnit = toIndicatorUnit(amount, change.unit, indicator.unit) ?? Number.NaN;
      return tidy(baseline + sign * inUnit * (average ? years : 1));
    };
  }
  return null;
}

/**
 * A target printed as a change (catalog value.change) as the level it asks for in the target year, from the
 * baseline the applicable target has. A rise is better higher, a fall lower; a bound on the change is a bound on
 * the level (下降15%以上: the level at most B·0.85). A 左右 band is taken on the change (15 ± 5 % of 15) and carried
 * as the band of levels it gives. Average growth in % compounds: the path is multiplicative, so the value
 * expected in an interim year is B·(1 + g)^(y − y0). Without a baseline nothing can be judged: 仅监测 with a reason.
 */
export function changeTargetOf(indicator: Indicator, target: IndicatorValue, change: ValueChange, baseline: YearValue | null): ChangeTarget {
  const direction: Sense = falls(change) ? 'lower' : 'higher';
  const path = change.of === 'average_growth' && changeUnitReading(change, indicator.unit) === 'percent' ? 'multiplicative' : indicator.path;
  const none = (reason: UnjudgedReason): ChangeTarget => ({ target: { kind: 'none' }, direction, path, reason });
  if (change.perYear === true && change.of !== 'average_growth') {
    // Measured from the year before, not from the baseline: the baseline serves only as the year before the first.
    const yearly = yearOnYearTarget(indicator, target, change, direction === 'higher');
    return yearly === null ? none('attainment.change_unit_unknown') : { target: yearly, direction, path, perYear: true };
  }
  if (baseline === null) return none('attainment.change_without_baseline');
  const level = levelFunction(indicator, change, baseline.value, target.year - baseline.year);
  if (level === null) return none('attainment.change_unit_unknown');
  const { parsed } = target;
  const rises = direction === 'higher';
  const spec = ((): TargetSpec | null => {
    switch (parsed.kind) {
      case 'exact':
        return { kind: 'exact', value: level(parsed.value) };
      case 'min':
      case 'max': {
        // At least N more is a floor on the level, at least N less a ceiling; at most N either way the reverse.
        const floor = (parsed.kind === 'min') === rises;
        return { kind: floor ? 'min' : 'max', bound: level(parsed.value), strict: parsed.strict };
      }
      case 'approx': {
        const value = level(parsed.value);
        const nearEdge = level(parsed.value * (1 - (indicator.tolerance ?? DEFAULT_TOLERANCE)));
        return value === 0 ? { kind: 'exact', value } : { kind: 'approx', value, tolerance: Math.abs(nearEdge - value) / Math.abs(value) };
      }
      case 'range': {
        const [low, high] = [level(parsed.low), level(parsed.high)].sort((a, b) => a - b) as [number, number];
        return { kind: 'range', low, high };
      }
      default:
        return null;
    }
  })();
  if (spec === null || Object.values(spec).some((part) => typeof part === 'number' && !Number.isFinite(part))) {
    return none('attainment.change_unit_unknown');
  }
  return { target: spec, direction, path };
}
