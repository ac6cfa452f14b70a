/**
 * Numbers written as numbers (issue 16): a value a document or a return gives is a number cell whose format shows it
 * as it was written — its decimals, up to four — so that it sums, sorts and prints as "0.2277", never "1E+07" or as
 * text a spreadsheet cannot add up.
 */
import { formatNumber } from '../i18n';
import { makeStyle } from './styles';
import type { CellStyle } from './types';

export const MAX_SHOWN_DECIMALS = 4;

/** Decimals a value is written with (1250 → 0, 0.2277 → 4), at most four. */
export function decimalsOf(value: number): number {
  const text = formatNumber(value);
  if (/e/iu.test(text)) return MAX_SHOWN_DECIMALS;
  const point = text.indexOf('.');
  return point < 0 ? 0 : Math.min(MAX_SHOWN_DECIMALS, text.length - point - 1);
}

/** The number format showing `decimals` decimals ('0', '0.0' … '0.0000'); General for null (no decimals decided). */
export function decimalsFormat(decimals: number | null): string {
  if (decimals === null) return 'General';
  const places = Math.max(0, Math.min(MAX_SHOWN_DECIMALS, decimals));
  return places === 0 ? '0' : `0.${'0'.repeat(places)}`;
}

/** The style name of a number shown with `decimals` decimals (a style of numberStyles with the same `prefix`). */
export function numberStyleName(decimals: number, prefix = 'number'): string {
  return `${prefix}${Math.max(0, Math.min(MAX_SHOWN_DECIMALS, decimals))}`;
}

/**
 * Number styles number0 … number4 (or `prefix`0 …) on `base` (its font, fill, border, alignment, lock): thousands
 * unseparated, as plans print.
 */
export function numberStyles(base: CellStyle, prefix = 'number'): Record<string, CellStyle> {
  const styles: Record<string, CellStyle> = {};
  for (let decimals = 0; decimals <= MAX_SHOWN_DECIMALS; decimals++) {
    styles[numberStyleName(decimals, prefix)] = makeStyle({ numberFormat: decimalsFormat(decimals) }, base);
  }
  return styles;
}

/**
 * The text a number cell prints in `format`, for sizing its column: fixed decimals ('0.00') and percentages ('0.0%')
 * as a spreadsheet shows them; any other format as the number's own digits.
 */
export function numberAsShown(value: number, format: string | undefined): string {
  const fixed = /^0(?:\.(0+))?(%?)$/u.exec(format ?? '');
  if (fixed === null) return formatNumber(value);
  const percent = fixed[2] === '%';
  return `${(percent ? value * 100 : value).toFixed(fixed[1]?.length ?? 0)}${percent ? '%' : ''}`;
}
