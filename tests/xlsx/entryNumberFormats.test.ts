/**
 * The entry cells of a generated form show numbers as the plan prints them (issue 16): the file written holds, on
 * every year's 实绩 cell of a row, the number format of the plan's printed decimals — read back here with ExcelJS as
 * a spreadsheet program reads it. What a person types stays what they typed; a format they chose survives
 * regenerating the form.
 */
import ExcelJS from 'exceljs';
import { a1, companionRowId } from '../../src/core/form';
import { reportingSheetMap, reportingWorkbookLayout, rowIdsOf, type SheetLayout } from '../../src/core/layout';
import { regenerateReturn } from '../../src/xlsx/regenerateReturn';
import { workbookBytes } from '../../src/xlsx/renderWorkbook';
import { Cells, checkSheet, edit, planOf, readOk, realCatalog, template, YUECHENG, type Template } from '../support/xlsx/filledReturns';

const Y = (name: string) => `${YUECHENG}.${name}`;
const YEARS = [2021, 2022, 2023, 2024];

let tpl: Template;
let at: Cells;

async function worksheetOf(bytes: Uint8Array, name = '指标填报'): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const sheet = workbook.getWorksheet(name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The number format of each year's entry cell of `id`, as the file holds it ('General' where it holds none). */
function formatsOf(sheet: ExcelJS.Worksheet, id: string): string[] {
  return YEARS.map((year) => sheet.getCell(at.actual(id, year)).numFmt || 'General');
}

beforeAll(async () => {
  tpl = await template(YUECHENG, 2024);
  at = new Cells(tpl);
});

describe('the entry cells of a generated form', () => {
  it('every year of a row shows the decimals the plan prints for it', async () => {
    const sheet = await worksheetOf(tpl.bytes);
    const expected: Array<[string, string]> = [
      // 1.97% | 2.84% | 3.39% | 2.4（预计） | 3.5
      [Y('rd-gdp-share'), '0.00'],
      // — | 3.0
      [Y('industrial-rd-revenue-share'), '0.0'],
      // 344 | 650 家
      [Y('hightech-enterprises'), '0'],
      // 14 | 20 亿元
      [Y('tech-market-turnover'), '0'],
      // 74.65人年 | — | 185
      [Y('rd-personnel-per-10k-employed'), '0.00'],
      // 固定资产投资增速, the quantity a relative target is compared with: a % the plan prints no figure of.
      [companionRowId(Y('hightech-industry-investment-growth')), '0.00'],
    ];
    for (const [id, format] of expected) expect([id, formatsOf(sheet, id)]).toEqual([id, YEARS.map(() => format)]);
  });

  it('a 是/否 row keeps the General format, and no entry cell is a text cell', async () => {
    const sheet = await worksheetOf(tpl.bytes);
    expect(formatsOf(sheet, Y('enterprise-rd-institution-coverage'))).toEqual(YEARS.map(() => 'General'));
    const text = tpl.rowIds.flatMap((id) => YEARS.map((year) => at.actual(id, year)).filter((ref) => sheet.getCell(ref).numFmt === '@'));
    expect(text).toEqual([]);
  });

  it('a county’s form of a provincial plan shows a count in 万家 with the four decimals of a whole count', async () => {
    const province = planOf('zj-hightech-industry-2021-2025');
    const layout = reportingWorkbookLayout({ plans: [province], region: { name: '绍兴市越城区', code: '330602' }, reportingYear: 2024, merge: false, catalogVersion: realCatalog().version });
    const sheet = await worksheetOf(await workbookBytes(layout, { created: new Date('2025-01-15T00:00:00Z') }));
    const form = layout.sheets[0] as SheetLayout;
    const map = reportingSheetMap(form);
    const row = map.firstDataRow + rowIdsOf(form).indexOf('zj-hightech-industry-2021-2025.hightech-enterprises');
    expect(row).toBeGreaterThanOrEqual(map.firstDataRow);
    const formats = new Set(Object.values(map.columns.actuals).map((col) => sheet.getCell(a1(row, col)).numFmt || 'General'));
    expect([...formats]).toEqual(['0.0000']);
  });

  it('a typed 2.345 on a row printed with two decimals is stored as typed and read back without a finding about its format', async () => {
    const typed = await edit(tpl.bytes, (sheet) => {
      sheet.getCell(at.actual(Y('rd-gdp-share'), 2024)).value = 2.345;
      sheet.getCell(at.actual(Y('industrial-rd-revenue-share'), 2024)).value = 2.345;
    });
    const [read] = await readOk(typed);
    const row = (id: string) => read?.rows.find((candidate) => candidate.indicatorId === id)?.actuals[2024];
    expect(row(Y('rd-gdp-share'))).toMatchObject({ value: { type: 'number', value: 2.345 }, numberFormat: '0.00' });
    expect(row(Y('industrial-rd-revenue-share'))).toMatchObject({ value: { type: 'number', value: 2.345 }, numberFormat: '0.0' });
    const report = checkSheet(read as NonNullable<typeof read>);
    expect(report.findings.filter((finding) => finding.code === 'form.number_format_changed')).toEqual([]);
  });
});

describe('regenerating a form', () => {
  it('keeps a format a person chose and gives the others the form’s own, with every value as typed', async () => {
    const typed = await edit(tpl.bytes, (sheet) => {
      const own = sheet.getCell(at.actual(Y('industrial-rd-revenue-share'), 2023));
      own.value = 2.345;
      // A fresh style: ExcelJS shares one among cells rendered with the same layout style.
      own.style = { ...own.style, numFmt: '0.000' };
      sheet.getCell(at.actual(Y('industrial-rd-revenue-share'), 2024)).value = 2.5;
      sheet.getCell(at.actual(Y('hightech-enterprises'), 2024)).value = 512;
    });
    const regenerated = await regenerateReturn(typed, realCatalog());
    const sheet = await worksheetOf(regenerated.bytes);
    expect(formatsOf(sheet, Y('industrial-rd-revenue-share'))).toEqual(['0.0', '0.0', '0.000', '0.0']);
    expect(formatsOf(sheet, Y('hightech-enterprises'))).toEqual(YEARS.map(() => '0'));
    expect([2023, 2024].map((year) => sheet.getCell(at.actual(Y('industrial-rd-revenue-share'), year)).value)).toEqual([2.345, 2.5]);
    expect(sheet.getCell(at.actual(Y('hightech-enterprises'), 2024)).value).toBe(512);
  });
});
