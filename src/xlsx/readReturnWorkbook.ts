/**
 * A filled return (.xlsx bytes) read back as ReturnSheets for the checks. The file is guarded before ExcelJS
 * sees it (size, format, zip bomb, sheet size); then its sheets go to core's reader as grids: each reporting
 * sheet is found through the metadata (or, lacking it, by its look), its table located from the header texts
 * and its rows read by their ids.
 * Never throws on what the file holds: a file that cannot be read is a FileProblem, a form that was
 * altered is a ReaderObservation the checks turn into findings.
 */
import type ExcelJS from 'exceljs';
import { readReturnGrids, type ReturnSheet } from '../core/returns';
import { DEFAULT_LIMITS, fileProblem, type FileProblem, type ReadLimits } from './fileProblem';
import { guardWorkbookBytes } from './guard/guardWorkbookBytes';
import { loadWorkbook } from './loadWorkbook';
import { workbookGrids } from './read/sheetGrid';

export { DEFAULT_LIMITS, type FileProblem, type FileProblemCode, type ReadLimits } from './fileProblem';

export type WorkbookRead = { ok: true; sheets: ReturnSheet[] } | { ok: false; problem: FileProblem };

/**
 * The reporting sheets of a loaded workbook, read by core's reader (the one the task pane uses in Excel), in
 * workbook order; then, for each sheet the metadata names that is gone, a sheet without rows under its generated
 * name, observed as missing.
 */
export function readReturnSheets(workbook: ExcelJS.Workbook): ReturnSheet[] {
  return readReturnGrids(workbookGrids(workbook));
}

export async function readReturnWorkbook(bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): Promise<WorkbookRead> {
  try {
    const problem = await guardWorkbookBytes(bytes, limits);
    if (problem !== null) return { ok: false, problem };
    const loaded = await loadWorkbook(bytes);
    if (!loaded.ok) return { ok: false, problem: fileProblem('file.corrupt', `ExcelJS: ${loaded.detail}`) };
    const sheets = readReturnSheets(loaded.workbook);
    if (sheets.length === 0) {
      const names = loaded.workbook.worksheets.map((sheet) => sheet.name).join(', ');
      return { ok: false, problem: fileProblem('file.no_reporting_sheet', `sheets: ${names}`) };
    }
    return { ok: true, sheets };
  } catch (error) {
    // A reader bug must not stop a batch: the file is reported as unreadable with what went wrong.
    return { ok: false, problem: fileProblem('file.corrupt', `unexpected: ${error instanceof Error ? error.message : String(error)}`) };
  }
}
