import type ExcelJS from 'exceljs';
import { keepConditionalNumberFormats } from './conditionalNumberFormats';
import { excelJs } from './excelJs';

export type LoadedWorkbook = { ok: true; workbook: ExcelJS.Workbook } | { ok: false; detail: string };

/**
 * Bytes (already through the guard) into an ExcelJS workbook. Only `xlsx.load` is used: it runs in Node and,
 * with ExcelJS's browser build, in the task pane. A file ExcelJS cannot parse is reported, never thrown.
 */
export async function loadWorkbook(bytes: Uint8Array): Promise<LoadedWorkbook> {
  const workbook = new (excelJs().Workbook)();
  try {
    // ExcelJS declares Node's Buffer; JSZip underneath takes any Uint8Array, which is also what browsers have.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    keepConditionalNumberFormats(workbook);
    return { ok: true, workbook };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}
