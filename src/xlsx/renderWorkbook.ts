import type ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import type { SheetLayout, WorkbookLayout } from '../core/layout';
import { excelJs } from './excelJs';
import { renderSheet } from './renderSheet';
import { TOOL_OUTPUT_KEYWORD } from './toolOutput';
import { keepValidationBlocks } from './validationBlocks';
import { xlsxParts } from './xlsxParts';

export interface RenderOptions {
  creator?: string;
  /** Fixed for reproducible files (tests); now otherwise. */
  created?: Date;
  /** A workbook that is not a return (report, consolidation, annex): marked so that a later check skips it (toolOutput.ts). */
  toolOutput?: boolean;
}

/** Sheets in order into a new ExcelJS workbook (a report, an annex: no metadata sheet). */
export async function renderSheets(sheets: readonly SheetLayout[], options: RenderOptions = {}): Promise<ExcelJS.Workbook> {
  const workbook = new (excelJs().Workbook)();
  workbook.creator = options.creator ?? 'plan-indicators';
  workbook.created = options.created ?? new Date();
  workbook.modified = workbook.created;
  if (options.toolOutput === true) workbook.keywords = TOOL_OUTPUT_KEYWORD;
  for (const sheet of sheets) await renderSheet(workbook, sheet);
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  return workbook;
}

/** A reporting workbook: visible sheets in order, then the very hidden metadata sheet. */
export function renderWorkbook(layout: WorkbookLayout, options: RenderOptions = {}): Promise<ExcelJS.Workbook> {
  return renderSheets([...layout.sheets, layout.metadata], options);
}

/**
 * The bytes of an .xlsx file: ExcelJS's parts (xlsxParts, which writes links as Excel does: cellLinks.ts) zipped by
 * fflate, as the command line's larger files are (decision 0206), instead of ExcelJS's writeBuffer.
 */
export async function xlsxBytes(workbook: ExcelJS.Workbook, written?: Date): Promise<Uint8Array> {
  keepValidationBlocks(workbook);
  const parts: Record<string, Uint8Array> = {};
  await xlsxParts(workbook, (name, bytes) => {
    parts[name] = bytes;
  });
  // The zip's entries carry the time they are written (fflate: now) unless a fixed time is asked, for files whose
  // bytes must not depend on the clock (a test's corpus: the same seed, the same bytes).
  return zipSync(parts, written === undefined ? { level: 6 } : { level: 6, mtime: written });
}

export async function workbookBytes(layout: WorkbookLayout, options: RenderOptions = {}): Promise<Uint8Array> {
  return xlsxBytes(await renderWorkbook(layout, options), options.created);
}

export async function sheetsBytes(sheets: readonly SheetLayout[], options: RenderOptions = {}): Promise<Uint8Array> {
  return xlsxBytes(await renderSheets(sheets, options), options.created);
}
