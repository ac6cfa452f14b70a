/**
 * @jest-environment jsdom
 *
 * 填报 › 由本工作簿生成下一年报表: next year's return made from the open workbook's return, in Excel and in browser
 * mode — every actual, 说明 and foot entry carried by id (the same carry as `template --from`), what was carried
 * said, plan and region checked against what the form chose, and the open workbook left as it was.
 */
import '../support/taskpane/nodeGlobals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fireEvent, screen } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { a1, parseRange } from '../../src/core/form';
import type { ReturnSheet } from '../../src/core/returns';
import { readReturnWorkbook } from '../../src/xlsx/readReturnWorkbook';
import { cli } from '../support/cli';
import { bytesOf, catchDownloads } from '../support/taskpane/downloads';
import { FakeExcelPort } from '../support/taskpane/fakeExcelPort';
import { renderPane } from '../support/taskpane/renderPane';
import { yuechengReturn } from '../support/taskpane/samples';
import { browserPort } from '../support/taskpane/services';

const NEXT_YEAR = '由本工作簿生成下一年报表';
const FILE = '绍兴市越城区2024年科技创新发展十四五规划填报表.xlsx';

async function sheetsOf(bytes: Uint8Array): Promise<ReturnSheet[]> {
  const read = await readReturnWorkbook(bytes);
  if (!read.ok) throw new Error(read.problem.code);
  return read.sheets;
}

/** Every non-empty actual, 说明 and foot entry, keyed by sheet, row id (or foot label) and year. */
function entries(sheets: readonly ReturnSheet[]): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const sheet of sheets) {
    for (const row of sheet.rows) {
      for (const [year, cell] of Object.entries(row.actuals)) if (cell.value.type !== 'empty') found.set(`${sheet.sheet}|${row.indicatorId}|${year}`, cell.value);
      if (row.explanation.value.type !== 'empty') found.set(`${sheet.sheet}|${row.indicatorId}|说明`, row.explanation.value);
    }
    for (const { label, entry } of sheet.footer ?? []) if (entry.value.type !== 'empty') found.set(`${sheet.sheet}|${label}`, entry.value);
  }
  return found;
}

let lastYearMade: Promise<Uint8Array> | undefined;

/** 越城区's 2023 return with a jump explained in 说明 and 填表人 written at the foot: typed once per file, a copy to each test. */
async function lastYear(): Promise<Uint8Array> {
  lastYearMade ??= typeLastYear();
  return (await lastYearMade).slice();
}

