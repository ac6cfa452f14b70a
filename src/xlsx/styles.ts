import type ExcelJS from 'exceljs';
import type { CellStyle } from '../core/layout';

/** '#C6EFCE' → { argb: 'FFC6EFCE' }. */
export function colour(hex: string): { argb: string } {
  return { argb: `FF${hex.replace(/^#/u, '').toUpperCase()}` };
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };

/** A layout style as ExcelJS's cell style. */
export function excelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  return {
    font: {
      name: style.font.name,
      size: style.font.size,
      bold: style.font.bold,
      underline: style.font.underline,
      color: colour(style.font.color),
    },
    ...(style.fill === null ? {} : { fill: { type: 'pattern', pattern: 'solid', fgColor: colour(style.fill) } }),
    ...(style.border === 'thin' ? { border: { top: THIN, left: THIN, bottom: THIN, right: THIN } } : {}),
    alignment: {
      horizontal: style.alignment.horizontal,
      vertical: style.alignment.vertical,
      wrapText: style.alignment.wrapText,
      indent: style.alignment.indent,
    },
    numFmt: style.numberFormat,
    protection: { locked: style.locked },
  };
}
