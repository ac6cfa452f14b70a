/**
 * @jest-environment jsdom
 *
 * 附表 and 导入. Annex tables and completion tables go into the workbook; the progress chart is drawn beside its
 * values in Excel, and in browser mode the values alone are written and the pane says why. An indicator table
 * pasted from a plan document is recognised, shown with its problems, kept in the workbook, and its plan is
 * then offered in 填报.
 */
import '../support/taskpane/nodeGlobals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FakeExcelPort } from '../support/taskpane/fakeExcelPort';
import { renderPane } from '../support/taskpane/renderPane';
import { yuechengReturn } from '../support/taskpane/samples';
import { browserPort } from '../support/taskpane/services';

const TABLE = [
  ['表1 某区“十四五”科技创新主要指标', '', '', '', ''],
  ['序号', '指标名称（单位）', '2020年', '2025年', '属性'],
  ['1', '研究与试验发展经费支出占地区生产总值比重（%）', '2.4（预计）', '3.2', '预期性'],
  ['2', '高新技术企业数（家）', '300', '650以上', '预期性'],
  ['3', '科技新奇指标（个）', '1', '12..5', '预期性'],
  ['注：2020年为预计数。', '', '', '', ''],
];

async function openTab(port: FakeExcelPort | ReturnType<typeof browserPort>, tab: string) {
  renderPane(port);
  await screen.findByRole('group', { name: '省级规划' });
  fireEvent.click(screen.getByRole('tab', { name: tab }));
  return screen.getByRole('tabpanel');
}

function choosePlan(panel: HTMLElement, id: string): void {
  fireEvent.change(within(panel).getByRole('combobox', { name: '规划' }), { target: { value: id } });
}

