/**
 * The ExcelPort is glue: each call one Excel.run around the office-js adapter. Run here on the adapter's
 * recording fake of Excel (tests/support/excel), with Excel.run handing it the fake's context.
 */
import { reportingSheetMap, rowIdsOf, shownText, type SheetLayout } from '../../../src/core/layout';
import { parseRange } from '../../../src/core/form';
import type { ReturnSheet } from '../../../src/core/returns';
import { readReturnSheets, type SupportCheck } from '../../../src/excel';
import { reportingUpdate, type ReportingChoice } from '../../../src/taskpane/model/reportingUpdate';
import { ExcelPort, type ExcelRun } from '../../../src/taskpane/ports/excelPort';
import { PortError } from '../../../src/taskpane/ports/workbookPort';
import { FakeExcel } from '../../support/excel/fakeExcel';
import { typeInto } from '../../support/excel/fakeModel';
import { reportingWorkbookOf } from '../../support/excel/layouts';
import { EVERYTHING, OFFICE_2019 } from '../../support/excel/measureWrite';
import { testCatalog } from '../../support/taskpane/services';
import { templateWorkbookLayout } from '../../../src/core/documents';

function portOn(excel: FakeExcel, isSupported: SupportCheck = EVERYTHING) {
  let runs = 0;
  const run: ExcelRun = (batch) => {
    runs += 1;
    return batch(excel.context);
  };
  return { port: new ExcelPort({ run, isSupported }), runs: () => runs };
}

