/**
 * The very hidden "_meta" sheet of a file, parsed by core (the same reading as in Excel).
 */
import type ExcelJS from 'exceljs';
import { readMetadataGrid, type MetadataSheet } from '../../core/returns';
import { isMetadataSheet, sheetGrid } from './sheetGrid';

export type { MetadataSheet } from '../../core/returns';

export function readMetadataSheet(workbook: ExcelJS.Workbook): MetadataSheet {
  const sheet = workbook.worksheets.find(isMetadataSheet);
  return readMetadataGrid(sheet === undefined ? null : sheetGrid(sheet));
}
