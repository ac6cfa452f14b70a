/**
 * Sheet layouts into a workbook loaded with ExcelJS, as the office-js adapter writes them into the open workbook:
 * a sheet taken by a name not listed to replace is refused before anything changes; a replaced sheet's place is
 * kept; "_meta" keeps the blocks of reporting sheets that stay and gets the new ones.
 */
import type ExcelJS from 'exceljs';
import { metadataBlocks, type SheetLayout, withKeptBlocks } from '../../../core/layout';
import { METADATA } from '../../../core/form';
import { readCellValue, renderSheet } from '../../../xlsx';
import { PortError, type SheetsToWrite } from '../workbookPort';

const lower = (name: string) => name.toLowerCase();

function metadataRowsOf(sheet: ExcelJS.Worksheet | undefined): unknown[][] {
  if (sheet === undefined) return [];
  const rows: unknown[][] = [];
  sheet.eachRow((row) => {
    rows.push([1, 2].map((col) => {
      const value = readCellValue(row.getCell(col).value);
      return value.type === 'empty' || value.type === 'error' ? null : value.value;
    }));
  });
  return rows;
}

/** The new _meta: the request's own blocks after those of reporting sheets that stay. */
function metadataToWrite(workbook: ExcelJS.Workbook, metadata: SheetLayout, leaving: ReadonlySet<string>): SheetLayout {
  const present = new Set(workbook.worksheets.map((sheet) => lower(sheet.name)));
  const kept = metadataBlocks(metadataRowsOf(workbook.getWorksheet(METADATA.sheetName))).filter((block) => {
    const name = block.sheet === null ? undefined : lower(block.sheet);
    return name !== undefined && present.has(name) && !leaving.has(name);
  });
  return withKeptBlocks(metadata, kept);
}

/** ExcelJS orders sheets by `orderNo`, which its type declarations leave out. */
type Ordered = ExcelJS.Worksheet & { orderNo: number };

async function replaceSheet(workbook: ExcelJS.Workbook, layout: SheetLayout): Promise<void> {
  const old = workbook.worksheets.find((sheet) => lower(sheet.name) === lower(layout.name)) as Ordered | undefined;
  const orderNo = old?.orderNo;
  if (old !== undefined) workbook.removeWorksheet(old.id);
  const added = (await renderSheet(workbook, layout)) as Ordered;
  // The new sheet takes the old one's place; new sheets go last.
  if (orderNo !== undefined) added.orderNo = orderNo;
}

/** The first visible sheet is the one shown when the file opens (a hidden active sheet would confuse Excel). */
function showFirstVisible(workbook: ExcelJS.Workbook, wanted: string | undefined): void {
  const visible = workbook.worksheets.filter((sheet) => sheet.state === 'visible');
  const index = Math.max(0, visible.findIndex((sheet) => sheet.name === wanted));
  const active = workbook.worksheets.indexOf(visible[index] ?? workbook.worksheets[0] as ExcelJS.Worksheet);
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: Math.max(0, active), visibility: 'visible' }];
}

export async function writeSheets(workbook: ExcelJS.Workbook, request: SheetsToWrite): Promise<string[]> {
  const replace = new Set(request.replace.map(lower));
  const present = new Set(workbook.worksheets.map((sheet) => lower(sheet.name)));
  const conflicts = request.sheets.filter((sheet) => present.has(lower(sheet.name)) && !replace.has(lower(sheet.name)));
  if (conflicts.length > 0) throw new PortError('pane.error.sheet_exists', { sheets: conflicts.map((sheet) => sheet.name).join('”“') });
  const leaving = new Set([...replace, ...request.sheets.map((sheet) => lower(sheet.name))]);
  const metadata = request.metadata === null ? null : metadataToWrite(workbook, request.metadata, leaving);
  for (const name of replace) {
    if (!request.sheets.some((sheet) => lower(sheet.name) === name)) {
      const old = workbook.worksheets.find((sheet) => lower(sheet.name) === name);
      if (old !== undefined) workbook.removeWorksheet(old.id);
    }
  }
  for (const layout of request.sheets) await replaceSheet(workbook, layout);
  if (metadata !== null) await replaceSheet(workbook, metadata);
  showFirstVisible(workbook, request.sheets[0]?.name);
  return [...request.sheets.map((sheet) => sheet.name), ...(metadata === null ? [] : [metadata.name])];
}
