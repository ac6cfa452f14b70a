/**
 * Office suites keep 15 significant digits of a number (Excel, WPS and LibreOffice all write 0.6666666666666666
 * back as 0.666666666666667): numbers that agree to 15 significant digits are the same number in a workbook.
 */
export const SIGNIFICANT_DIGITS = 15;

/** `value` as an office suite stores it: rounded to 15 significant digits. */
export function asStored(value: number): number {
  return Number.isFinite(value) && value !== 0 ? Number(value.toPrecision(SIGNIFICANT_DIGITS)) : value;
}

/** Whether two numbers are the same once both are stored by an office suite (or differ by a last-digit rounding). */
export function sameStoredNumber(a: number, b: number): boolean {
  if (asStored(a) === asStored(b)) return true;
  return Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 10 ** (1 - SIGNIFICANT_DIGITS);
}
