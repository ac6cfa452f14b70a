/**
 * @jest-environment jsdom
 *
 * 填报 in Excel (an in-memory stand-in for the open workbook): plans found by search and grouped, the region
 * defaulting to the plan's, 生成填报表 inserting the sheet; typing into it updates the status list (debounced);
 * generating again keeps what was typed. An older Excel gets the .xlsx download instead.
 */
import '../support/taskpane/nodeGlobals';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { a1, parseRange } from '../../src/core/form';
import { BrowserPort } from '../../src/taskpane/ports/browserPort';
import { WorkbookFile } from '../../src/taskpane/ports/browser/workbookFile';
import { readReturnWorkbook } from '../../src/xlsx/readReturnWorkbook';
import { bytesOf, catchDownloads } from '../support/taskpane/downloads';
import { EXCEL_2016, FakeExcelPort } from '../support/taskpane/fakeExcelPort';
import { renderPane } from '../support/taskpane/renderPane';
import { yuechengReturn } from '../support/taskpane/samples';

const YUECHENG_PLAN = /绍兴市越城区科技创新发展“十四五”规划/u;

async function choosePlan(query: string, name: RegExp): Promise<void> {
  await screen.findByRole('group', { name: '省级规划' });
  fireEvent.change(screen.getByRole('searchbox'), { target: { value: query } });
  fireEvent.click(screen.getByRole('checkbox', { name }));
}

function setYear(year: string): void {
  fireEvent.change(screen.getByRole('spinbutton', { name: '报告年份' }), { target: { value: year } });
}

/** The entry cell of each foot label of a sheet in the workbook: the cell right of the label's merged cells. */
async function footCells(bytes: Uint8Array, sheetName: string): Promise<Map<string, string>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const sheet = workbook.getWorksheet(sheetName);
  const cells = new Map<string, string>();
  sheet?.eachRow((row, rowNumber) => row.eachCell((cell, colNumber) => {
    if (typeof cell.value !== 'string' || !/^(单位负责人|统计负责人|填表人|联系电话|报出日期)：$/u.test(cell.value) || cell.master.address !== cell.address) return;
    const merge = sheet.model.merges.map(parseRange).find((range) => range?.top === rowNumber - 1 && range.left === colNumber - 1);
    cells.set(cell.value, a1(rowNumber - 1, (merge?.right ?? colNumber - 1) + 1));
  }));
  return cells;
}

