/**
 * @jest-environment jsdom
 *
 * 校验 and 审核 in Excel (an in-memory stand-in for the open workbook): a finding selects its cell, the 校验结果
 * sheet is written, findings are marked on their cells, the summary names every finding, and an acceptable
 * return is marked accepted in the workbook.
 */
import '../support/taskpane/nodeGlobals';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { EXCEL_2016, FakeExcelPort, MODERN_EXCEL } from '../support/taskpane/fakeExcelPort';
import { renderPane } from '../support/taskpane/renderPane';
import { yuechengReturn } from '../support/taskpane/samples';
import { placeA1 } from '../../src/core/form';
import { returnFingerprint } from '../../src/taskpane/model/reviewSummary';

async function paneOn(bytes: Uint8Array, tab: string, capabilities = MODERN_EXCEL) {
  const port = new FakeExcelPort(capabilities);
  await port.load(bytes);
  renderPane(port);
  await screen.findByRole('group', { name: '省级规划' });
  fireEvent.click(screen.getByRole('tab', { name: tab }));
  return { port, panel: screen.getByRole('tabpanel') };
}

/** A pane on `port` with its 审核 tab shown. */
async function reviewTabOf(port: FakeExcelPort): Promise<void> {
  renderPane(port);
  await screen.findByRole('group', { name: '省级规划' });
  fireEvent.click(screen.getByRole('tab', { name: '审核' }));
}

describe('校验 in Excel', () => {
  it('selects a finding’s cell when it is clicked, and writes the 校验结果 sheet', async () => {
    const { port, panel } = await paneOn(await yuechengReturn(['unit_slip', 'text_in_number']), '校验');
    fireEvent.click(within(panel).getByRole('button', { name: '校验' }));
    const errors = await within(panel).findByRole('region', { name: '错误（1）：必须更正' }, { timeout: 10_000 });
    fireEvent.click(within(errors).getByRole('button', { name: /^转到单元格 指标填报!/u }));
    await waitFor(() => expect(port.selected).toEqual([{ sheet: '指标填报', cell: 'K8' }]));
    // In Excel the user corrects in the grid: no correction box in the pane.
    expect(within(errors).queryByRole('button', { name: '更正数值' })).toBeNull();

    fireEvent.click(within(panel).getByRole('button', { name: '写入校验结果表' }));
    expect(await within(panel).findByText('已写入“校验结果”工作表，表中每条问题都链接到对应单元格。', undefined, { timeout: 10_000 })).toBeTruthy();
    expect(port.writes.at(-1)).toMatchObject({ metadata: null, replace: [] });
    expect(await port.sheetNames()).toContain('校验结果');
    // Writing it again replaces the earlier one.
    fireEvent.click(within(panel).getByRole('button', { name: '写入校验结果表' }));
    await waitFor(() => expect(port.writes.at(-1)?.replace).toEqual(['校验结果']));
  }, 60_000);
});