describe('ExcelPort', () => {
  it('writes reporting sheets into the open workbook in one Excel.run and reads them back', async () => {
    const excel = new FakeExcel();
    excel.workbook.addSheet('Sheet1');
    const { port, runs } = portOn(excel);
    const layout = reportingWorkbookOf(12);
    const outcome = await port.writeSheets({ sheets: layout.sheets, metadata: layout.metadata, replace: [] });
    expect(runs()).toBe(1);
    expect(outcome.sheets).toEqual([...layout.sheets.map((sheet) => sheet.name), '_meta']);
    const read = await port.readReturns('all');
    expect(read.map((sheet) => [sheet.sheet, sheet.rows.map((row) => row.indicatorId)])).toEqual([[layout.sheets[0]?.name, rowIdsOf(layout.sheets[0] as SheetLayout)]]);
    expect(await port.sheetNames()).toEqual(['Sheet1', layout.sheets[0]?.name]);
  });

  it('writes sheets that are no reporting sheets without losing the _meta blocks of those that are', async () => {
    const excel = new FakeExcel();
    excel.workbook.addSheet('Sheet1');
    const { port } = portOn(excel);
    const layout = reportingWorkbookOf(5);
    await port.writeSheets({ sheets: layout.sheets, metadata: layout.metadata, replace: [] });
    const other = { ...(layout.sheets[0] as (typeof layout.sheets)[number]), name: '附表1', validations: [], conditionalFormats: [], protection: null };
    await port.writeSheets({ sheets: [other], metadata: null, replace: [] });
    const sheets = await readReturnSheets(excel.context, { isSupported: EVERYTHING });
    expect(sheets.find((sheet) => sheet.sheet === layout.sheets[0]?.name)?.metadata?.rowIds).toEqual(rowIdsOf(layout.sheets[0] as SheetLayout));
  });

  it('on Excel 2019 (ExcelApi 1.7) refuses to write and says which features are missing', async () => {
    const { port } = portOn(new FakeExcel(), OFFICE_2019);
    expect(port.capabilities.writeSheets).toBe(false);
    expect(port.capabilities.missing[0]).toBe('excel.requirement.data_validation');
    const layout = reportingWorkbookOf(3);
    await expect(port.writeSheets({ sheets: layout.sheets, metadata: layout.metadata, replace: [] })).rejects.toBeInstanceOf(PortError);
  });

  it('on Office 2016 (ExcelApi 1.1) reads the return, goes to a finding\'s cell and reads a selected table, asking for nothing 1.1 lacks', async () => {
    const excel = new FakeExcel();
    excel.workbook.addSheet('Sheet1');
    const layout = reportingWorkbookOf(12);
    await portOn(excel).port.writeSheets({ sheets: layout.sheets, metadata: layout.metadata, replace: [] });
    // What the checks read, the same; merges (1.13) and protection (1.2) unknown, which no finding is made of.
    const read = (sheets: ReturnSheet[]) => sheets.map(({ grid, ...sheet }) => ({ ...sheet, cells: grid?.rows }));
    const modern = read(await portOn(excel).port.readReturns('all'));
    excel.apiVersion = '1.1';
    const { port } = portOn(excel, excel.isSupported);
    expect(port.capabilities.writeSheets).toBe(false);
    expect(read(await port.readReturns('all'))).toEqual(modern);
    const name = layout.sheets[0]?.name ?? '';
    await port.selectCell(name, 'J7');
    expect({ active: excel.workbook.active?.name, selection: excel.workbook.selection?.ref }).toEqual({ active: name, selection: 'J7' });
    expect(read(await port.readReturns('active'))).toEqual(modern);
    const sheet = excel.workbook.find('Sheet1');
    if (sheet === undefined) throw new Error('no Sheet1');
    typeInto(sheet.cell(0, 0), '指标');
    typeInto(sheet.cell(0, 1), '2023年');
    excel.workbook.active = sheet;
    excel.workbook.selection = { sheet, ref: 'A1:B1' };
    expect((await port.readSelection()).cells).toEqual([['指标', '2023年']]);
  });

  it('generating an existing sheet again (生成填报表) keeps the values, 说明 and foot entries typed in Excel', async () => {
    const excel = new FakeExcel();
    excel.workbook.addSheet('Sheet1');
    const { port } = portOn(excel);
    const loaded = testCatalog();
    const plan = loaded.catalog.plans.find((candidate) => candidate.plan.id === 'yuecheng-2021-2025');
    if (plan === undefined) throw new Error('no plan');
    const choice: ReportingChoice = { plans: [plan], region: plan.plan.region, reportingYear: 2023, merge: false };
    const first = reportingUpdate(choice, loaded, [], await port.sheetNames());
    await port.writeSheets(first.request);

    // Typed in Excel: an actual, a 说明 and two foot entries, each beside its label's merged cells.
    const layout = first.request.sheets.find((sheet) => sheet.name === '指标填报') as SheetLayout;
    const map = reportingSheetMap(layout);
    const model = excel.workbook.find(layout.name);
    if (model === undefined) throw new Error('not written');
    const besideLabel = (label: string) => {
      const cell = layout.cells.find((candidate) => shownText(candidate.value) === label);
      if (cell === undefined) throw new Error(label);
      const merge = layout.merges.map(parseRange).find((range) => range?.top === cell.row && range.left === cell.col);
      return { row: cell.row, col: (merge?.right ?? cell.col) + 1 };
    };
    const at = (position: { row: number; col: number }, input: string | number) => typeInto(model.cell(position.row, position.col), input);
    at({ row: map.firstDataRow, col: map.columns.actuals[2023] as number }, 3.1);
    at({ row: map.firstDataRow, col: map.columns.explanation }, '含新设机构');
    at(besideLabel('填表人：'), '张三');
    at(besideLabel('报出日期：'), '2024-01-15');

    const update = reportingUpdate(choice, loaded, await port.readReturns('all'), await port.sheetNames());
    expect(update.updated).toEqual(['指标填报']);
    expect(update.carried).toBe(4);
    await port.writeSheets(update.request);
    const [again] = await port.readReturns('all');
    expect(again?.rows[0]?.actuals[2023]?.value).toEqual({ type: 'number', value: 3.1 });
    expect(again?.rows[0]?.explanation.value).toEqual({ type: 'text', value: '含新设机构' });
    expect(again?.footer?.map((entry) => [entry.label, entry.entry.value])).toEqual([
      ['填表人：', { type: 'text', value: '张三' }],
      ['报出日期：', { type: 'text', value: '2024-01-15' }],
    ]);
    expect(again?.metadata?.carriedExplanations).toBeUndefined();

    // Made for a later year over the same sheet, the 说明 is recorded as carried (0243), and kept by a same-year update.
    const later = reportingUpdate({ ...choice, reportingYear: 2024 }, loaded, await port.readReturns('all'), await port.sheetNames());
    await port.writeSheets(later.request);
    const carried = { fromYear: 2023, texts: { [again?.rows[0]?.indicatorId ?? '']: '含新设机构' } };
    expect((await port.readReturns('all'))[0]?.metadata?.carriedExplanations).toEqual(carried);
    await port.writeSheets(reportingUpdate({ ...choice, reportingYear: 2024 }, loaded, await port.readReturns('all'), await port.sheetNames()).request);
    expect((await port.readReturns('all'))[0]?.metadata?.carriedExplanations).toEqual(carried);
  });

  it('a workbook whose sheet of a long-titled plan was named by its title cut at 31 characters is updated in that sheet', async () => {
    const loaded = testCatalog();
    const plans = ['shengzhou-116x-2024-2030', 'zj-hightech-industry-2021-2025'].map((id) => loaded.catalog.plans.find((candidate) => candidate.plan.id === id)!);
    const choice: ReportingChoice = { plans, region: { name: '嵊州市', code: '330683' }, reportingYear: 2024, merge: false };
    // Made now, the 116X plan's sheet is named after its quoted name (decision 0277).
    const fresh = reportingUpdate(choice, loaded, [], []);
    expect(fresh.request.sheets.map((sheet) => sheet.name)).toContain('“116X”产业集群建设行动方案');
    // A workbook made before: the same sheets, the 116X plan's named as then.
    const cut = '关于加快科技创新和产业创新深度融合推进“116X”产业集群建设';
    const excel = new FakeExcel();
    const { port } = portOn(excel);
    const before = templateWorkbookLayout({ ...choice, catalogVersion: loaded.version, keptNames: { 'shengzhou-116x-2024-2030': cut } });
    await port.writeSheets({ sheets: before.sheets, metadata: before.metadata, replace: [] });
    const update = reportingUpdate(choice, loaded, await port.readReturns('all'), await port.sheetNames());
    expect(update.updated).toContain(cut);
    expect(update.request.sheets.map((sheet) => sheet.name)).not.toContain('“116X”产业集群建设行动方案');
  });

  it('keeps settings in the workbook', async () => {
    const excel = new FakeExcel();
    const { port } = portOn(excel);
    await port.saveSetting('planIndicators.review', { status: 'accepted' });
    expect(await port.loadSetting('planIndicators.review')).toEqual({ status: 'accepted' });
    expect(await port.loadSetting('nothing.here')).toBeNull();
  });
});
