/**
 * @jest-environment jsdom
 *
 * 填报 with a return already open: the tab shows the open return's plans, region and year (read from its _meta,
 * nothing written), 生成填报表 then updates that return; what the person changed stays theirs when the workbook
 * changes; a return naming a plan or region the pane cannot offer is said, not replaced by the defaults unsaid.
 */
import '../support/taskpane/nodeGlobals';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { FakeExcelPort } from '../support/taskpane/fakeExcelPort';
import { renderPane } from '../support/taskpane/renderPane';
import { yuechengReturn } from '../support/taskpane/samples';

const YUECHENG_PLAN = /绍兴市越城区科技创新发展“十四五”规划/u;
const KEQIAO_PLAN = /柯桥区科技创新发展“十四五”规划/u;
const OPEN_RETURN = /^本工作簿中是绍兴市越城区2023年的填报表，没改过的规划、地区和年份已按它选好。/u;

const region = () => (screen.getByRole('combobox', { name: '填报地区' }) as HTMLSelectElement).value;
const year = () => (screen.getByRole('spinbutton', { name: '报告年份' }) as HTMLInputElement).value;
const ticked = (name: RegExp) => (screen.getByRole('checkbox', { name }) as HTMLInputElement).checked;

/** 越城区's 2023 return with its _meta edited as `edit` says (key, JSON text → JSON text). */
async function withMeta(edit: (key: string, text: string) => string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await yuechengReturn()) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const meta = workbook.getWorksheet('_meta');
  if (meta === undefined) throw new Error('no _meta');
  meta.eachRow((row) => {
    const key = row.getCell(1).value;
    const value = row.getCell(2).value;
    if (typeof key === 'string' && typeof value === 'string') row.getCell(2).value = edit(key, value);
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('填报 with a return open', () => {
  it('shows the open return’s plans, region and year, and 生成填报表 updates that return without any write before it', async () => {
    const port = new FakeExcelPort();
    await port.load(await yuechengReturn());
    renderPane(port);
    expect(await screen.findByText(OPEN_RETURN, undefined, { timeout: 10_000 })).toBeTruthy();
    expect(ticked(YUECHENG_PLAN)).toBe(true);
    expect(region()).toBe('330602');
    expect(year()).toBe('2023');
    expect(port.writes).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: '生成填报表' }));
    expect(await screen.findByText(/^已更新“填报说明、指标填报”/u, undefined, { timeout: 10_000 })).toBeTruthy();
    expect(port.writes[0]?.replace).toEqual(['指标填报', '填报说明']);
    const [sheet] = await port.readReturns('all');
    expect(sheet?.metadata).toMatchObject({ planIds: ['yuecheng-2021-2025'], region: { code: '330602' }, reportingYear: 2023 });
  }, 60_000);

  it('keeps what the person chose when a return appears in the workbook; what they left alone follows it', async () => {
    const port = new FakeExcelPort();
    renderPane(port);
    await screen.findByRole('group', { name: '省级规划' });
    // An empty workbook: today's defaults.
    expect(region()).toBe('330000');
    expect(year()).toBe(String(new Date().getFullYear() - 1));
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '柯桥' } });
    fireEvent.click(screen.getByRole('checkbox', { name: KEQIAO_PLAN }));
    fireEvent.change(screen.getByRole('spinbutton', { name: '报告年份' }), { target: { value: '2022' } });

    await port.load(await yuechengReturn());
    expect(await screen.findByText(OPEN_RETURN, undefined, { timeout: 10_000 })).toBeTruthy();
    expect(ticked(KEQIAO_PLAN)).toBe(true);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '越城' } });
    expect(ticked(YUECHENG_PLAN)).toBe(false);
    expect(year()).toBe('2022');
    expect(region()).toBe('330602');
  }, 60_000);

  it('says so when the open return names a plan the pane’s catalog lacks, ticking none', async () => {
    const port = new FakeExcelPort();
    await port.load(await withMeta((key, text) => (key === 'planIds' ? JSON.stringify(['ningbo-2099-2103']) : text)));
    renderPane(port);
    expect(await screen.findByText(/^本工作簿中是绍兴市越城区2023年的填报表（目录 .+），其中的规划 ningbo-2099-2103 不在本任务窗格的目录（.+）中，因此没有替您选择规划。/u, undefined, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByText(OPEN_RETURN)).toBeNull();
    expect(screen.getAllByRole('checkbox').filter((box) => (box as HTMLInputElement).checked)).toEqual([]);
    expect(region()).toBe('330602');
    expect(year()).toBe('2023');
  }, 60_000);

  it('says so when the open return is of a region the pane cannot make a sheet for, choosing no region for it', async () => {
    const port = new FakeExcelPort();
    await port.load(await withMeta((key, text) => (key === 'region' ? JSON.stringify({ name: '北京市朝阳区', code: '110105' }) : text)));
    renderPane(port);
    expect(await screen.findByText(/^本工作簿中是北京市朝阳区（代码 110105）2023年的填报表，本任务窗格不能为该地区生成填报表，因此没有替您选择地区。/u, undefined, { timeout: 10_000 })).toBeTruthy();
    await waitFor(() => expect(ticked(YUECHENG_PLAN)).toBe(true));
    // The plan's own region, as with no return open: not 110105, which 生成 could not make.
    expect(region()).toBe('330602');
    expect(year()).toBe('2023');
  }, 60_000);
});
