/**
 * How large a sheet prints. The scale is chosen here and written into the file (not left to "fit to width"), so
 * that Excel, WPS and LibreOffice print the same size and a reviewer can read it from the file.
 */
import type { ColumnSpec, PageMargins } from './types';

/** The smallest scale a form may print at: 11-point text stays above 9 points on paper. */
export const MIN_PRINT_SCALE = 85;

const A4_LONG_SIDE_INCHES = 297 / 25.4;
const A4_SHORT_SIDE_INCHES = 210 / 25.4;
const POINTS_PER_INCH = 72;

/**
 * Excel's width of a column of `width` character units, in points: 7 pixels per unit of the default font's digit
 * plus 5 pixels of cell padding, at 96 pixels per inch.
 */
export function columnPoints(width: number): number {
  return (Math.trunc(width * 7) + 5) * 0.75;
}

/** The printed width of the visible columns at 100 %, in points. */
export function printedWidthPoints(columns: readonly ColumnSpec[], firstCol = 0, lastCol = Number.POSITIVE_INFINITY): number {
  return columns.filter((column) => !column.hidden && column.col >= firstCol && column.col <= lastCol).reduce((sum, column) => sum + columnPoints(column.width), 0);
}

/** The width inside the margins of an A4 page, in points. */
export function pageWidthPoints(orientation: 'portrait' | 'landscape', margins: PageMargins): number {
  const paper = orientation === 'landscape' ? A4_LONG_SIDE_INCHES : A4_SHORT_SIDE_INCHES;
  return (paper - margins.left - margins.right) * POINTS_PER_INCH;
}

/**
 * The whole-percent scale at which `widthPoints` fits the page width, never above 100. One percent is kept in
 * hand for the spreadsheet program's rounding of column widths.
 */
export function scaleToFit(widthPoints: number, orientation: 'portrait' | 'landscape', margins: PageMargins): number {
  if (widthPoints <= 0) return 100;
  return Math.min(100, Math.floor((100 * pageWidthPoints(orientation, margins)) / widthPoints) - 1);
}

/**
 * The last column of the first page when the visible columns print at `scale` %: the columns from the first that fit
 * the page width, one percent of it kept in hand as scaleToFit keeps it (never fewer than the first column).
 */
export function firstPageLastColumn(columns: readonly ColumnSpec[], scale: number, orientation: 'portrait' | 'landscape', margins: PageMargins): number {
  const room = (pageWidthPoints(orientation, margins) * (100 / (scale + 1)));
  let used = 0;
  let last = columns[0]?.col ?? 0;
  for (const column of columns) {
    if (column.hidden) continue;
    used += columnPoints(column.width);
    if (used > room) break;
    last = column.col;
  }
  return last;
}
