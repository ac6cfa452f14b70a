/**
 * @jest-environment jsdom
 *
 * 校验 in browser mode, on a real in-memory workbook (ExcelJS): open a return with a warning and an error, see
 * them grouped with the verdict, explain the warning, correct the error, download, and find the downloaded file
 * accepted when it is read back as the command line reads it.
 */
import '../support/taskpane/nodeGlobals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { checkAgainstCatalog } from '../../src/core/checks';
import { readReturnWorkbook } from '../../src/xlsx/readReturnWorkbook';
import { bytesOf, catchDownloads } from '../support/taskpane/downloads';
import { renderPane } from '../support/taskpane/renderPane';
import { yuechengReturn } from '../support/taskpane/samples';
import { browserPort, testCatalog } from '../support/taskpane/services';

async function openSample(): Promise<void> {
  const bytes = await yuechengReturn(['unit_slip', 'text_in_number']);
  const file = new File([bytes as BlobPart], '越城区2023.xlsx');
  fireEvent.change(screen.getByTestId('file-input'), { target: { files: [file] } });
  await screen.findByText('当前文件：越城区2023.xlsx', undefined, { timeout: 10_000 });
}

async function runCheck() {
  const panel = screen.getByRole('tabpanel');
  fireEvent.click(within(panel).getByRole('button', { name: '校验' }));
  return within(panel).findByText(/^审核结论：/u, undefined, { timeout: 10_000 });
}

describe('校验 in browser mode', () => {
  it('finds the warning and the error, takes an explanation and a correction, and the downloaded file is accepted', async () => {
    const downloads = catchDownloads();
    renderPane(browserPort());
    await screen.findByRole('group', { name: '省级规划' });
    await openSample();
    fireEvent.click(screen.getByRole('tab', { name: '校验' }));

    expect((await runCheck()).textContent).toBe('审核结论：退回');
    const errors = screen.getByRole('region', { name: '错误（1）：必须更正' });
    const warnings = screen.getByRole('region', { name: '警告（1）：请核实，无误时填写说明' });
    expect(within(errors).getByText(/不是数值/u)).toBeTruthy();
    expect(within(warnings).getByText(/万/u)).toBeTruthy();
    expect(within(warnings).getByText('未说明')).toBeTruthy();
    expect(screen.getByText('1 张填报表：错误 1 条，警告 1 条（未说明 1 条）')).toBeTruthy();

    fireEvent.click(within(warnings).getByRole('button', { name: '填写说明' }));
    fireEvent.change(within(warnings).getByRole('textbox'), { target: { value: '=统计口径调整，数值无误' } });
    fireEvent.click(within(warnings).getByRole('button', { name: '保存说明' }));
    await screen.findByText('1 张填报表：错误 1 条，警告 1 条（未说明 0 条）', undefined, { timeout: 10_000 });
    expect(within(screen.getByRole('region', { name: /^警告/u })).getByText('已说明')).toBeTruthy();
    expect(screen.getByText('说明：=统计口径调整，数值无误')).toBeTruthy();

    const errorsNow = screen.getByRole('region', { name: /^错误/u });
    fireEvent.click(within(errorsNow).getByRole('button', { name: '更正数值' }));
    // The return's own R&D spending over its GDP gives the share typed as '约x': any other share is refused by the
    // share-from-parts check.
    const typed = /约(\d+(?:\.\d+)?)/u.exec(within(errorsNow).getByText(/不是数值/u).textContent ?? '')?.[1] ?? '';
    expect(typed).not.toBe('');
    fireEvent.change(within(errorsNow).getByRole('textbox'), { target: { value: typed } });
    fireEvent.click(within(errorsNow).getByRole('button', { name: '保存数值' }));
    await waitFor(() => expect(screen.getByText(/^审核结论：/u).textContent).toBe('审核结论：说明后接受'), { timeout: 10_000 });

    fireEvent.click(screen.getByRole('button', { name: '下载工作簿' }));
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 10_000 });
    expect(downloads[0]?.fileName).toBe('越城区2023.xlsx');
    const read = await readReturnWorkbook(await bytesOf(downloads[0] as (typeof downloads)[number]));
    if (!read.ok) throw new Error(read.problem.detail);
    const [sheet] = read.sheets;
    expect(sheet === undefined ? null : checkAgainstCatalog(sheet, testCatalog()).report.verdict).toBe('accepted_with_explanations');
  }, 60_000);

  it('refuses a correction the checks refuse, as Excel refuses it typed: the editor keeps the text, the file keeps its value', async () => {
    const downloads = catchDownloads();
    renderPane(browserPort());
    await screen.findByRole('group', { name: '省级规划' });
    await openSample();
    fireEvent.click(screen.getByRole('tab', { name: '校验' }));
    expect((await runCheck()).textContent).toBe('审核结论：退回');
    const errors = screen.getByRole('region', { name: /^错误/u });
    const before = within(errors).getByText(/不是数值/u).textContent;

    fireEvent.click(within(errors).getByRole('button', { name: '更正数值' }));
    fireEvent.change(within(errors).getByRole('textbox'), { target: { value: 'abc' } });
    fireEvent.click(within(errors).getByRole('button', { name: '保存数值' }));
    expect((await screen.findByRole('alert', undefined, { timeout: 10_000 })).textContent).toMatch(/^“abc”不是有效的数值：.*不是数值/u);
    expect((within(errors).getByRole('textbox') as HTMLInputElement).value).toBe('abc');
    expect(screen.getByText(/^审核结论：/u).textContent).toBe('审核结论：退回');
    expect(within(screen.getByRole('region', { name: /^错误/u })).getByText(/不是数值/u).textContent).toBe(before);

    fireEvent.click(screen.getByRole('button', { name: '下载工作簿' }));
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 10_000 });
    const read = await readReturnWorkbook(await bytesOf(downloads[0] as (typeof downloads)[number]));
    if (!read.ok) throw new Error(read.problem.detail);
    const [sheet] = read.sheets;
    const report = sheet === undefined ? null : checkAgainstCatalog(sheet, testCatalog()).report;
    expect(report?.verdict).toBe('rejected');
    expect(report?.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.value)).toEqual([expect.stringMatching(/^约\d/u)]);
    expect(before).toContain(String(report?.findings.find((finding) => finding.severity === 'error')?.value ?? '-'));
  }, 60_000);

  it('says what is wrong with a file that is no workbook, and keeps the pane usable', async () => {
    renderPane(browserPort());
    await screen.findByRole('group', { name: '省级规划' });
    fireEvent.change(screen.getByTestId('file-input'), { target: { files: [new File(['名称,数值\n研发,3.5'], '报表.csv')] } });
    expect((await screen.findByRole('alert', undefined, { timeout: 10_000 })).textContent).toMatch(/不是 Excel 工作簿（\.xlsx）/u);
    expect(screen.getByText(/尚未打开文件/u)).toBeTruthy();
  });
});
