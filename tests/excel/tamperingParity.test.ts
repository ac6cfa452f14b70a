/**
 * The task pane checks a return in Excel with the office-js reader; the command line checks the file with the
 * ExcelJS reader. Both hand their cells to one reader in core, so a damaged return must fail the same way in
 * both: every tampering case of tests/hardening (a target edited, the frame edited, 已达标 typed over the status
 * formula, the sheet copied, a reporting sheet deleted, _meta edited…) is made on the file, the file is opened
 * in the fake Excel, and the two readers must give the same ReturnSheets and, through checkAgainstCatalog, the same
 * findings — still in three round trips.
 */
import ExcelJS from 'exceljs';
import { checkAgainstCatalog, type Finding } from '../../src/core/checks';
import type { ReturnSheet } from '../../src/core/returns';
import { readReturnSheetsReport } from '../../src/excel';
import { readReturnWorkbook } from '../../src/xlsx/readReturnWorkbook';
import { edit, filledReturn, formsOf, realCatalog, type Form } from '../support/hardening/damagedReturns';
import { CASES } from '../support/hardening/tamperingCases';
import { fakeOf } from '../support/excel/fromWorkbook';
import { EVERYTHING } from '../support/excel/measureWrite';
import { placeA1 } from '../../src/core/form';
import { expectEqual } from '../support/equalOrExpect';

async function workbookOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

interface BothReads {
  file: ReturnSheet[];
  excel: ReturnSheet[];
  syncs: number;
}

/** `value` with every `note` property left out, at any depth (plain objects and arrays). */
function withoutNotes<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => withoutNotes(item)) as T;
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'note').map(([key, item]) => [key, withoutNotes(item)])) as T;
}

/** The same workbook read as a file (the command line) and open in Excel (the task pane). */
async function readBoth(bytes: Uint8Array): Promise<BothReads> {
  const read = await readReturnWorkbook(bytes);
  if (!read.ok) throw new Error(read.problem.detail);
  const report = await readReturnSheetsReport(fakeOf(await workbookOf(bytes)).context, { isSupported: EVERYTHING });
  // What the file says beyond its cells (formats, protection, hidden rows: `facts`), its cover sheet and its notes
  // (office-js reads notes only from ExcelApi 1.18; the pane's reader does not) are read from the file only; Excel's
  // own view of those is not compared here.
  const file = read.sheets.map(({ facts: _facts, cover: _cover, ...sheet }) => withoutNotes(sheet));
  return { file, excel: report.sheets, syncs: report.syncs };
}

/** Types beside a foot label, in the first cell after the label's merged cells, as a person clicking there does. */
function typeFooter(sheet: ExcelJS.Worksheet, label: string, value: ExcelJS.CellValue, numFmt?: string): void {
  sheet.eachRow((row) => row.eachCell((cell) => {
    if (cell.value !== label || cell.master.address !== cell.address) return;
    let col = Number(cell.col) + 1;
    while (row.getCell(col).isMerged && row.getCell(col).master.address === cell.address) col++;
    row.getCell(col).value = value;
    if (numFmt !== undefined) row.getCell(col).style = { ...row.getCell(col).style, numFmt };
  }));
}

const findingsOf = (sheets: readonly ReturnSheet[]): Finding[] => sheets.flatMap((sheet) => checkAgainstCatalog(sheet, realCatalog()).report.findings);
const seen = (finding: Finding) => ({ code: finding.code, sheet: finding.sheet, cell: finding.ref && placeA1(finding.ref) });

describe('the office-js reader finds what the file reader finds', () => {
  it('in a return nobody damaged: the same sheets, rows, printed cells and foot, and nothing to report', async () => {
    const forms = formsOf(true);
    const bytes = await edit(await filledReturn(true), (sheet) => {
      typeFooter(sheet, '填表人：', '张三');
      typeFooter(sheet, '联系电话：', 88123456);
      typeFooter(sheet, '报出日期：', new Date(Date.UTC(2026, 0, 15)), 'yyyy-mm-dd');
    }, forms[0]?.name);
    const both = await readBoth(bytes);
    expectEqual(both.excel, both.file);
    expect(both.excel.map((sheet) => sheet.printed === undefined)).toEqual([false, false]);
    expect(both.excel[0]?.footer?.map((entry) => [entry.label, entry.entry.value])).toEqual([
      ['填表人：', { type: 'text', value: '张三' }],
      ['联系电话：', { type: 'number', value: 88123456 }],
      ['报出日期：', { type: 'date', value: '2026-01-15T00:00:00.000Z' }],
    ]);
    expect(findingsOf(both.excel)).toEqual([]);
    expect(both.syncs).toBe(3);
  });

  it.each(CASES.map((c) => [c.title, c] as const))('%s', async (_title, c) => {
    const forms = formsOf(c.withProvincialPlan ?? false);
    const form = forms[0] as Form;
    const bytes = await edit(await filledReturn(c.withProvincialPlan ?? false), (sheet, workbook) => c.tamper(sheet, workbook, forms), form.name);
    const both = await readBoth(bytes);
    expectEqual(both.excel, both.file);
    const findings = findingsOf(both.excel);
    expectEqual(findings, findingsOf(both.file));
    for (const wanted of c.expected(form, forms)) {
      const match = { code: wanted.code, sheet: wanted.sheet ?? form.name, ...(wanted.cell === undefined ? {} : { cell: wanted.cell }) };
      expect(findings.map(seen)).toContainEqual(expect.objectContaining(match));
    }
    expect(both.syncs).toBe(3);
  });
});
