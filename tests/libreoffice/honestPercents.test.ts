/**
 * The reporting sheet's 完成进度 and 序时进度 never print as the opposite of its 状态 (decision 0244 addendum): a
 * return whose 完成进度 is 59.97 % against 序时进度 60 % (滞后), and one at 99.97 % in the target year (未达标), printed
 * by LibreOffice (one run for both) show "59.97%" / "60.0%" and "99.97%", not "60.0%" twice nor "100.0%"; rows
 * whose figures do not tie keep one decimal.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { printedPages } from '../support/soffice';
import { Cells, edit, template, YUECHENG } from '../support/xlsx/filledReturns';
import { HIGHTECH, SMES, TURNOVER } from '../support/xlsx/messyReturn';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'honest-percents-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The printed line of the row named `name` (pdftotext -layout keeps a row on one line). */
const lineOf = (pages: readonly string[], name: string) => pages.join('\n').split('\n').find((line) => line.includes(name)) ?? '';

it('prints 完成进度 with the decimals that keep it short of 序时进度 and of 100 %, as its status says', async () => {
  // 越城区 2020 → 2025: 高新技术企业数 344 → 650, so 2023's 序时进度 is 60 %.
  const midYear = await template(YUECHENG, 2023);
  const mid = new Cells(midYear);
  const behind = path.join(dir, 'behind.xlsx');
  fs.writeFileSync(behind, await edit(midYear.bytes, (sheet) => {
    sheet.getCell(mid.actual(HIGHTECH, 2023)).value = 527.5; // (527.5 − 344) / 306 = 59.967 %
    sheet.getCell(mid.actual(SMES, 2023)).value = 1795.1969; // 1338 → 2100: 457.1969 / 762 = 59.99959 %
    sheet.getCell(mid.actual(TURNOVER, 2023)).value = 17;
  }));
  const lastYear = await template(YUECHENG, 2025);
  const last = new Cells(lastYear);
  const short = path.join(dir, 'short.xlsx');
  fs.writeFileSync(short, await edit(lastYear.bytes, (sheet) => {
    sheet.getCell(last.actual(HIGHTECH, 2025)).value = 649.9; // 305.9 / 306 = 99.967 %
  }));

  const [behindPages, shortPages] = printedPages([behind, short], dir) as [string[], string[]];
  const behindLine = lineOf(behindPages, '高新技术企业数');
  expect(behindLine).toMatch(/59\.97%\s+60\.0%\s+滞后/u);
  const shortLine = lineOf(shortPages, '高新技术企业数');
  expect(shortLine).toMatch(/99\.97%\s+100\.0%\s+未达标/u);
  // Within 0.0005 points it takes four decimals, and the column is wide enough to print them.
  expect(lineOf(behindPages, '科技型中小企业')).toMatch(/59\.9996%\s+60\.0%\s+滞后/u);
  // A figure that does not round onto its mark keeps the sheet's one decimal.
  expect(lineOf(behindPages, '技术市场交易成交额')).toMatch(/\s\d+\.\d%\s+\d+\.\d%\s/u);
}, 120_000);
