/**
 * True when a number format shows values as percentages ('0.00%', '0%'): Excel then stores 3.5% as 0.035.
 * A % in quotes or escaped with a backslash is literal text and does not scale the value.
 */
export function isPercentFormat(format: string | undefined): boolean {
  if (format === undefined) return false;
  return format.replace(/"[^"]*"/gu, '').replace(/\\./gu, '').includes('%');
}
