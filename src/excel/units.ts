/**
 * Sizes. Layouts give widths in Excel character units, the number stored in the file's <col width> (ExcelJS
 * writes it as it is); office-js sets Range.format.columnWidth in points (office-js issue #187: "The unit of
 * measure for columnWidth is points"; #3036: 40 → 53 px). The file's width is in widths of the digit 0 of the
 * default font, padding included (ECMA-376 §18.3.1.13): 7 px for Calibri 11 and 等线 11, Excel's defaults; a
 * pixel is 0.75 pt at 96 dpi.
 */
const DIGIT_PX = 7;
const POINTS_PER_PX = 0.75;
const POINTS_PER_INCH = 72;

/** Character units → points, rounded to whole pixels as Excel does. */
export function columnWidthPoints(characters: number): number {
  return Math.round(characters * DIGIT_PX) * POINTS_PER_PX;
}

export function inchesToPoints(inches: number): number {
  return Math.round(inches * POINTS_PER_INCH * 100) / 100;
}
