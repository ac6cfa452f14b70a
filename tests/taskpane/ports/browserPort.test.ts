/**
 * Browser mode's workbook, on real ExcelJS: sheets written as the office-js adapter writes them (a replaced
 * sheet keeps its place, _meta keeps the blocks of sheets that stay, a name taken by the user's own sheet is
 * refused), settings that outgrow a cell, findings marked on cells, and a file that is no workbook refused.
 */
import { reportingWorkbookLayout } from '../../../src/core/layout';
import { templateWorkbookLayout } from '../../../src/core/documents';
import { readReturnWorkbook } from '../../../src/xlsx/readReturnWorkbook';
import { loadWorkbook } from '../../../src/xlsx/loadWorkbook';
import { annotateWorkbook } from '../../../src/xlsx/annotateWorkbook';
import { PortError } from '../../../src/taskpane/ports/workbookPort';
import { YUECHENG, yuechengReturn } from '../../support/taskpane/samples';
import { browserPort, testCatalog } from '../../support/taskpane/services';
import { checkSheets } from '../../../src/taskpane/model/sheetChecks';
import { findingsSheet } from '../../../src/taskpane/model/findingsSheet';
import { placeA1, placeOfAddress } from '../../../src/core/form';
import { renderFinding } from '../../../src/core/i18n';
import type { Finding } from '../../../src/core/checks';

const cellOf = (finding: Finding | undefined) => (finding?.ref ? placeA1(finding.ref) : 'A1');

function template(planId: string, year = 2023) {
  const loaded = testCatalog();
  const plans = loaded.catalog.plans.filter((plan) => plan.plan.id === planId);
  return templateWorkbookLayout({ plans, region: YUECHENG, reportingYear: year, merge: false, catalogVersion: loaded.version });
}

