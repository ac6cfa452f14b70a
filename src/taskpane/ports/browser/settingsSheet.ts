/**
 * Workbook settings in browser mode. Excel keeps an add-in's settings in Workbook.settings, which ExcelJS can
 * neither read nor write; here they live in a very hidden sheet "_pane", one row per key: the key in column A,
 * its JSON in B, C, … cut into pieces under Excel's 32 767 characters per cell (an imported catalog is larger).
 * The reporting sheets' readers ignore it: it has no reporting table. docs/decisions/0004 says why.
 */
import type ExcelJS from 'exceljs';
import type { SettingValue } from '../workbookPort';

export const SETTINGS_SHEET = '_pane';
const PIECE = 30_000;

function textOf(value: ExcelJS.CellValue | undefined): string {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object' && 'richText' in value) return value.richText.map((run) => run.text).join('');
  return '';
}

function rowOf(sheet: ExcelJS.Worksheet, key: string): ExcelJS.Row | undefined {
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (textOf(row.getCell(1).value) === key) return row;
  }
  return undefined;
}

export function loadSetting(workbook: ExcelJS.Workbook, key: string): SettingValue {
  const sheet = workbook.getWorksheet(SETTINGS_SHEET);
  const row = sheet === undefined ? undefined : rowOf(sheet, key);
  if (row === undefined) return null;
  let json = '';
  for (let c = 2; c <= row.cellCount; c++) json += textOf(row.getCell(c).value);
  try {
    return JSON.parse(json) as SettingValue;
  } catch {
    // A hand-edited or truncated value reads as never saved rather than stopping the pane.
    return null;
  }
}

export function saveSetting(workbook: ExcelJS.Workbook, key: string, value: SettingValue): void {
  const sheet = workbook.getWorksheet(SETTINGS_SHEET) ?? workbook.addWorksheet(SETTINGS_SHEET, { state: 'veryHidden' });
  const row = rowOf(sheet, key) ?? sheet.getRow(sheet.rowCount + 1);
  const json = JSON.stringify(value);
  const pieces = json.length === 0 ? [''] : Array.from({ length: Math.ceil(json.length / PIECE) }, (_, i) => json.slice(i * PIECE, (i + 1) * PIECE));
  const previous = row.cellCount;
  row.getCell(1).value = key;
  pieces.forEach((piece, i) => {
    row.getCell(i + 2).value = piece;
  });
  for (let c = pieces.length + 2; c <= previous; c++) row.getCell(c).value = null;
  row.commit();
}
