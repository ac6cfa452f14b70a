/**
 * Constants derived by arithmetic (30 × 0.95 = 28.499999999999996, 1055 + 225/3 = 1129.9999999999998) are kept
 * to 12 significant digits. The sheet formulas inline the same constants, and Excel reads at most 15 digits of
 * a literal, so a value typed exactly on an edge gets the same status in TypeScript and in the workbook.
 */
export function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

/** Decimals a sum of several operands is rounded to before it is compared (ROUND(…, 9) in the sheet). */
export const SUM_DECIMALS = 9;

/** What ROUND(value, 9) gives: 0.3 − 0.1 = 0.19999999999999998 compares as 0.2. */
export function roundSum(value: number): number {
  return Number(value.toFixed(SUM_DECIMALS));
}

/** LibreOffice's tolerance for equal numbers: 2^-48 of each (rtl::math::approxEqual). */
const EQUAL_WITHIN = 2 ** -48;

/**
 * Whether the sheet's own comparison takes a and b for equal. LibreOffice compares numbers in =, <, >= … as equal
 * when they differ by less than 2^-48 of both (a value pasted from a computation, 3.0999999999999988, is 3.1 there,
 * and is 3.1 once the suite has saved the file to 15 digits): the core compares as the sheet does.
 */
export function sheetEqual(a: number, b: number): boolean {
  if (a === b) return true;
  if (a === 0 || b === 0) return false;
  const difference = Math.abs(a - b);
  return difference < Math.abs(a) * EQUAL_WITHIN && difference < Math.abs(b) * EQUAL_WITHIN;
}

/** 序时进度: the share of the way from the baseline year to the target year, capped to [0, 1]. */
export function timeShareOf(reportingYear: number, baselineYear: number, targetYear: number): number {
  if (targetYear <= baselineYear) return 1;
  return Math.min(1, Math.max(0, (reportingYear - baselineYear) / (targetYear - baselineYear)));
}

export function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
