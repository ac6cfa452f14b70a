/**
 * A filled return (.xlsx bytes) read back as ReturnSheets for the checks, in one pass over its zip
 * (read/readWorkbookPackage: bounds, then the sheets' XML streamed, without ExcelJS's workbook model); its sheets
 * go to core's reader as grids, with the facts of the package (dangerous parts and formulas, hidden sheets, rows
 * and columns, formats, validations, protection). Never throws on what the file holds: a file that cannot be read
 * is a FileProblem, a form that was altered is a ReaderObservation the checks turn into findings.
 */
import type ExcelJS from 'exceljs';
import { readReturnGrids, type ReturnSheet } from '../core/returns';
import { DEFAULT_LIMITS, fileProblem, type FileProblem, type ReadLimits } from './fileProblem';
import { readWorkbookPackage } from './read/readWorkbookPackage';
import { workbookGrids } from './read/sheetGrid';

export { DEFAULT_LIMITS, type FileProblem, type FileProblemCode, type ReadLimits } from './fileProblem';

export type WorkbookRead = { ok: true; sheets: ReturnSheet[] } | { ok: false; problem: FileProblem };

/**
 * The reporting sheets of a workbook built or loaded with ExcelJS (a return being filled or written, never one
 * being checked), read by core's reader.
 */
export function readReturnSheets(workbook: ExcelJS.Workbook): ReturnSheet[] {
  return readReturnGrids(workbookGrids(workbook));
}

export function readReturnWorkbook(bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): Promise<WorkbookRead> {
  try {
    const read = readWorkbookPackage(bytes, limits);
    if (!read.ok) return Promise.resolve(read);
    const sheets = readReturnGrids(read.workbook.grids, { facts: read.workbook.facts });
    if (sheets.length === 0) {
      return Promise.resolve({ ok: false, problem: fileProblem('file.no_reporting_sheet', `sheets: ${read.workbook.grids.sheetNames.join(', ')}`) });
    }
    if (read.workbook.unopened !== null) return Promise.resolve({ ok: false, problem: read.workbook.unopened });
    return Promise.resolve({ ok: true, sheets });
  } catch (error) {
    // A reader bug must not stop a batch: the file is reported as unreadable with what went wrong.
    return Promise.resolve({ ok: false, problem: fileProblem('file.corrupt', `unexpected: ${error instanceof Error ? error.message : String(error)}`) });
  }
}

/** Null when the bytes are a return the reader can read (annotate and regenerate ask before ExcelJS loads them). */
export function guardWorkbookBytes(bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): Promise<FileProblem | null> {
  const read = readWorkbookPackage(bytes, limits);
  return Promise.resolve(read.ok ? null : read.problem);
}
