import type ExcelJS from 'exceljs';
import { isPercentFormat } from '../core/checks';
import { formatNumber } from '../core/i18n';
import { scaleByPowerOfTen } from '../core/units';

/** The number a cell holds, typed or a formula's cached result; undefined for anything else. */
function numberIn(value: ExcelJS.CellValue): number | undefined {
  if (typeof value === 'number') return value;
  if (value !== null && typeof value === 'object' && 'result' in value && typeof value.result === 'number') return value.result;
  return undefined;
}

/**
 * A cell's text as Excel shows it. ExcelJS's `text` ignores the number format; a percent format is the one that
 * changes the figure a person reads (0.735 under 0.0% shows 73.5%), and a plan's share typed that way must not
 * come in as 0.735 in a row of %.
 */
function shownText(cell: ExcelJS.Cell): string {
  const number = numberIn(cell.value);
  if (number !== undefined && isPercentFormat(cell.numFmt)) return `${formatNumber(scaleByPowerOfTen(number, 2))}%`;
  return cell.text;
}

/**
 * A worksheet as text, rows × columns, as a person reads it: each cell's displayed text, a merged cell's text in
 * every position it covers (ExcelJS gives a merged cell the master's value).
 */
export function sheetCells(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const texts: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      // A merged cell shows its master's text: ExcelJS gives the other cells the master's value, but words a rich
      // text there as [object Object] (a title or note with mixed fonts, as LibreOffice saves it).
      const cell = row.getCell(c);
      texts.push(cell.value === null || cell.value === undefined ? '' : shownText(cell.isMerged ? cell.master : cell));
    }
    rows.push(texts);
  }
  return rows;
}
