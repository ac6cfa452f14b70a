import { changeUnitReading, type Indicator, type IndicatorValue, type ValueChange } from '../catalog';
import { findUnit } from '../units';
import { DEFAULT_TOLERANCE } from './goal';
import { tidy } from './numbers';
import type { ComparisonOp } from './statusPlan';
import { toIndicatorUnit } from './toIndicatorUnit';
import type { TargetSpec } from './types';

/**
 * A change made every year over the year before (每年增长10%, 比上年下降3%左右, 每年新增50家) as the condition the
 * year's actual A must meet against the previous year's P: A − factor·P `op` amount. 每年增长10% → A − 1.1·P ≥ 0;
 * 每年提高0.2个百分点 → A − P ≥ 0.2; 每年下降3% → A − 0.97·P ≤ 0. The bound printed is kept as a bound on the year's
 * level (增长10%以上 a floor, 下降不超过5% a floor, strictness kept); a 左右 band and a range are met from their
 * near edge (a rise of 9.5 % meets 增长10%左右, a fall of 10 % meets 下降10-15%). Null when the number will not
 * become a level of the row.
 */
export function yearOnYearTarget(indicator: Indicator, target: IndicatorValue, change: ValueChange, rises: boolean): TargetSpec | null {
  const { parsed } = target;
  const near = ((): { size: number; floor: boolean; strict: boolean } | null => {
    switch (parsed.kind) {
      case 'exact': return { size: parsed.value, floor: rises, strict: false };
      case 'min': return { size: parsed.value, floor: rises, strict: parsed.strict };
      case 'max': return { size: parsed.value, floor: !rises, strict: parsed.strict };
      case 'approx': return { size: parsed.value * (1 - (indicator.tolerance ?? DEFAULT_TOLERANCE)), floor: rises, strict: false };
      case 'range': return { size: parsed.low, floor: rises, strict: false };
      default: return null;
    }
  })();
  if (near === null) return null;
  const signed = rises ? near.size : -near.size;
  const reading = changeUnitReading(change, indicator.unit);
  let factor = 1;
  let amount = 0;
  if (reading === 'percent') factor = tidy(1 + (signed * 10 ** (findUnit(change.unit)?.power ?? 0)) / 100);
  else if (reading === 'points') amount = tidy(signed);
  else if (reading === 'amount') amount = tidy(toIndicatorUnit(signed, change.unit, indicator.unit) ?? Number.NaN);
  else return null;
  if (!Number.isFinite(factor) || !Number.isFinite(amount)) return null;
  const op: ComparisonOp = near.floor ? (near.strict ? '>' : '>=') : (near.strict ? '<' : '<=');
  return { kind: 'year_on_year', factor, amount, op };
}
