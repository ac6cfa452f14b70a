import { convertUnit, findUnit, scaleByPowerOfTen } from '../units';

/**
 * A number printed in `printed` ('万家', '亿', null) expressed in the indicator's unit ('家', '亿元'), or null
 * when the two do not convert (nothing is guessed). Nothing to convert when either side prints no unit.
 * A bare multiplier ("超1000亿", "480 万") stands for the unit of its power in the indicator's dimension.
 */
export function toIndicatorUnit(value: number, printed: string | null, indicatorUnit: string): number | null {
  if (printed === null || printed.trim() === '' || indicatorUnit.trim() === '') return value;
  const converted = convertUnit(value, printed, indicatorUnit);
  if (converted.ok) return converted.value;
  const from = findUnit(printed);
  const to = findUnit(indicatorUnit);
  if (from?.dimension === 'bare_multiplier' && to !== undefined && to.dimension !== 'bare_multiplier') {
    return scaleByPowerOfTen(value, from.power - to.power);
  }
  return null;
}