describe('BrowserPort', () => {
  it('adds a second reporting sheet beside the first: both keep their metadata', async () => {
    const port = browserPort();
    await port.file.open('越城区2023.xlsx', await yuechengReturn([]));
    const loaded = testCatalog();
    const plans = loaded.catalog.plans.filter((plan) => plan.plan.id === 'zj-hightech-industry-2021-2025');
    const layout = reportingWorkbookLayout({ plans, region: YUECHENG, reportingYear: 2023, merge: false, catalogVersion: loaded.version, sheetName: '高新技术产业' });
    await port.writeSheets({ sheets: layout.sheets, metadata: layout.metadata, replace: [] });
    const read = await readReturnWorkbook(await port.file.bytes());
    if (!read.ok) throw new Error(read.problem.detail);
    expect(read.sheets.map((sheet) => [sheet.sheet, sheet.metadata?.planIds, sheet.observations])).toEqual([
      ['指标填报', ['yuecheng-2021-2025'], []],
      ['高新技术产业', ['zj-hightech-industry-2021-2025'], []],
    ]);
  });

  it('replaces a sheet in its place and refuses a name taken by a sheet it was not told to replace', async () => {
    const port = browserPort();
    await port.file.open('越城区2023.xlsx', await yuechengReturn([]));
    const before = await port.sheetNames();
    const layout = template('yuecheng-2021-2025', 2024);
    await expect(port.writeSheets({ sheets: layout.sheets, metadata: layout.metadata, replace: [] })).rejects.toEqual(new PortError('pane.error.sheet_exists', { sheets: '填报说明”“指标填报' }));
    await port.writeSheets({ sheets: layout.sheets, metadata: layout.metadata, replace: ['填报说明', '指标填报'] });
    expect(await port.sheetNames()).toEqual(before);
    const [sheet] = await port.readReturns('all');
    expect(sheet?.metadata?.reportingYear).toBe(2024);
  });

  it('makes a new workbook on the first write when no file was opened, named for what it holds', async () => {
    const port = browserPort();
    expect(port.file.name()).toBeNull();
    const layout = template('yuecheng-2021-2025');
    await port.writeSheets({ sheets: layout.sheets, metadata: layout.metadata, replace: [] });
    expect(port.file.name()).toBe('新建填报表.xlsx');
    const loaded = await loadWorkbook(await port.file.bytes());
    expect(loaded.ok && loaded.workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([['填报说明', 'visible'], ['指标填报', 'visible'], ['_meta', 'veryHidden']]);
  });

  it('keeps a setting larger than a cell holds, in a very hidden sheet, across a download', async () => {
    const port = browserPort();
    await port.file.open('a.xlsx', await yuechengReturn([]));
    const big = 'x'.repeat(70_000);
    await port.saveSetting('planIndicators.customCatalogs', [{ planId: 'p', files: [{ file: 'p.yaml', text: big }] }]);
    await port.saveSetting('planIndicators.review', { status: 'accepted' });
    await port.saveSetting('planIndicators.review', { status: 'accepted', at: '2024-05-01' });
    const again = browserPort();
    await again.file.open('a.xlsx', await port.file.bytes());
    expect(await again.loadSetting('planIndicators.customCatalogs')).toEqual([{ planId: 'p', files: [{ file: 'p.yaml', text: big }] }]);
    expect(await again.loadSetting('planIndicators.review')).toEqual({ status: 'accepted', at: '2024-05-01' });
    expect(await again.sheetNames()).toEqual(['填报说明', '指标填报']);
  });

  it('marks the findings on their cells, and the file still reads as the same return: the same findings, nothing else changed', async () => {
    const port = browserPort();
    await port.file.open('a.xlsx', await yuechengReturn(['unit_slip', 'text_in_number']));
    const check = checkSheets(await port.readReturns('all'), testCatalog());
    await port.annotate([...check.errors, ...check.warnings], 'zh-CN');
    const loaded = await loadWorkbook(await port.file.bytes());
    if (!loaded.ok) throw new Error(loaded.detail);
    const cell = loaded.workbook.getWorksheet('指标填报')?.getCell(cellOf(check.errors[0]));
    expect(cell?.note).toBe(`【审核意见】\n• ${renderFinding(check.errors[0] as Finding, 'zh-CN')}`);
    const found = (result: ReturnType<typeof checkSheets>) => [result.verdict, [...result.errors, ...result.warnings].map((finding) => `${finding.code}@${cellOf(finding)}`)];
    expect(found(checkSheets(await port.readReturns('all'), testCatalog()))).toEqual(found(check));
  });

  it('marking the cells of an accepted return leaves it accepted; marking again replaces the earlier notes, keeping the county’s own', async () => {
    const port = browserPort();
    await port.file.open('a.xlsx', await yuechengReturn([]));
    const entry = (await port.readReturns('all'))[0]?.rows.find((row) => row.indicatorId !== null)?.actuals[2023];
    if (entry === undefined) throw new Error('no entry');
    // The county's own note on the cell, typed before it sent the return.
    const county = await loadWorkbook(await port.file.bytes());
    if (!county.ok) throw new Error(county.detail);
    const countySheet = county.workbook.getWorksheet('指标填报');
    if (countySheet === undefined) throw new Error('no sheet');
    countySheet.getCell(entry.address).note = '数据来源：统计年鉴';
    await port.file.open('a.xlsx', new Uint8Array(await county.workbook.xlsx.writeBuffer() as ArrayBuffer));
    const before = checkSheets(await port.readReturns('all'), testCatalog());
    expect(before.verdict).toBe('accepted');
    const finding = (message: string): Finding => ({
      sheet: '指标填报', ref: { sheet: '指标填报', ...(placeOfAddress(entry.address) as { row: number; column: number }) }, indicatorId: null, ruleId: 'structure', severity: 'warning',
      code: 'structure.row_renamed', params: { row: 1, id: 'x', found: message, expectedName: '原名' }, value: null, expected: null, explained: false, explanation: null,
    });
    await port.annotate([finding('旧意见')], 'zh-CN');
    await port.annotate([finding('新意见')], 'zh-CN');
    expect(checkSheets(await port.readReturns('all'), testCatalog()).verdict).toBe('accepted');
    const noteOf = async () => {
      const loaded = await loadWorkbook(await port.file.bytes());
      if (!loaded.ok) throw new Error(loaded.detail);
      return loaded.workbook.getWorksheet('指标填报')?.getCell(entry.address).note;
    };
    expect(await noteOf()).toBe(`数据来源：统计年鉴\n\n【审核意见】\n• ${renderFinding(finding('新意见'), 'zh-CN')}`);
    await port.annotate([], 'zh-CN');
    expect(await noteOf()).toBe('数据来源：统计年鉴');
  });

  it('a 校验结果 sheet written into the return, with its links to the cells, leaves the return’s findings as they were', async () => {
    const port = browserPort();
    await port.file.open('a.xlsx', await yuechengReturn(['unit_slip', 'text_in_number']));
    const check = checkSheets(await port.readReturns('all'), testCatalog());
    await port.writeSheets({ sheets: [findingsSheet(check, testCatalog())], metadata: null, replace: [] });
    const read = await readReturnWorkbook(await port.file.bytes());
    if (!read.ok) throw new Error(read.problem.detail);
    const found = (result: ReturnType<typeof checkSheets>) => [result.verdict, [...result.errors, ...result.warnings].map((finding) => `${finding.code}@${cellOf(finding)}`)];
    expect(found(checkSheets(read.sheets, testCatalog()))).toEqual(found(check));
  });

  it('refuses an annotated copy (the reviewer’s document mailed back) as one, keeping what it held (decision 0279)', async () => {
    const port = browserPort();
    await port.file.open('a.xlsx', await yuechengReturn([]));
    const copy = await annotateWorkbook(await yuechengReturn(['unit_slip']), [], 'zh-CN');
    await expect(port.file.open('越城区-已改.xlsx', copy)).rejects.toMatchObject({ problem: { code: 'file.annotated_copy' } });
    expect(port.file.name()).toBe('a.xlsx');
  });

  it('refuses a file that is no workbook with a worded problem, keeping what it held', async () => {
    const port = browserPort();
    await port.file.open('a.xlsx', await yuechengReturn([]));
    await expect(port.file.open('b.xlsx', new TextEncoder().encode('not a zip'))).rejects.toMatchObject({ problem: { code: 'file.not_xlsx' } });
    expect(port.file.name()).toBe('a.xlsx');
    expect(await port.readReturns('all')).toHaveLength(1);
  });
});
