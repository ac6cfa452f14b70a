import { scaleByPowerOfTen } from './convert';
import { findUnit } from './lookup';

export type HardRangeProblem = 'below_minimum' | 'above_maximum' | 'not_whole';

/**
 * Whether `value` × 10^`power` is whole: a whole number scaled up by a unit's power is, short of infinity (the checks
 * ask of every count).
 */
function isWholeInBase(value: number, power: number): boolean {
  return (Number.isSafeInteger(value) && power >= 0 && power <= 15) || Number.isInteger(scaleByPowerOfTen(value, power));
}

/**
 * What is wrong with `value` in `symbol`, by the unit alone: a share above 100, a negative count or sum,
 * a fractional count (2.2 万家 is whole: 22000 家). Null when nothing is, or the unit is unknown.
 */
export function hardRangeProblem(value: number, symbol: string): HardRangeProblem | null {
  const unit = findUnit(symbol);
  if (unit === undefined) return null;
  if (unit.min !== null && value < unit.min) return 'below_minimum';
  if (unit.max !== null && value > unit.max) return 'above_maximum';
  if (unit.wholeInBase && !isWholeInBase(value, unit.power)) return 'not_whole';
  return null;
}