describe('附表', () => {
  it('inserts the plan’s annex tables, a completion table from the filled sheet, and a chart beside the progress values', async () => {
    const port = new FakeExcelPort();
    await port.load(await yuechengReturn([]));
    const panel = await openTab(port, '附表');
    choosePlan(panel, 'yuecheng-2021-2025');

    fireEvent.click(within(panel).getByRole('button', { name: '插入规划附表' }));
    expect(await within(panel).findByText(/^已写入：/u, undefined, { timeout: 10_000 })).toBeTruthy();
    const annex = port.writes.at(-1);
    expect(annex?.metadata).toBeNull();
    expect(annex?.sheets.length).toBeGreaterThan(0);

    fireEvent.click(within(panel).getByRole('button', { name: '生成完成情况表' }));
    await waitFor(() => expect(port.writes).toHaveLength(2), { timeout: 10_000 });
    expect(port.writes[1]?.sheets.map((sheet) => sheet.name)).toEqual(['完成情况-绍兴市越城区2023']);

    fireEvent.click(within(panel).getByRole('button', { name: '生成完成进度图' }));
    expect(await within(panel).findByText(/已在数值表旁插入条形图/u, undefined, { timeout: 10_000 })).toBeTruthy();
    expect(port.charts).toHaveLength(1);
    expect(port.charts[0]).toMatchObject({ sheet: '完成进度-绍兴市越城区2023', title: '完成进度与序时进度' });
    expect(port.charts[0]?.range).toMatch(/^B2:D\d+$/u);
  }, 60_000);

  it('in browser mode does not offer the chart, and says why', async () => {
    const port = browserPort();
    await port.file.open('越城区2023.xlsx', await yuechengReturn([]));
    const panel = await openTab(port, '附表');
    choosePlan(panel, 'yuecheng-2021-2025');
    const chart = within(panel).getByRole('button', { name: '生成完成进度图' });
    expect(chart.getAttribute('aria-disabled')).toBe('true');
    expect(document.getElementById(chart.getAttribute('aria-describedby') ?? '')?.textContent).toBe('浏览器模式不能写入图表，请在 Excel 中使用此功能。');
    fireEvent.click(chart);
    expect(await port.sheetNames()).not.toContain('完成进度-绍兴市越城区2023');
  }, 60_000);

  it('shows the chosen plan’s whole title under the plan list, which a narrow pane cuts to a prefix plans share', async () => {
    renderPane(browserPort(), { language: 'en-US' });
    await screen.findByRole('group', { name: 'Provincial plans' });
    fireEvent.click(screen.getByRole('tab', { name: 'Annex' }));
    const panel = screen.getByRole('tabpanel');
    const select = within(panel).getByRole('combobox', { name: 'Plan' });
    const shown = () => (select.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    for (const [id, place] of [['keqiao-2021-2025', 'Keqiao District'], ['yuecheng-2021-2025', 'Yuecheng District']] as const) {
      fireEvent.change(select, { target: { value: id } });
      expect(shown()).toMatch(new RegExp(`^Science and Technology Innovation Development Plan of ${place}.* \\(2021–2025\\)$`, 'u'));
      expect(within(panel).getByText(shown())).toBeTruthy();
    }
  }, 60_000);

  it('starts on the plan of the return open in the workbook, not the catalog’s first plan', async () => {
    const port = browserPort();
    await port.file.open('越城区2023.xlsx', await yuechengReturn([]));
    const panel = await openTab(port, '附表');
    const select = within(panel).getByRole('combobox', { name: '规划' }) as HTMLSelectElement;
    await waitFor(() => expect(select.value).toBe('yuecheng-2021-2025'));
    fireEvent.click(within(panel).getByRole('button', { name: '生成完成情况表' }));
    expect(await within(panel).findByText(/^已在“越城区2023\.xlsx”中生成“/u, undefined, { timeout: 10_000 })).toBeTruthy();
    expect(within(panel).queryByText(/^工作簿中没有/u)).toBeNull();
  }, 60_000);

  it('says so when the workbook holds no filled sheet of the plan', async () => {
    const panel = await openTab(new FakeExcelPort(), '附表');
    choosePlan(panel, 'keqiao-2021-2025');
    fireEvent.click(within(panel).getByRole('button', { name: '生成完成情况表' }));
    expect(await within(panel).findByText(/工作簿中没有“柯桥区科技创新发展“十四五”规划”的已填报表/u, undefined, { timeout: 10_000 })).toBeTruthy();
  });
});

describe('导入', () => {
  it('recognises the selected table, quotes what it could not read, keeps the catalog and offers its plan in 填报', async () => {
    const port = new FakeExcelPort();
    port.selection = { cells: TABLE, source: '规划指标.xlsx#Sheet1', origin: { row: 2, column: 1 } };
    const panel = await openTab(port, '导入');
    fireEvent.click(within(panel).getByRole('button', { name: '读取选中区域' }));

    const list = await within(panel).findByRole('list', { name: '识别结果' }, { timeout: 10_000 });
    const items = within(list).getAllByRole('listitem').filter((item) => item.parentElement === list);
    const part = (item: HTMLElement, name: string) => item.querySelector(`[data-part="${name}"]`)?.textContent ?? '';
    const rows = items.map((item) => [part(item, 'seq'), part(item, 'name'), part(item, 'unit'), ...within(item).getAllByRole('definition').map((value) => value.textContent)]);
    expect(rows.map((row) => row.slice(0, 5))).toEqual([
      ['1', '研究与试验发展经费支出占地区生产总值比重', '（%）', '2.4（预计）', '3.2'],
      ['2', '高新技术企业数', '（家）', '300', '650以上'],
      ['3', '科技新奇指标', '（个）', '1', '12..5'],
    ]);
    const problems = items[2] === undefined ? null : within(items[2]).getByRole('list', { name: '问题' });
    expect(problems?.textContent).toMatch(/^E7 单元格“12\.\.5”.*不是能识别的数值写法/u);

    fireEvent.change(within(panel).getByRole('textbox', { name: /规划名称/u }), { target: { value: '某区科技创新“十四五”规划' } });
    fireEvent.change(within(panel).getByRole('textbox', { name: /规划编号/u }), { target: { value: 'mouqu-2021-2025' } });
    fireEvent.change(within(panel).getByRole('combobox', { name: '规划所属地区' }), { target: { value: '330602' } });
    fireEvent.change(within(panel).getByRole('combobox', { name: '规划层级' }), { target: { value: 'district' } });
    fireEvent.click(within(panel).getByRole('button', { name: '保存到工作簿' }));
    expect(await within(panel).findByText(/已将“某区科技创新“十四五”规划”保存到本工作簿/u, undefined, { timeout: 10_000 })).toBeTruthy();
    expect(within(panel).getByRole('button', { name: '下载 mouqu-2021-2025.yaml' })).toBeTruthy();

    const kept = await port.loadSetting('planIndicators.customCatalogs');
    expect(Array.isArray(kept) ? kept.map((entry) => (entry as { planId: string }).planId) : kept).toEqual(['mouqu-2021-2025']);
    fireEvent.click(screen.getByRole('tab', { name: '填报' }));
    expect(await screen.findByRole('checkbox', { name: '某区科技创新“十四五”规划（2021—2025年）' }, { timeout: 10_000 })).toBeTruthy();
  }, 60_000);

  it('in browser mode reads a table pasted as text', async () => {
    const panel = await openTab(browserPort(), '导入');
    const text = TABLE.map((row) => row.join('\t')).join('\n');
    fireEvent.change(within(panel).getByRole('textbox', { name: /粘贴指标表/u }), { target: { value: text } });
    fireEvent.click(within(panel).getByRole('button', { name: '识别指标表' }));
    expect(await within(panel).findByText('识别出 3 个指标，1 个问题。请核对后填写规划信息并保存。', undefined, { timeout: 10_000 })).toBeTruthy();
  });

  it('in browser mode reads the HTML a copied table carries: the caption above it and its merged cells', async () => {
    const panel = await openTab(browserPort(), '导入');
    const [caption, header, ...rows] = TABLE.slice(0, -1);
    const cell = (text: string) => `<td>${text}</td>`;
    // 属性 merged down the three rows, as plan documents print it; the plain text has it in the first row only.
    const html = `<html><body><p>${caption?.[0] ?? ''}</p><table><tr>${(header ?? []).map(cell).join('')}</tr>${rows.map((row, i) => `<tr>${row.slice(0, 4).map(cell).join('')}${i === 0 ? '<td rowspan="3">预期性</td>' : ''}</tr>`).join('')}</table><p>注：2020年为预计数。</p></body></html>`;
    const text = [header, ...rows].map((row, i) => (row ?? []).slice(0, i <= 1 ? 5 : 4).join('\t')).join('\n');
    const box = within(panel).getByRole('textbox', { name: /粘贴指标表/u });
    fireEvent.paste(box, { clipboardData: { getData: (type: string) => (type === 'text/html' ? html : type === 'text/plain' ? text : '') } });
    expect((box as HTMLTextAreaElement).value).toBe(text);
    fireEvent.click(within(panel).getByRole('button', { name: '识别指标表' }));
    expect(await within(panel).findByText('识别出 3 个指标，1 个问题。请核对后填写规划信息并保存。', undefined, { timeout: 10_000 })).toBeTruthy();
    // The caption exists only in the HTML: it becomes the plan's proposed title.
    expect((within(panel).getByRole('textbox', { name: /规划名称/u }) as HTMLInputElement).value).toMatch(/某区“十四五”科技创新主要指标/u);
  });
});
