/**
 * A share as the pane prints it: one decimal, and bounded. A completion far outside 0–100 % (a value typed in the
 * wrong unit gives −14750 %) says only that it is out of range; the exact figure is in the sheet.
 */
const PERCENT_SHOWN = { min: -100, max: 999 } as const;

export function percentText(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '';
  const percent = Math.round(value * 1000) / 10;
  if (percent < PERCENT_SHOWN.min) return `<${PERCENT_SHOWN.min}%`;
  if (percent > PERCENT_SHOWN.max) return `>${PERCENT_SHOWN.max}%`;
  return `${percent}%`;
}
