/**
 * @jest-environment jsdom
 *
 * 导入 kept, but the catalog finds a problem in what was written: the plan imported under the id of a plan the
 * catalog already has. The pane says what is wrong in its own language (decision 0220): the id and the other file
 * are data, the sentence around them is the locale's.
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
  'zh-CN': { group: '省级规划', tab: '导入', read: '读取选中区域', preview: '识别结果', id: /规划编号/u, keep: '保存到工作簿', kept: /^已将“表1 某区/u },
  'en-US': { group: 'Provincial plans', tab: 'Import', read: 'Read the selection', preview: 'What was recognised', id: /Plan id/u, keep: 'Keep in the workbook', kept: /^“表1 某区.*” is kept in this workbook/u },
} as const;

/** Reads the selected table in the 导入 tab and keeps it under `id`; returns the message shown once it is kept. */
async function keepUnder(id: string, language: keyof typeof NAMES): Promise<HTMLElement> {
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
  fireEvent.click(within(panel).getByRole('button', { name: names.keep }));
  const kept = await within(panel).findByText(names.kept, undefined, { timeout: 10_000 });
  return kept;
}

/** The lines of the kept message after its first sentence: one per problem of the catalog files written. */
const problemLines = (kept: HTMLElement) => Array.from(kept.children, (line) => line.textContent);

describe('导入 when the catalog finds a problem in the files written', () => {
  it('words the problem in Chinese', async () => {
    const kept = await keepUnder('keqiao-2021-2025', 'zh-CN');
    expect(problemLines(kept)).toEqual(['/plan/id：编号“keqiao-2021-2025”重复（另见 catalog/keqiao-2021-2025.yaml）。']);
  }, 60_000);

  it('and in English when the pane is in English', async () => {
    const kept = await keepUnder('keqiao-2021-2025', 'en-US');
    expect(problemLines(kept)).toEqual(['/plan/id: The id “keqiao-2021-2025” is used twice (also in catalog/keqiao-2021-2025.yaml).']);
  }, 60_000);

  it('and nothing when the id is new', async () => {
    const kept = await keepUnder('mouqu-2021-2025', 'zh-CN');
    expect(problemLines(kept)).toEqual([]);
  }, 60_000);
});