describe('填报', () => {
  it('finds plans by search, grouped by level', async () => {
    renderPane(new FakeExcelPort());
    await screen.findByRole('group', { name: '省级规划' });
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '越城' } });
    expect(screen.queryByRole('group', { name: '省级规划' })).toBeNull();
    const county = screen.getByRole('group', { name: '县（市、区）规划' });
    expect(within(county).getAllByRole('checkbox')).toHaveLength(1);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '没有这个规划' } });
    expect(screen.getByText('没有符合条件的规划。')).toBeTruthy();
  });

  it('generates the reporting sheet for the plan’s region, follows typing, and keeps typed values when generated again', async () => {
    const port = new FakeExcelPort();
    renderPane(port);
    await choosePlan('越城', YUECHENG_PLAN);
    expect((screen.getByRole('combobox', { name: '填报地区' }) as HTMLSelectElement).value).toBe('330602');
    setYear('2023');
    fireEvent.click(screen.getByRole('button', { name: '生成填报表' }));
    expect(await screen.findByText(/已生成“填报说明、指标填报”/u, undefined, { timeout: 10_000 })).toBeTruthy();
    const [request] = port.writes;
    expect(request?.sheets.map((sheet) => sheet.name)).toEqual(['填报说明', '指标填报']);
    expect(request?.replace).toEqual([]);

    const status = await screen.findByRole('region', { name: '“指标填报”各指标完成情况' }, { timeout: 10_000 });
    expect(within(status).getAllByText('未填报').length).toBeGreaterThan(5);

    // The user types a value and an explanation into the sheet (in Excel); the pane hears of it and refreshes.
    const [sheet] = await port.readReturns('all');
    const row = sheet?.rows.find((candidate) => candidate.indicatorId !== null && candidate.actuals[2023] !== undefined);
    if (sheet === undefined || row === undefined) throw new Error('no entry row');
    await port.store.writeValue(sheet.sheet, row.actuals[2023]?.address ?? '', '999999');
    await port.store.writeExplanation(sheet.sheet, row.explanation.address, '含新设机构');
    const statusOf = () => within(screen.getByRole('region', { name: /各指标完成情况/u })).getByTitle(row.name).closest('li')?.textContent ?? '';
    expect(statusOf()).toMatch(/未填报$/u);
    await waitFor(() => expect(statusOf()).toMatch(/(已达标|符合序时进度|滞后|倒退|未达标)/u), { timeout: 5_000 });

    fireEvent.click(screen.getByRole('button', { name: '生成填报表' }));
    expect(await screen.findByText(/已更新“填报说明、指标填报”，保留了 2 个已填数值和说明/u, undefined, { timeout: 10_000 })).toBeTruthy();
    expect(port.writes[1]?.replace).toEqual(['指标填报', '填报说明']);
    const [again] = await port.readReturns('all');
    const kept = again?.rows.find((candidate) => candidate.indicatorId === row.indicatorId);
    expect(kept?.actuals[2023]?.value).toEqual({ type: 'number', value: 999999 });
    expect(kept?.explanation.value).toEqual({ type: 'text', value: '含新设机构' });
  }, 60_000);

  it('never prints 完成进度 equal to 序时进度 beside 滞后: a share a hair short shows the decimals that say so', async () => {
    const port = new FakeExcelPort();
    renderPane(port);
    await choosePlan('越城', YUECHENG_PLAN);
    setYear('2023');
    fireEvent.click(screen.getByRole('button', { name: '生成填报表' }));
    await screen.findByRole('region', { name: '“指标填报”各指标完成情况' }, { timeout: 10_000 });
    const [sheet] = await port.readReturns('all');
    const row = sheet?.rows.find((candidate) => candidate.indicatorId === 'yuecheng-2021-2025.hightech-enterprises');
    if (sheet === undefined || row === undefined) throw new Error('no 高新技术企业数 row');
    // 344 → 650 家 over 2020–2025: 527.6 is on schedule in 2023 (60 %); 527.5 is 59.97 %, 滞后.
    await port.store.writeValue(sheet.sheet, row.actuals[2023]?.address ?? '', '527.5');
    const statusOf = () => within(screen.getByRole('region', { name: /各指标完成情况/u })).getByTitle(row.name).closest('li')?.textContent ?? '';
    await waitFor(() => expect(statusOf()).toMatch(/滞后/u), { timeout: 5_000 });
    expect(statusOf()).toContain('滞后 （完成进度 59.97%，序时进度 60%）');
  }, 60_000);

  it.each([
    ['in Excel', () => {
      const port = new FakeExcelPort();
      return { port, workbook: port.store };
    }],
    ['in browser mode', () => {
      const port = new BrowserPort(async () => WorkbookFile);
      return { port, workbook: port };
    }],
  ])('keeps what was typed at the foot of the form when the sheet is generated again (%s)', async (_host, make) => {
    const { port, workbook } = make();
    renderPane(port);
    await choosePlan('越城', YUECHENG_PLAN);
    setYear('2023');
    fireEvent.click(screen.getByRole('button', { name: '生成填报表' }));
    await screen.findByText(/已生成“.*指标填报”/u, undefined, { timeout: 10_000 });
    // Browser mode's first read of the file names it in the file bar: a state change, inside act.
    let generated: Uint8Array = new Uint8Array();
    await act(async () => {
      generated = await workbook.file.bytes();
    });
    const cells = await footCells(generated, '指标填报');
    expect(cells.size).toBe(5);
    // Typed in the sheet: the pane hears of the change (and browser mode's file bar with it).
    await act(async () => {
      await workbook.writeExplanation('指标填报', cells.get('填表人：') ?? '', '张三');
      await workbook.writeExplanation('指标填报', cells.get('联系电话：') ?? '', '0575-88123456');
    });

    fireEvent.click(screen.getByRole('button', { name: '生成填报表' }));
    expect(await screen.findByText(/已更新“.*指标填报”，保留了 2 个/u, undefined, { timeout: 10_000 })).toBeTruthy();
    const [sheet] = await port.readReturns('all');
    expect(sheet?.footer?.map((entry) => [entry.label, entry.entry.address, entry.entry.value])).toEqual([
      ['填表人：', cells.get('填表人：'), { type: 'text', value: '张三' }],
      ['联系电话：', cells.get('联系电话：'), { type: 'text', value: '0575-88123456' }],
    ]);
  }, 60_000);

  it('says before updating the sheet what it would not keep (a note beside the form, text over a label), and writes only when told to', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await yuechengReturn([]) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.getWorksheet('指标填报');
    if (sheet === undefined) throw new Error('no sheet');
    sheet.getCell('Z8').value = '旁注：此数据待复核';
    sheet.getCell('B9').value = '手写备注';
    const port = new FakeExcelPort();
    await port.load(new Uint8Array(await workbook.xlsx.writeBuffer() as ArrayBuffer));
    renderPane(port);
    // The open return's plan, region and year are chosen already.
    await screen.findByText(/^本工作簿中是绍兴市越城区2023年的填报表/u, undefined, { timeout: 10_000 });
    fireEvent.click(screen.getByRole('button', { name: '生成填报表' }));
    expect(await screen.findByText(/其中 2 处内容在新表中没有对应位置.*不会保留：指标填报!Z8、指标填报!B9。/u, undefined, { timeout: 10_000 })).toBeTruthy();
    expect(port.writes).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: '仍然生成' }));
    expect(await screen.findByText(/有 2 处已填内容在新表中没有对应位置.*未能保留：指标填报!Z8、指标填报!B9。/u, undefined, { timeout: 10_000 })).toBeTruthy();
    expect(port.writes.map((request) => request.replace)).toEqual([['指标填报', '填报说明']]);
  }, 60_000);

  it('does not put one region’s values on another region’s form: a sheet of another region is left as it was', async () => {
    const port = new FakeExcelPort();
    renderPane(port);
    await choosePlan('高新技术产业', /浙江省高新技术产业发展/u);
    const region = () => screen.getByRole('combobox', { name: '填报地区' });
    fireEvent.change(region(), { target: { value: '330602' } });
    setYear('2023');
    fireEvent.click(screen.getByRole('button', { name: '生成填报表' }));
    await screen.findByText(/已生成/u, undefined, { timeout: 10_000 });
    const [sheet] = await port.readReturns('all');
    const entry = sheet?.rows.find((row) => row.indicatorId !== null && row.actuals[2023] !== undefined)?.actuals[2023];
    if (sheet === undefined || entry === undefined) throw new Error('no entry row');
    await port.store.writeValue(sheet.sheet, entry.address, '120');

    fireEvent.change(region(), { target: { value: '330603' } });
    fireEvent.click(screen.getByRole('button', { name: '生成填报表' }));
    expect(await screen.findByText(new RegExp(`^工作表“${sheet.sheet}”是绍兴市越城区的报表，与所选填报地区绍兴市柯桥区不符，未作改动`, 'u'), undefined, { timeout: 10_000 })).toBeTruthy();
    expect(port.writes).toHaveLength(1);
    const [after] = await port.readReturns('all');
    expect({ region: after?.metadata?.region.code, value: after?.rows.find((row) => row.actuals[2023]?.address === entry.address)?.actuals[2023]?.value })
      .toEqual({ region: '330602', value: { type: 'number', value: 120 } });
  }, 60_000);

  it('merges several plans into one sheet when asked', async () => {
    const port = new FakeExcelPort();
    renderPane(port);
    await choosePlan('越城', YUECHENG_PLAN);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '高新技术产业' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /浙江省高新技术产业发展/u }));
    fireEvent.click(screen.getByRole('switch', { name: '多个规划合并为一张表（按指标合并）' }));
    setYear('2024');
    fireEvent.click(screen.getByRole('button', { name: '生成填报表' }));
    await screen.findByText(/已生成/u, undefined, { timeout: 10_000 });
    const [sheet] = await port.readReturns('all');
    expect(sheet?.metadata).toMatchObject({ merged: true, planIds: ['yuecheng-2021-2025', 'zj-hightech-industry-2021-2025'], reportingYear: 2024, region: { code: '330602' } });
  }, 60_000);

  it('shows the statuses of each reporting sheet, one at a time, by the user\'s choice', async () => {
    const port = new FakeExcelPort();
    renderPane(port);
    await choosePlan('越城', YUECHENG_PLAN);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '高新技术产业' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /浙江省高新技术产业发展/u }));
    setYear('2024');
    fireEvent.click(screen.getByRole('button', { name: '生成填报表' }));
    await screen.findByText(/已生成/u, undefined, { timeout: 10_000 });
    const names = (await port.readReturns('all')).map((sheet) => sheet.sheet);
    expect(names).toHaveLength(2);
    const choice = await screen.findByRole('combobox', { name: '查看哪张填报表' }, { timeout: 10_000 });
    expect([...(choice as HTMLSelectElement).options].map((option) => option.value)).toEqual(names);
    const rowsShown = () => within(screen.getByRole('region', { name: /各指标完成情况/u })).getAllByRole('listitem').map((item) => item.querySelector('[title]')?.getAttribute('title'));
    const shown = new Map<string, string[]>();
    for (const name of [names[1], names[0]] as string[]) {
      fireEvent.change(choice, { target: { value: name } });
      await screen.findByRole('region', { name: `“${name}”各指标完成情况` }, { timeout: 10_000 });
      shown.set(name, rowsShown().map(String));
    }
    // Two plans, two lists: the high-tech plan's indicators are not the district's.
    expect(shown.get(names[1] as string)).toContain('高新技术产业增加值增速');
    expect(shown.get(names[0] as string)).not.toEqual(shown.get(names[1] as string));
    // The province's rows are 越城区's contributions, 仅监测, each saying why under it; its own plan's rows are judged.
    const rowText = (name: string) => within(screen.getByRole('region', { name: /各指标完成情况/u })).getByTitle(name).closest('li')?.textContent ?? '';
    fireEvent.change(choice, { target: { value: names[1] } });
    await screen.findByRole('region', { name: `“${names[1] ?? ''}”各指标完成情况` }, { timeout: 10_000 });
    expect(rowText('数字经济增加值')).toBe('数字经济增加值仅监测本行是上级规划的指标：本地区填报的是本地区的贡献量，计入上级汇总，不按上级规划的目标考核（仅监测）。');
    fireEvent.change(choice, { target: { value: names[0] } });
    await screen.findByRole('region', { name: `“${names[0] ?? ''}”各指标完成情况` }, { timeout: 10_000 });
    expect(rowText('高新技术企业数')).toBe('高新技术企业数未填报');
  }, 60_000);

  it('on an Excel without ExcelApi 1.8 offers the workbook as an .xlsx download that holds the reporting sheet', async () => {
    const downloads = catchDownloads();
    const port = new FakeExcelPort(EXCEL_2016);
    const { services } = renderPane(port);
    await choosePlan('越城', YUECHENG_PLAN);
    setYear('2023');
    fireEvent.click(screen.getByRole('button', { name: '下载 .xlsx 填报表' }));
    expect(await screen.findByText('已下载“绍兴市越城区2023年科技创新发展十四五规划填报表.xlsx”。请用 Excel、WPS 或 LibreOffice 打开填报。', undefined, { timeout: 10_000 })).toBeTruthy();
    expect(port.writes).toEqual([]);
    expect(services.xlsxCalls).toBe(1);
    const read = await readReturnWorkbook(await bytesOf(downloads[0] as (typeof downloads)[number]));
    expect(read.ok && read.sheets.map((sheet) => sheet.metadata?.planIds)).toEqual([['yuecheng-2021-2025']]);
  }, 60_000);
});
