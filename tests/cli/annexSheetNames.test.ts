/**
 * The annex command names the sheets it wrote by names a reader recognises (decision 0277): the 2018 若干意见's prose
 * targets were listed as …高质量发展的若干意见主要。 — the sheet's name cut at Excel's 31 characters, and the line with it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { cli } from '../support/cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-annex-names-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('regression: a plan with a long title: its sheet and the command’s line name it whole, shortened, not cut', async () => {
  const out = path.join(dir, '若干意见附表.xlsx');
  const { status, stdout } = await cli(['annex', '--plan', 'zj-opinions-2018', '-o', out]);
  expect(status).toBe(0);
  expect(stdout).toBe(`已生成 ${out}：全面加快科技创新推动高质量发展若干意见主要目标。\n`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['全面加快科技创新推动高质量发展若干意见主要目标']);
  // The caption over the table keeps the plan's title whole.
  expect(String(workbook.worksheets[0]!.getCell('A1').value).replace(/\n/gu, '')).toBe('浙江省人民政府关于全面加快科技创新推动高质量发展的若干意见主要目标');
});
