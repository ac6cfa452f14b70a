/**
 * @jest-environment jsdom
 *
 * A plan imported in the pane with a target printed as a change and no baseline (用水总量 — | 下降5%): the 填报
 * status list shows the row 仅监测 and says why under it, and the completion table made in 附表 says the same in the
 * note of its 是否完成 cell (decision 0180). Rows with a baseline are judged as before and carry no such text.
 */
import '../support/taskpane/nodeGlobals';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { FakeExcelPort } from '../support/taskpane/fakeExcelPort';
import { renderPane } from '../support/taskpane/renderPane';

const TABLE = [
  ['表1 某区“十四五”绿色发展主要指标', '', '', '', ''],
  ['序号', '指标名称（单位）', '2020年', '2025年', '属性'],
  ['1', '单位地区生产总值能耗（吨标准煤/万元）', '0.45', '下降14%', '约束性'],
  ['2', '用水总量（亿立方米）', '—', '下降5%', '约束性'],
  ['3', '高新技术企业数（家）', '300', '650以上', '预期性'],
];

const REASON = '目标以变化量印出（较基期增减），但规划未给出基期值，无法换算为目标值：仅监测，待核实基期值后评价。';

async function importPlan(port: FakeExcelPort): Promise<void> {
  port.selection = { cells: TABLE, source: '规划指标.xlsx#Sheet1', origin: { row: 2, column: 1 } };
  renderPane(port);
  await screen.findByRole('group', { name: '省级规划' });
  fireEvent.click(screen.getByRole('tab', { name: '导入' }));
  const panel = screen.getByRole('tabpanel');
  fireEvent.click(within(panel).getByRole('button', { name: '读取选中区域' }));
  await within(panel).findByRole('list', { name: '识别结果' }, { timeout: 10_000 });
  fireEvent.change(within(panel).getByRole('textbox', { name: /规划名称/u }), { target: { value: '某区绿色发展“十四五”规划' } });
  fireEvent.change(within(panel).getByRole('textbox', { name: /规划编号/u }), { target: { value: 'mouqu-green-2021-2025' } });
  fireEvent.change(within(panel).getByRole('combobox', { name: '规划所属地区' }), { target: { value: '330602' } });
  fireEvent.change(within(panel).getByRole('combobox', { name: '规划层级' }), { target: { value: 'district' } });
  fireEvent.click(within(panel).getByRole('button', { name: '保存到工作簿' }));
  await within(panel).findByText(/已将“某区绿色发展“十四五”规划”保存到本工作簿/u, undefined, { timeout: 10_000 });
}

describe('a change target without a baseline, in the pane', () => {
  it('is 仅监测 with its reason in the status list and in the completion table’s note', async () => {
    const port = new FakeExcelPort();
    await importPlan(port);

    fireEvent.click(screen.getByRole('tab', { name: '填报' }));
    fireEvent.click(await screen.findByRole('checkbox', { name: '某区绿色发展“十四五”规划（2021—2025年）' }, { timeout: 10_000 }));
    fireEvent.change(screen.getByRole('spinbutton', { name: '报告年份' }), { target: { value: '2023' } });
    fireEvent.click(screen.getByRole('button', { name: '生成填报表' }));
    await screen.findByText(/已生成“/u, undefined, { timeout: 10_000 });

    const status = await screen.findByRole('region', { name: /各指标完成情况/u }, { timeout: 10_000 });
    const rowText = (name: string) => within(status).getByTitle(name).closest('li')?.textContent ?? '';
    expect(rowText('用水总量')).toBe(`用水总量仅监测${REASON}`);
    // Judged rows say their status alone (未填报 until a value is typed), with no reason under them.
    expect(rowText('单位地区生产总值能耗')).toBe('单位地区生产总值能耗未填报');
    expect(rowText('高新技术企业数')).toBe('高新技术企业数未填报');

    // The user fills the sheet in Excel; the completion table made from it says why 用水总量 is not judged.
    const [sheet] = await port.readReturns('all');
    for (const [name, value] of [['单位地区生产总值能耗', '0.40'], ['用水总量', '30'], ['高新技术企业数', '500']] as const) {
      const address = sheet?.rows.find((row) => row.name === name)?.actuals[2023]?.address;
      if (sheet === undefined || address === undefined) throw new Error(`no 2023 entry cell for ${name}`);
      await port.store.writeValue(sheet.sheet, address, value);
    }
    fireEvent.click(screen.getByRole('tab', { name: '附表' }));
    const panel = screen.getByRole('tabpanel');
    fireEvent.change(within(panel).getByRole('combobox', { name: '规划' }), { target: { value: 'mouqu-green-2021-2025' } });
    const before = port.writes.length;
    fireEvent.click(within(panel).getByRole('button', { name: '生成完成情况表' }));
    await within(panel).findByText(/^已写入：/u, undefined, { timeout: 10_000 });
    const table = port.writes[before]?.sheets[0];
    if (table === undefined) throw new Error('no completion table was written');
    const textAt = (row: number, col: number) => {
      const value = table.cells.find((cell) => cell.row === row && cell.col === col)?.value;
      return value?.kind === 'text' ? value.text : '';
    };
    const rowOf = (name: string) => table.cells.find((cell) => cell.col === 1 && textAt(cell.row, 1).startsWith(name))?.row ?? -1;
    const completed = (name: string) => table.cells.find((cell) => cell.row === rowOf(name) && cell.col === 4);
    expect([textAt(rowOf('用水总量'), 4), completed('用水总量')?.note]).toEqual(['仅监测', REASON]);
    // Judged (its baseline given): a 2023 return's 否 is not yet due, and its note says how the sheet sees the row.
    expect([textAt(rowOf('单位地区生产总值能耗'), 4), completed('单位地区生产总值能耗')?.note]).toEqual(['否', expect.stringMatching(/^2025年目标尚未到期.*按序时进度：/u)]);

    // The same workbook opened in an English Office: the status list gives the reason in English.
    cleanup();
    renderPane(port, { language: 'en-US' });
    const english = await screen.findByRole('region', { name: /Indicators on “/u }, { timeout: 10_000 });
    expect(within(english).getByTitle('用水总量').closest('li')?.textContent).toBe(
      '用水总量monitoring onlyThe target is printed as a change from the baseline, but the plan gives no baseline to turn it into a level: monitored only, to be verified once the baseline is known.',
    );
  }, 90_000);
});
