import { findUnit, UNITS } from '../../units';

/** 万 and 亿 mix-ups: a value 10⁴ or 10⁸ times too large or too small. */
const SLIP_POWERS = [4, 8, -4, -8] as const;

const FACTOR_TEXT: Readonly<Record<number, string>> = { 4: '10⁴', 8: '10⁸', [-4]: '10⁴', [-8]: '10⁸' };

/**
 * The power of ten by which `value` looks off `reference` (value ≈ reference × 10^k, within a factor of
 * `band` either way), or null. Both must be positive.
 */
export function unitSlipPower(value: number, reference: number, band: number): number | null {
  if (!(value > 0 && reference > 0)) return null;
  const power = Math.log10(value / reference);
  const width = Math.log10(band);
  return SLIP_POWERS.find((k) => Math.abs(power - k) <= width) ?? null;
}

export function factorText(power: number): string {
  return FACTOR_TEXT[power] ?? `10^${Math.abs(power)}`;
}

/**
 * The unit a value 10^k too large was probably typed in: the unit of the same dimension k powers below the
 * asked one (万家 → 家, 亿元 → 万元; k < 0: 家 → 万家), preferring one with the same last character.
 */
export function unitTypedInstead(asked: string, power: number): string | null {
  const unit = findUnit(asked);
  if (unit === undefined) return null;
  const candidates = UNITS.filter((candidate) => candidate.dimension === unit.dimension && candidate.power === unit.power - power);
  const last = unit.symbol.slice(-1);
  return (candidates.find((candidate) => candidate.symbol.endsWith(last)) ?? candidates[0])?.symbol ?? null;
}