describe('审核', () => {
  it('marks the findings on their cells and gives a summary naming each of them; a rejected return cannot be accepted', async () => {
    const { port, panel } = await paneOn(await yuechengReturn(['unit_slip', 'text_in_number']), '审核');
    fireEvent.click(within(panel).getByRole('button', { name: '审核全部填报表' }));
    const summary = await within(panel).findByRole('textbox', { name: '审核意见（可复制后发回填报单位）' }, { timeout: 10_000 });
    const text = (summary as HTMLTextAreaElement).value;
    expect(text.split('\n')[0]).toBe('绍兴市越城区2023年报表审核意见：退回。');
    expect(text).toMatch(/第1条 【错误】指标填报!K8：/u);
    expect(text).toMatch(/第2条 【警告】指标填报!K\d+：.*可能把“亿元”填成了“万元”/u);
    expect(text.split('\n').at(-1)).toMatch(/^请按以上意见更正错误/u);
    const accept = within(panel).getByRole('button', { name: '标记为已接受' });
    expect(accept.getAttribute('aria-disabled')).toBe('true');
    // It says why, and a screen reader reads the reason with the button.
    expect(document.getElementById(accept.getAttribute('aria-describedby') ?? '')?.textContent).toBe('报表有错误，须更正后才能标记为已接受。');

    fireEvent.click(within(panel).getByRole('button', { name: '在单元格上标注' }));
    expect(await within(panel).findByText('已把 2 条问题标注在所在的单元格上。', undefined, { timeout: 10_000 })).toBeTruthy();
    expect(port.annotated[0]?.map((finding) => finding.severity)).toEqual(['error', 'warning']);
  }, 60_000);

  it('marks an acceptable return accepted, in the workbook, where the next reviewer finds it', async () => {
    const { port, panel } = await paneOn(await yuechengReturn([]), '审核');
    fireEvent.click(within(panel).getByRole('button', { name: '审核全部填报表' }));
    await within(panel).findByText('审核结论：接受', undefined, { timeout: 10_000 });
    fireEvent.click(within(panel).getByRole('button', { name: '标记为已接受' }));
    expect(await within(panel).findByText('已在工作簿中记录：本报表已接受。', undefined, { timeout: 10_000 })).toBeTruthy();
    expect(await port.loadSetting('planIndicators.review')).toMatchObject({ status: 'accepted', verdict: 'accepted', errors: 0, warnings: 0 });

    // The next reviewer opens the workbook: their pane, on its 审核 tab, finds the record.
    cleanup();
    const later = new FakeExcelPort();
    await later.load(await port.store.file.bytes());
    await reviewTabOf(later);
    expect(await screen.findByText(/^本报表已于 \d{4}-\d{2}-\d{2} 标记为已接受。$/u, undefined, { timeout: 10_000 })).toBeTruthy();
  }, 60_000);

  it('does not show a return as accepted once it was changed after the acceptance, nor on a record it cannot verify', async () => {
    const { port, panel } = await paneOn(await yuechengReturn([]), '审核');
    fireEvent.click(within(panel).getByRole('button', { name: '审核全部填报表' }));
    await within(panel).findByText('审核结论：接受', undefined, { timeout: 10_000 });
    fireEvent.click(within(panel).getByRole('button', { name: '标记为已接受' }));
    await within(panel).findByText('已在工作簿中记录：本报表已接受。', undefined, { timeout: 10_000 });
    // The county changes a value in the accepted workbook, and sends it again.
    const [sheet] = await port.readReturns('all');
    const entry = sheet?.rows.find((row) => row.indicatorId !== null && row.actuals[2023]?.value.type === 'number')?.actuals[2023];
    if (sheet === undefined || entry === undefined) throw new Error('no entry');
    await port.store.writeValue(sheet.sheet, entry.address, '9999');
    const changed = /^工作簿中记有本报表于 \d{4}-\d{2}-\d{2} 标记为已接受，但报表内容与当时不一致/u;
    cleanup();
    const later = new FakeExcelPort();
    await later.load(await port.store.file.bytes());
    await reviewTabOf(later);
    expect(await screen.findByText(changed, undefined, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByText(/^本报表已于/u)).toBeNull();
    cleanup();

    // A record written by hand (or before records said what was accepted) cannot be verified either.
    const forged = new FakeExcelPort();
    await forged.load(await yuechengReturn(['unit_slip']));
    await forged.saveSetting('planIndicators.review', { status: 'accepted', verdict: 'accepted', at: '2024-05-01T08:00:00.000Z', errors: 0, warnings: 0 });
    await reviewTabOf(forged);
    expect(await screen.findByText(changed, undefined, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByText(/^本报表已于/u)).toBeNull();
  }, 60_000);

  it('never shows a record of acceptance beside a verdict of 退回, even one made to match the workbook', async () => {
    const port = new FakeExcelPort();
    await port.load(await yuechengReturn(['unit_slip', 'text_in_number']));
    await port.saveSetting('planIndicators.review', {
      status: 'accepted', verdict: 'accepted', at: '2024-05-01T08:00:00.000Z', errors: 0, warnings: 0, fingerprint: returnFingerprint(await port.readReturns('all')),
    });
    await reviewTabOf(port);
    expect(await screen.findByText('本报表已于 2024-05-01 标记为已接受。')).toBeTruthy();
    const panel = screen.getByRole('tabpanel');
    fireEvent.click(within(panel).getByRole('button', { name: '审核全部填报表' }));
    await within(panel).findByText('审核结论：退回', undefined, { timeout: 10_000 });
    expect(await within(panel).findByText(/^工作簿中记有本报表于 2024-05-01 标记为已接受，但报表内容与当时不一致/u)).toBeTruthy();
    expect(screen.queryByText(/^本报表已于/u)).toBeNull();
  }, 60_000);

  it('accepts and marks the workbook as it is now: a value typed wrong after the review is not recorded as accepted, and is marked', async () => {
    const { port, panel } = await paneOn(await yuechengReturn([]), '审核');
    fireEvent.click(within(panel).getByRole('button', { name: '审核全部填报表' }));
    await within(panel).findByText('审核结论：接受', undefined, { timeout: 10_000 });
    // In Excel, someone types into the return after it was reviewed.
    const [sheet] = await port.readReturns('all');
    const entry = sheet?.rows.find((row) => row.indicatorId !== null && row.actuals[2023]?.value.type === 'number')?.actuals[2023];
    if (sheet === undefined || entry === undefined) throw new Error('no entry');
    await port.store.writeValue(sheet.sheet, entry.address, '约3.5');

    fireEvent.click(within(panel).getByRole('button', { name: '标记为已接受' }));
    expect(await within(panel).findByText(/^报表在审核后有改动，重新校验的结论为退回，未标记为已接受。/u, undefined, { timeout: 10_000 })).toBeTruthy();
    expect(await port.loadSetting('planIndicators.review')).toBeNull();
    expect(within(panel).getByText('审核结论：退回')).toBeTruthy();

    fireEvent.click(within(panel).getByRole('button', { name: '在单元格上标注' }));
    await waitFor(() => expect(port.annotated.at(-1)?.map((finding) => finding.ref === null ? null : `${finding.sheet}!${placeA1(finding.ref)}`)).toContain(`${sheet.sheet}!${entry.address}`));
  }, 60_000);

  it('on a reviewer’s read-only share: says so, reviews without writing anything, and a refused write is worded as needing a copy', async () => {
    const port = new FakeExcelPort();
    await port.load(await yuechengReturn(['unit_slip', 'text_in_number']));
    port.refuseWrites = true;
    renderPane(port, { readOnly: true });
    expect(await screen.findByText(/^本工作簿以只读方式打开：可以校验和审核，不会改动工作簿。/u)).toBeTruthy();
    await screen.findByRole('group', { name: '省级规划' });
    fireEvent.click(screen.getByRole('tab', { name: '审核' }));
    const panel = screen.getByRole('tabpanel');
    fireEvent.click(within(panel).getByRole('button', { name: '审核全部填报表' }));
    await within(panel).findByText('审核结论：退回', undefined, { timeout: 10_000 });
    expect({ writes: port.writes, annotated: port.annotated, unsaved: port.store.file.unsaved() }).toEqual({ writes: [], annotated: [], unsaved: false });

    fireEvent.click(within(panel).getByRole('button', { name: '在单元格上标注' }));
    expect(await within(panel).findByText(/^Excel 拒绝写入（You cannot perform the requested operation\.）：工作簿是以只读方式打开的.*请把工作簿另存一份副本，在副本中操作。工作簿中原有的表格和已填内容没有改动。$/u, undefined, { timeout: 10_000 })).toBeTruthy();
    expect(port.store.file.unsaved()).toBe(false);
  }, 60_000);

  it('on an Excel without Workbook.settings (ExcelApi 1.4) reviews, but says why it cannot mark or accept in the workbook', async () => {
    const { port, panel } = await paneOn(await yuechengReturn([]), '审核', EXCEL_2016);
    fireEvent.click(within(panel).getByRole('button', { name: '审核全部填报表' }));
    await within(panel).findByText('审核结论：接受', undefined, { timeout: 10_000 });
    const reason = '当前 Excel 版本不支持工作簿设置（ExcelApi 1.4），无法在工作簿中保存审核结论和校验标记。请将工作簿另存为 .xlsx，在浏览器模式中审核，或使用较新的 Office。';
    for (const name of ['在单元格上标注', '标记为已接受']) {
      const button = within(panel).getByRole('button', { name });
      expect({ name, disabled: button.getAttribute('aria-disabled'), why: document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent })
        .toEqual({ name, disabled: 'true', why: reason });
      fireEvent.click(button);
    }
    expect(within(panel).queryByRole('alert')).toBeNull();
    expect(port.annotated).toEqual([]);
    expect(within(panel).getAllByText(reason)).toHaveLength(1);
  }, 60_000);
});
