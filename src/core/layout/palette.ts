import type { AttainmentStatus } from '../attainment';

/** The colours of the product, the same on every sheet, in the task pane and in the annex (design.md). */
export interface Swatch {
  fill: string;
  font: string;
}

export const GREEN: Swatch = { fill: '#C6EFCE', font: '#006100' };
export const AMBER: Swatch = { fill: '#FFEB9C', font: '#9C5700' };
export const RED: Swatch = { fill: '#FFC7CE', font: '#9C0006' };
export const GREY: Swatch = { fill: '#EDEDED', font: '#595959' };

export const STATUS_SWATCH: Readonly<Record<AttainmentStatus, Swatch>> = {
  met: GREEN,
  on_track: GREEN,
  behind: AMBER,
  regressing: RED,
  not_met: RED,
  no_value: GREY,
  monitoring: GREY,
};

/** Text typed where a number belongs: Excel's "light red fill, dark red text". */
export const NOT_A_NUMBER: Swatch = RED;

/** Cells people type into. */
export const ENTRY_FILL = '#FFF9E5';
export const HEADER_FILL = '#F2F2F2';
export const BLACK = '#000000';
export const MUTED = '#808080';
export const LINK_BLUE = '#0563C1';

/** '#C6EFCE' → 'FFC6EFCE', the ARGB form ExcelJS takes. */
export function argb(hex: string): string {
  return `FF${hex.replace(/^#/u, '').toUpperCase()}`;
}
