import type ExcelJS from 'exceljs';

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
      const cell = row.getCell(c);
      texts.push(cell.value === null || cell.value === undefined ? '' : cell.text);
    }
    rows.push(texts);
  }
  return rows;
}
