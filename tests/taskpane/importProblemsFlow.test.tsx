/**
 * @jest-environment jsdom
 *
 * 导入 under the id of a plan the catalog already has. It used to be kept, then left out by the catalog (two plans,
 * one id) with a problem line under “kept”; the pane now refuses the id before anything is kept, and says why in
 * its own language (decision 0220): the id and the plan's title are data, the sentence around them is the locale's.
 */
import '../support/taskpane/nodeGlobals';
import { fireEvent, screen, within } from '@testing-library/react';
import { FakeExcelPort } from '../support/taskpane/fakeExcelPort';
import { renderPane } from '../support/taskpane/renderPane';

const TABLE = [
  ['表1 某区“十四五”科技创新主要指标', '', '', '', ''],
  ['序号', '指标名称（单位）', '2020年', '2025年', '属性'],
  ['1', '研究与试验发展经费支出占地区生产总值比重（%）', '2.4', '3.2', '预期性'],
  ['2', '高新技术企业数（家）', '300', '650', '预期性'],
];

/** What the pane's controls are called in each language. */
const NAMES = {
  'zh-CN': { group: '省级规划', tab: '导入', read: '读取选中区域', preview: '识别结果', id: /规划编号/u, keep: '保存到工作簿', kept: /^已将“某区/u },
  'en-US': { group: 'Provincial plans', tab: 'Import', read: 'Read the selection', preview: 'What was recognised', id: /Plan id/u, keep: 'Keep in the workbook', kept: /^“某区.*” is kept in this workbook/u },
} as const;

/** Reads the selected table in the 导入 tab and types `id` as its plan id; returns the tab's panel. */
async function typeId(id: string, language: keyof typeof NAMES): Promise<{ panel: HTMLElement; port: FakeExcelPort }> {
  const names = NAMES[language];
  const port = new FakeExcelPort();
  port.selection = { cells: TABLE, source: '规划指标.xlsx#Sheet1', origin: { row: 0, column: 0 } };
  renderPane(port, { language });
  await screen.findByRole('group', { name: names.group });
  fireEvent.click(screen.getByRole('tab', { name: names.tab }));
  const panel = screen.getByRole('tabpanel');
  fireEvent.click(within(panel).getByRole('button', { name: names.read }));
  await within(panel).findByRole('list', { name: names.preview }, { timeout: 10_000 });
  fireEvent.change(within(panel).getByRole('textbox', { name: names.id }), { target: { value: id } });
  return { panel, port };
}

/** Keeps the table under `id`; returns the message shown once it is kept. */
async function keepUnder(id: string, language: keyof typeof NAMES): Promise<HTMLElement> {
  const { panel } = await typeId(id, language);
  fireEvent.click(within(panel).getByRole('button', { name: NAMES[language].keep }));
  return within(panel).findByText(NAMES[language].kept, undefined, { timeout: 10_000 });
}

/** The lines of the kept message after its first sentence: one per problem of the catalog files written. */
const problemLines = (kept: HTMLElement) => Array.from(kept.children, (line) => line.textContent);

describe('导入 under the id of a built-in plan', () => {
  it('is refused before anything is kept, saying why in Chinese', async () => {
    const { panel } = await typeId('keqiao-2021-2025', 'zh-CN');
    expect(within(panel).getByText('编号“keqiao-2021-2025”已是内置规划《柯桥区科技创新发展“十四五”规划》的编号，请另取一个。')).toBeTruthy();
    expect(within(panel).getByRole('button', { name: NAMES['zh-CN'].keep }).hasAttribute('disabled')).toBe(true);
  }, 60_000);

  it('and in English when the pane is in English', async () => {
    const { panel } = await typeId('keqiao-2021-2025', 'en-US');
    expect(within(panel).getByText('The id “keqiao-2021-2025” is already that of the built-in plan “柯桥区科技创新发展“十四五”规划”; choose another.')).toBeTruthy();
    expect(within(panel).getByRole('button', { name: NAMES['en-US'].keep }).hasAttribute('disabled')).toBe(true);
  }, 60_000);

  it('and is kept, without a problem, under a new id', async () => {
    const kept = await keepUnder('mouqu-2021-2025', 'zh-CN');
    expect(problemLines(kept)).toEqual([]);
  }, 60_000);
});
