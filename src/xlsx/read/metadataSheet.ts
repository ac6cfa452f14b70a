/**
 * The very hidden "_meta" sheet of a return: the generator's record of plans, region, year and row ids, one
 * block per reporting sheet. Parsed by core (readMetadataBlocks); this only hands it the cells.
 */
import type ExcelJS from 'exceljs';
import { METADATA, readMetadataBlocks, type MetadataCell, type MetadataReadResult } from '../../core/layout';
import { readCellValue } from '../cellValue';

export type MetadataSheet = { present: false } | { present: true; blocks: MetadataReadResult[] };

export function isMetadataSheet(sheet: ExcelJS.Worksheet): boolean {
  return sheet.name === METADATA.sheetName;
}

export function readMetadataSheet(workbook: ExcelJS.Workbook): MetadataSheet {
  const sheet = workbook.worksheets.find(isMetadataSheet);
  if (sheet === undefined) return { present: false };
  const rows: MetadataCell[][] = [];
  sheet.eachRow((row) => {
    rows.push([readCellValue(row.getCell(1).value), readCellValue(row.getCell(2).value)]);
  });
  return { present: true, blocks: readMetadataBlocks(rows) };
}
