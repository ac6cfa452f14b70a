/**
 * @jest-environment jsdom
 *
 * Every button the pane holds back says why beside it (aria-describedby), and the reason names a button the user
 * can see on that tab. Found at the edges: 校验 and 审核全部填报表 disabled with no word while the catalog loads; 审核's
 * buttons saying “请先点击‘校验’” on a tab whose button is 审核全部填报表; after a check of a workbook with no
 * reporting sheet, still “click 校验 first”; 识别指标表 greyed with an empty box and no reason.
 */
import '../support/taskpane/nodeGlobals';
import { fireEvent, screen, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import type { LoadedCatalog } from '../../src/core/catalog';
import { FakeExcelPort } from '../support/taskpane/fakeExcelPort';
import { renderPane } from '../support/taskpane/renderPane';
import { yuechengReturn } from '../support/taskpane/samples';
import { browserPort } from '../support/taskpane/services';

/** Each disabled button of the panel, with its reason as a screen reader reads it. */
function heldBack(panel: HTMLElement): Array<{ button: string; why: string | null }> {
  return within(panel).queryAllByRole('button')
    .filter((button) => button.getAttribute('aria-disabled') === 'true' || button.hasAttribute('disabled'))
    .map((button) => ({ button: button.textContent ?? '', why: document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent ?? null }));
}

/** Every reason is given, and a button it quotes (“…”) is on the same tab. */
function expectEachSaysWhy(panel: HTMLElement): void {
  const names = new Set(within(panel).queryAllByRole('button').map((button) => button.textContent ?? ''));
  for (const { button, why } of heldBack(panel)) {
    expect({ button, why: why === null || why === '' ? 'none' : 'given' }).toEqual({ button, why: 'given' });
    for (const [, quoted] of (why ?? '').matchAll(/[“"]([^”"]+)[”"]/gu)) expect({ button, why, quotes: names.has(quoted ?? '') }).toEqual({ button, why, quotes: true });
  }
}

async function plainWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Sheet1').getCell('A1').value = '2023年工作总结';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function tab(name: string): HTMLElement {
  fireEvent.click(screen.getByRole('tab', { name }));
  return screen.getByRole('tabpanel');
}

describe('a disabled button says why', () => {
  it('while the catalog loads: 校验, 审核, 附表 and 导入 each say what they wait for', async () => {
    const port = new FakeExcelPort();
    await port.load(await plainWorkbook());
    renderPane(port, { services: { loadCatalog: () => new Promise<LoadedCatalog>(() => undefined) } });
    for (const name of ['校验', '审核', '附表']) {
      const panel = tab(name);
      expect(heldBack(panel).length).toBeGreaterThan(0);
      expectEachSaysWhy(panel);
    }
    const check = within(tab('校验')).getByRole('button', { name: '校验' });
    expect(document.getElementById(check.getAttribute('aria-describedby') ?? '')?.textContent).toBe('正在载入指标目录，请稍候。');
    expectEachSaysWhy(tab('导入'));
  }, 60_000);

  it('a workbook with no reporting sheet: after 校验 and 审核 the buttons say so, never “click first” a button already clicked', async () => {
    const port = new FakeExcelPort();
    await port.load(await plainWorkbook());
    renderPane(port);
    await screen.findByRole('group', { name: '省级规划' });

    let panel = tab('审核');
    const annotate = within(panel).getByRole('button', { name: '在单元格上标注' });
    expect(document.getElementById(annotate.getAttribute('aria-describedby') ?? '')?.textContent).toBe('请先点击“审核全部填报表”。');
    expectEachSaysWhy(panel);
    fireEvent.click(within(panel).getByRole('button', { name: '审核全部填报表' }));
    await within(panel).findByText('工作簿中没有找到指标填报表。请先在“填报”中生成，或打开系统生成的报表。', undefined, { timeout: 10_000 });
    expect(heldBack(panel)).toEqual([
      { button: '在单元格上标注', why: '没有可校验的指标填报表（见下方提示）。' },
      { button: '标记为已接受', why: '没有可校验的指标填报表（见下方提示）。' },
    ]);

    panel = tab('校验');
    fireEvent.click(within(panel).getByRole('button', { name: '校验' }));
    await within(panel).findByText('工作簿中没有找到指标填报表。请先在“填报”中生成，或打开系统生成的报表。', undefined, { timeout: 10_000 });
    expect(heldBack(panel)).toEqual([{ button: '写入校验结果表', why: '没有可校验的指标填报表（见下方提示）。' }]);
  }, 60_000);

  // A generated workbook opens on its cover (填报说明), and 校验 in Excel reads the active sheet by default: it said
  // the workbook had no reporting sheet, and to make one under 填报.
  it('校验 of the active sheet when the cover is active says the active sheet is no reporting sheet, not that the workbook has none', async () => {
    const port = new FakeExcelPort();
    await port.load(await yuechengReturn([]));
    port.active = '填报说明';
    renderPane(port);
    await screen.findByRole('group', { name: '省级规划' });
    const panel = tab('校验');
    expect(within(panel).getByRole('radio', { name: '当前工作表' })).toHaveProperty('checked', true);
    fireEvent.click(within(panel).getByRole('button', { name: '校验' }));
    expect(await within(panel).findByText('当前工作表不是指标填报表。请切换到填报表后再校验，或选择“全部填报表”。', undefined, { timeout: 10_000 })).toBeTruthy();
    expect(within(panel).queryByText(/^工作簿中没有找到指标填报表/u)).toBeNull();
    expectEachSaysWhy(panel);
    fireEvent.click(within(panel).getByRole('radio', { name: '全部填报表' }));
    fireEvent.click(within(panel).getByRole('button', { name: '校验' }));
    expect(await within(panel).findByText(/^审核结论：/u, undefined, { timeout: 10_000 })).toBeTruthy();
  }, 60_000);

  it('导入 in a browser: 识别指标表 with an empty box says to paste first, in either language', async () => {
    for (const [language, reason] of [['zh-CN', '请先把指标表粘贴到上面的框中。'], ['en-US', 'Paste an indicator table into the box above first.']] as const) {
      const { unmount } = renderPane(browserPort(), { language });
      const panel = tab(language === 'zh-CN' ? '导入' : 'Import');
      expect(heldBack(panel).map((held) => held.why)).toEqual([reason]);
      unmount();
    }
  }, 60_000);
});
