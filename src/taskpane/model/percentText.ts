/**
 * A share as the pane prints it: one decimal (more where it takes them, see percentDecimals), and bounded. A completion far outside 0–100 % (a value typed in the
 * wrong unit gives −14750 %) says only that it is out of range; the exact figure is in the sheet.
 */
const PERCENT_SHOWN = { min: -100, max: 999 } as const;

/** `decimals`: one unless more are needed to keep a share short of a mark from reading as reaching it (percentDecimals). */
export function percentText(value: number | null, decimals = 1): string {
  if (value === null || !Number.isFinite(value)) return '';
  const percent = Number((value * 100).toFixed(decimals));
  if (percent < PERCENT_SHOWN.min) return `<${PERCENT_SHOWN.min}%`;
  if (percent > PERCENT_SHOWN.max) return `>${PERCENT_SHOWN.max}%`;
  return `${percent}%`;
}
