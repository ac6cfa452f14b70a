/**
 * Browser mode's workbook: an .xlsx held in memory as an ExcelJS workbook, read and written through src/xlsx.
 * This module (and ExcelJS with it) is loaded on first use, so the pane's first screen does not wait for it.
 */
import type ExcelJS from 'exceljs';
import type { Finding } from '../../../core/checks';
import type { Locale } from '../../../core/i18n';
import type { ReturnSheet } from '../../../core/returns';
import { annotatedKeywords, DEFAULT_LIMITS, fileProblem, guardWorkbookBytes, loadWorkbook, readReturnSheets, ReturnFileError, writeReviewNotes, xlsxBytes } from '../../../xlsx';
import ExcelJSModule from 'exceljs';
import { PortError, type SettingValue, type SheetsToWrite } from '../workbookPort';
import { loadSetting, saveSetting } from './settingsSheet';
import { typedValue } from './typedValue';
import { writeSheets } from './writeSheets';

/** The bytes as a workbook, through the same guard as the command line (size, format, zip bomb). */
async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const problem = await guardWorkbookBytes(bytes, DEFAULT_LIMITS);
  if (problem !== null) throw new ReturnFileError(problem);
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) throw new ReturnFileError(fileProblem('file.corrupt', `ExcelJS: ${loaded.detail}`));
  // An annotated copy is the reviewer's document, not a return to fill or review (decision 0279).
  if (annotatedKeywords(loaded.workbook.keywords ?? '')) throw new ReturnFileError(fileProblem('file.annotated_copy', 'keywords: plan-indicators:annotated'));
  return loaded.workbook;
}

export class WorkbookFile {
  private constructor(private workbook: ExcelJS.Workbook) {}

  static async open(bytes: Uint8Array): Promise<WorkbookFile> {
    return new WorkbookFile(await load(bytes));
  }

  static empty(): WorkbookFile {
    const workbook = new ExcelJSModule.Workbook();
    workbook.creator = 'plan-indicators';
    return new WorkbookFile(workbook);
  }

  returns(): ReturnSheet[] {
    return readReturnSheets(this.workbook);
  }

  sheetNames(): string[] {
    return this.workbook.worksheets.filter((sheet) => sheet.state === 'visible').map((sheet) => sheet.name);
  }

  writeSheets(request: SheetsToWrite): Promise<string[]> {
    return writeSheets(this.workbook, request);
  }

  /** Text stays text: ExcelJS writes a string as a string, never as a formula. */
  writeText(sheet: string, cell: string, text: string): void {
    this.cell(sheet, cell).value = text === '' ? null : text;
  }

  writeValue(sheet: string, cell: string, text: string): void {
    this.cell(sheet, cell).value = typedValue(text);
  }

  /**
   * The review's notes on their cells, as in Excel, and nothing else: the workbook stays the return the county sent
   * (formulas, colours, formats), so checked again it gives the same verdict. Every reporting sheet is refreshed.
   */
  async annotate(findings: Finding[], locale: Locale): Promise<void> {
    writeReviewNotes(this.workbook, findings, locale, this.returns().map((sheet) => sheet.sheet));
  }

  loadSetting(key: string): SettingValue {
    return loadSetting(this.workbook, key);
  }

  saveSetting(key: string, value: SettingValue): void {
    saveSetting(this.workbook, key, value);
  }

  bytes(): Promise<Uint8Array> {
    return xlsxBytes(this.workbook);
  }

  private cell(sheet: string, address: string): ExcelJS.Cell {
    const worksheet = this.workbook.getWorksheet(sheet);
    if (worksheet === undefined) throw new PortError('pane.error.sheet_missing', { sheet });
    return worksheet.getCell(address);
  }
}
