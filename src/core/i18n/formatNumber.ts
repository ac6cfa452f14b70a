/**
 * A number as people write it: no float noise (0.1 + 0.2 → "0.3", 0.035 × 100 → "3.5") and no thousands
 * separators (statistical forms print 22000, not 22,000).
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number(value.toPrecision(12));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