async function typeLastYear(): Promise<Uint8Array> {
  const bytes = await yuechengReturn(['explained_jump']);
  const [sheet] = await sheetsOf(bytes);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const worksheet = workbook.getWorksheet(sheet?.sheet ?? '');
  // The entry cell right of the label's merged cells.
  let entry: string | null = null;
  worksheet?.eachRow((row, rowNumber) => row.eachCell((cell, colNumber) => {
    if (cell.value !== '填表人：' || cell.master.address !== cell.address) return;
    const merge = worksheet.model.merges.map(parseRange).find((range) => range?.top === rowNumber - 1 && range.left === colNumber - 1);
    entry = a1(rowNumber - 1, (merge?.right ?? colNumber - 1) + 1);
  }));
  if (worksheet === undefined || entry === null) throw new Error('no 填表人 on the form');
  worksheet.getCell(entry).value = '王统计';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pane-next-year-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** What `plan-indicators template --from` makes of the same return: the pane must carry exactly the same. */
async function cliCarried(bytes: Uint8Array): Promise<Map<string, unknown>> {
  const from = path.join(dir, '越城区2023.xlsx');
  fs.writeFileSync(from, bytes);
  const output = path.join(dir, '越城区2024.xlsx');
  const { status, stderr } = await cli(['template', '--from', from, '--year', '2024', '-o', output, '--force']);
  if (status !== 0) throw new Error(stderr);
  return entries(await sheetsOf(new Uint8Array(fs.readFileSync(output))));
}

describe('填报 › 由本工作簿生成下一年报表', () => {
  it('in Excel: downloads next year’s return with everything carried, says what, and leaves the open workbook alone', async () => {
    const downloads = catchDownloads();
    const bytes = await lastYear();
    const port = new FakeExcelPort();
    await port.load(bytes);
    renderPane(port);
    fireEvent.click(await screen.findByRole('button', { name: NEXT_YEAR }, { timeout: 10_000 }));

    const before = entries(await sheetsOf(bytes));
    const explanations = [...before.keys()].filter((key) => key.endsWith('|说明')).length;
    expect(explanations).toBe(1);
    const actuals = before.size - explanations - 1;
    expect(await screen.findByText(`已生成“${FILE}”：从本工作簿（2023年）转入实绩 ${actuals} 个、说明 1 条、表尾 1 项。请打开该文件填报2024年数值。`, undefined, { timeout: 10_000 })).toBeTruthy();
    expect(port.writes).toEqual([]);
    expect(downloads.map((download) => download.fileName)).toEqual([FILE]);
    const next = await sheetsOf(await bytesOf(downloads[0]!));
    expect(next.map((sheet) => sheet.metadata?.reportingYear)).toEqual([2024]);
    expect(next.every((sheet) => sheet.rows.some((row) => row.actuals[2024] !== undefined))).toBe(true);
    const after = entries(next);
    for (const [key, value] of before) expect([key, after.get(key)]).toEqual([key, value]);
    expect(after).toEqual(await cliCarried(bytes));
    // The 说明 carried is recorded, as template --from records it: left unchanged, it explains nothing about 2024 (0243).
    const [said] = [...before].filter(([key]) => key.endsWith('|说明'));
    const text = said?.[1] as { value: string } | undefined;
    expect(next[0]?.metadata?.carriedExplanations).toEqual({ fromYear: 2023, texts: { [said?.[0].split('|')[1] ?? '']: text?.value } });
  }, 90_000);

  it('in the browser: the same from the opened file, which stays unchanged', async () => {
    const downloads = catchDownloads();
    const bytes = await lastYear();
    const port = browserPort();
    await port.file.open('越城区2023.xlsx', bytes);
    renderPane(port);
    fireEvent.click(await screen.findByRole('button', { name: NEXT_YEAR }, { timeout: 10_000 }));
    expect(await screen.findByText(new RegExp(`^已生成“${FILE}”：从本工作簿（2023年）转入实绩 \\d+ 个、说明 1 条、表尾 1 项。`, 'u'), undefined, { timeout: 10_000 })).toBeTruthy();
    const after = entries(await sheetsOf(await bytesOf(downloads[0]!)));
    for (const [key, value] of entries(await sheetsOf(bytes))) expect([key, after.get(key)]).toEqual([key, value]);
    expect(port.file.name()).toBe('越城区2023.xlsx');
    expect(entries(await port.readReturns('all'))).toEqual(entries(await sheetsOf(bytes)));
  }, 90_000);

  it('refuses a plan or a region chosen in the form that is not the workbook’s, and a year not after it, downloading nothing', async () => {
    const downloads = catchDownloads();
    const port = new FakeExcelPort();
    await port.load(await lastYear());
    renderPane(port);
    const button = await screen.findByRole('button', { name: NEXT_YEAR }, { timeout: 10_000 });

    fireEvent.change(screen.getByRole('combobox', { name: '填报地区' }), { target: { value: '330603' } });
    fireEvent.click(button);
    expect(await screen.findByText('本工作簿是绍兴市越城区的报表，与所选填报地区绍兴市柯桥区不符。', undefined, { timeout: 10_000 })).toBeTruthy();

    fireEvent.change(screen.getByRole('combobox', { name: '填报地区' }), { target: { value: '330602' } });
    // The form shows the workbook's year, 2023, already; the person types an earlier one.
    fireEvent.change(screen.getByRole('spinbutton', { name: '报告年份' }), { target: { value: '2022' } });
    fireEvent.click(button);
    expect(await screen.findByText('本工作簿是2023年的报表；报告年份 2022 应晚于它。', undefined, { timeout: 10_000 })).toBeTruthy();

    fireEvent.change(screen.getByRole('spinbutton', { name: '报告年份' }), { target: { value: '2024' } });
    // The workbook's plan is ticked already (the form follows the open return): the person unticks it for another.
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '越城' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /绍兴市越城区科技创新发展/u, checked: true }));
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '柯桥' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /柯桥区科技创新发展/u }));
    fireEvent.click(button);
    expect(await screen.findByText(/^本工作簿是《绍兴市越城区科技创新发展“十四五”规划》的报表，与所选规划《柯桥区科技创新发展“十四五”规划》不符。/u, undefined, { timeout: 10_000 })).toBeTruthy();
    expect(downloads).toEqual([]);
    expect(port.writes).toEqual([]);
  }, 90_000);

  it('says when the open workbook is rejected by the checks, naming the cells whose values it carried as found', async () => {
    const downloads = catchDownloads();
    const bytes = await lastYear();
    const [sheet] = await sheetsOf(bytes);
    const count = sheet?.rows.find((row) => row.unit === '家' && row.actuals[2023]?.value.type === 'number');
    const address = count?.actuals[2023]?.address;
    if (sheet === undefined || address === undefined) throw new Error('no count on the form');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const worksheet = workbook.getWorksheet(sheet.sheet);
    if (worksheet === undefined) throw new Error('sheet missing');
    worksheet.getCell(address).value = -3;
    const port = new FakeExcelPort();
    await port.load(new Uint8Array(await workbook.xlsx.writeBuffer()));
    renderPane(port);
    fireEvent.click(await screen.findByRole('button', { name: NEXT_YEAR }, { timeout: 10_000 }));
    expect(await screen.findByText(
      new RegExp(`注意：本工作簿的校验结论是“退回”（错误 1 处，未说明的警告 0 处）：其中 ${sheet.sheet}!${address} 的内容按原样转入了新表，并未因此通过校验`, 'u'),
      undefined, { timeout: 10_000 },
    )).toBeTruthy();
    // Still made: the values are the county's to correct on the new form.
    expect(downloads.map((download) => download.fileName)).toEqual([FILE]);
  }, 90_000);
});
