/**
 * Returns as people make them: a template generated for a real plan, opened in a spreadsheet program (ExcelJS
 * here), typed into, saved; then read back and checked. Cell addresses are found from the generated layout
 * (the id column and the year headers of core's reportingSheetMap), never from the reader under test.
 */
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { LoadedCatalog } from '../../../src/core/catalog/index';
import { buildCheckContext, checkReturn, type CheckReport } from '../../../src/core/checks/index';
import { reportingSheetMap, reportingWorkbookLayout, rowIdsOf, type ReportingSheetMap, type SheetLayout, type WorkbookLayout } from '../../../src/core/layout/index';
import { a1 } from '../../../src/core/form/index';
import type { ReturnSheet } from '../../../src/core/returns/index';
import { readReturnWorkbook, type WorkbookRead } from '../../../src/xlsx/readReturnWorkbook';
import { workbookBytes } from '../../../src/xlsx/renderWorkbook';

export { planOf, realCatalog } from '../catalog';
import { planOf, realCatalog } from '../catalog';
import { placeA1 } from '../../../src/core/form/index';

export const YUECHENG = 'yuecheng-2021-2025';
export const SHENGZHOU = 'shengzhou-116x-2024-2030';

export interface Template {
  bytes: Uint8Array;
  layout: WorkbookLayout;
  sheet: SheetLayout;
  map: ReportingSheetMap;
  /** Row ids in sheet order, as generated. */
  rowIds: string[];
}

/** The reporting workbook of one plan for its own region, as the generator writes it. */
export async function template(planId: string, reportingYear: number, catalog: LoadedCatalog = realCatalog()): Promise<Template> {
  const plan = planOf(planId, catalog);
  const layout = reportingWorkbookLayout({ plans: [plan], region: plan.plan.region, reportingYear, merge: false, catalogVersion: catalog.version });
  const sheet = layout.sheets[0] as SheetLayout;
  const bytes = await workbookBytes(layout, { created: new Date('2025-01-15T00:00:00Z') });
  return { bytes, layout, sheet, map: reportingSheetMap(sheet), rowIds: rowIdsOf(sheet) };
}

/** Where things are on the generated sheet, by indicator id (0-based positions → A1). */
export class Cells {
  constructor(private readonly tpl: Template) {}

  row(id: string): number {
    const index = this.tpl.rowIds.indexOf(id);
    if (index < 0) throw new Error(`no row ${id}`);
    return this.tpl.map.firstDataRow + index;
  }

  actual(id: string, year: number): string {
    const col = this.tpl.map.columns.actuals[year];
    if (col === undefined) throw new Error(`no actual column for ${year}`);
    return a1(this.row(id), col);
  }

  explanation(id: string): string {
    return a1(this.row(id), this.tpl.map.columns.explanation);
  }

  id(id: string): string {
    return a1(this.row(id), this.tpl.map.columns.id);
  }

  name(id: string): string {
    return a1(this.row(id), this.tpl.map.columns.name);
  }

  /** '12:12', as findings name a row. */
  rowRef(id: string): string {
    return `${this.row(id) + 1}:${this.row(id) + 1}`;
  }
}

/** Opens the bytes in ExcelJS, lets `edit` type into the reporting sheet, saves. */
export async function edit(bytes: Uint8Array, change: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void, sheetName = '指标填报'): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const sheet = workbook.getWorksheet(sheetName);
  if (sheet === undefined) throw new Error(`no sheet ${sheetName}`);
  change(sheet, workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** What Excel stores when '3.5%' is typed: the fraction, with a percent format (a fresh style: ExcelJS shares them). */
export function typePercent(cell: ExcelJS.Cell, fraction: number, format = '0.0%'): void {
  cell.value = fraction;
  cell.style = { ...cell.style, numFmt: format };
}

export async function readOk(bytes: Uint8Array): Promise<ReturnSheet[]> {
  const read: WorkbookRead = await readReturnWorkbook(bytes);
  if (!read.ok) throw new Error(`unreadable: ${read.problem.code} ${read.problem.detail}`);
  return read.sheets;
}

/** The sheets of a return file a command wrote (readOk of its bytes). */
export function readOkFile(file: string): Promise<ReturnSheet[]> {
  return readOk(new Uint8Array(fs.readFileSync(file)));
}

/** Checks a sheet read back against the real catalog, expecting the rows its metadata lists. */
export function checkSheet(sheet: ReturnSheet, catalog: LoadedCatalog = realCatalog()): CheckReport {
  const expected = sheet.metadata?.rowIds ?? [];
  return checkReturn(sheet, buildCheckContext(sheet, catalog.catalog.plans, expected));
}

/** Findings as a person scans them: rule, cell, severity (and the code, to tell variants apart). */
export function summary(report: CheckReport): Array<[string, string | null, string, string]> {
  return report.findings.map((finding) => [finding.ruleId, finding.ref && placeA1(finding.ref), finding.severity, finding.code]);
}
