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

/** 序时进度: the share of the way from the baseline year to the target year, capped to [0, 1]. */
export function timeShareOf(reportingYear: number, baselineYear: number, targetYear: number): number {
  if (targetYear <= baselineYear) return 1;
  return Math.min(1, Math.max(0, (reportingYear - baselineYear) / (targetYear - baselineYear)));
}

export function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
