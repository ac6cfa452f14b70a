import ExcelJS from 'exceljs';
import type { WorkbookLayout } from '../core/layout/types';
import { renderSheet } from './renderSheet';

export interface RenderOptions {
  creator?: string;
  /** Fixed for reproducible files (tests); now otherwise. */
  created?: Date;
}

/** The layout as an ExcelJS workbook: visible sheets in order, then the very hidden metadata sheet. */
export async function renderWorkbook(layout: WorkbookLayout, options: RenderOptions = {}): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = options.creator ?? 'plan-indicators';
  workbook.created = options.created ?? new Date();
  for (const sheet of layout.sheets) await renderSheet(workbook, sheet);
  await renderSheet(workbook, layout.metadata);
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  return workbook;
}

/** The layout as the bytes of an .xlsx file. */
export async function workbookBytes(layout: WorkbookLayout, options: RenderOptions = {}): Promise<Uint8Array> {
  const workbook = await renderWorkbook(layout, options);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
