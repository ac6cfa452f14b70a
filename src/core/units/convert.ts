import { findUnit } from './lookup';

export type ConversionResult = { ok: true; value: number } | { ok: false; code: 'units.unknown' | 'units.incompatible'; from: string; to: string };

/** Scales by a power of ten without the float noise of 2.2 * 10 ** 4 (= 22000.000000000004). */
export function scaleByPowerOfTen(value: number, power: number): number {
  return Number((value * 10 ** power).toPrecision(15));
}

/** Converts a value between two units of one dimension: convertUnit(2.2, '万家', '家') → 22000. */
export function convertUnit(value: number, from: string, to: string): ConversionResult {
  const source = findUnit(from);
  const target = findUnit(to);
  if (source === undefined || target === undefined) return { ok: false, code: 'units.unknown', from, to };
  if (source.dimension !== target.dimension) return { ok: false, code: 'units.incompatible', from, to };
  return { ok: true, value: scaleByPowerOfTen(value, source.power - target.power) };
}
