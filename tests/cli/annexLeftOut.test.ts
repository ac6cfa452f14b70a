import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { realCatalog } from '../support/catalog';
import { keptSampleReturn } from '../support/keptSampleReturn';
import { cli } from '../support/cli';

/** `annex` from returns names, in the completion table's title area, the returns it left out and why (issue 10.6). */
const loaded = realCatalog();
const planOf = (id: string) => loaded.catalog.plans.find((p) => p.plan.id === id)!;
const PLAN = 'zj-hightech-industry-2021-2025';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-annex-leftout-'));
const returns = path.join(dir, 'returns');
const region = { name: '绍兴市越城区', code: '330602' };

beforeAll(async () => {
  fs.mkdirSync(returns, { recursive: true });
  fs.writeFileSync(path.join(returns, '越城区.xlsx'), await keptSampleReturn({ region, plans: [planOf(PLAN)], loaded, reportingYear: 2024, seed: 11, mistakes: [] }));
  const merged = await keptSampleReturn({ region, plans: [planOf(PLAN), planOf('yuecheng-2021-2025')], merge: true, loaded, reportingYear: 2024, seed: 12, mistakes: [] });
  fs.writeFileSync(path.join(returns, '越城区-合并.xlsx'), merged);
  fs.writeFileSync(path.join(returns, '坏文件.xlsx'), 'not a workbook');
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('lists the merged sheet and the unreadable file, each with its reason, above the completion table, not only on stderr', async () => {
  const out = path.join(dir, 'annex.xlsx');
  const { stderr } = await cli(['annex', '--plan', PLAN, '--returns', returns, '-o', out]);
  expect(stderr).toContain('坏文件.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  const completion = workbook.worksheets.filter((sheet) => sheet.name.startsWith('完成情况-'));
  expect(completion.map((sheet) => sheet.name)).toEqual(['完成情况-绍兴市越城区2024']);
  const rows = completion[0]!.getSheetValues().filter(Array.isArray).map((row) => Array.from(row as unknown[], (v) => String(v ?? '')));
  const header = rows.findIndex((row) => row.includes('规划目标'));
  // The caption's lines as broken to its width (decision 0277), read as one text.
  const title = rows.slice(0, header).flat().join('').replace(/\n/gu, '');
  expect(title).toMatch(/未列入：.*越城区-合并\.xlsx（.+）：多个规划合并填报/u);
  expect(title).toMatch(/坏文件\.xlsx：\S+/u);
});

it('says nothing of left-out returns when none was left out', async () => {
  const out = path.join(dir, 'annex-one.xlsx');
  await cli(['annex', '--plan', PLAN, '--returns', path.join(returns, '越城区.xlsx'), '-o', out]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  const texts = workbook.getWorksheet('完成情况-绍兴市越城区2024')!.getSheetValues().flat().map((v) => String(v ?? ''));
  expect(texts.some((text) => text.includes('未列入'))).toBe(false);
});

it('orders the completion tables by GB/T 2260 code, not by file name (诸暨 330681 before 嵊州 330683, 越城 330602 first)', async () => {
  const folder = path.join(dir, 'ordered');
  fs.mkdirSync(folder, { recursive: true });
  // By name (zh-CN collation, pinyin) these come 柯桥, 嵊州, 越城, 诸暨.
  const counties = [['柯桥区.xlsx', '绍兴市柯桥区', '330603'], ['嵊州市.xlsx', '嵊州市', '330683'], ['越城区.xlsx', '绍兴市越城区', '330602'], ['诸暨市.xlsx', '诸暨市', '330681']] as const;
  for (const [index, [file, name, code]] of counties.entries()) {
    fs.writeFileSync(path.join(folder, file), await keptSampleReturn({ region: { name, code }, plans: [planOf(PLAN)], loaded, reportingYear: 2024, seed: 20 + index, mistakes: [] }));
  }
  const out = path.join(dir, 'annex-ordered.xlsx');
  expect((await cli(['annex', '--plan', PLAN, '--returns', folder, '-o', out])).status).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  expect(workbook.worksheets.map((sheet) => sheet.name).filter((name) => name.startsWith('完成情况-'))).toEqual(
    ['完成情况-绍兴市越城区2024', '完成情况-绍兴市柯桥区2024', '完成情况-诸暨市2024', '完成情况-嵊州市2024'],
  );
});

it('names each return given when none is of the plan (with its plans), and takes every file after --returns', async () => {
  const other = path.join(dir, '越城区-本区规划.xlsx');
  fs.writeFileSync(other, await keptSampleReturn({ region, plans: [planOf('yuecheng-2021-2025')], loaded, reportingYear: 2024, seed: 13, mistakes: [] }));
  const alone = await cli(['annex', '--plan', PLAN, '--returns', other, '-o', path.join(dir, 'annex-other.xlsx')], { cwd: dir });
  expect(alone.status).toBe(0);
  expect(alone.stderr).toBe('· 越城区-本区规划.xlsx：是《绍兴市越城区科技创新发展“十四五”规划》的报表，不是《浙江省高新技术产业发展“十四五”规划》的，未为它生成完成情况表。\n');
  // --returns a b: b is a return too (the usage says 文件或文件夹…); among returns of the plan, others pass unsaid.
  const both = await cli(['annex', '--plan', PLAN, '--returns', other, path.join(returns, '越城区.xlsx'), '-o', path.join(dir, 'annex-both.xlsx')], { cwd: dir });
  expect(both.stderr).toBe('');
  expect(both.stdout).toMatch(/完成情况-绍兴市越城区2024。\n$/u);
});

it('regression: a county’s return given twice gets one completion table, the other file named; copies that differ hold their differing values 待核实', async () => {
  // Before, 越城区.xlsx and 越城区(1).xlsx (QQ's second download) printed 完成情况-绍兴市越城区2024 and …(2), without a word.
  const twice = path.join(dir, 'twice');
  fs.mkdirSync(twice);
  const own = fs.readFileSync(path.join(returns, '越城区.xlsx'));
  fs.writeFileSync(path.join(twice, '越城区.xlsx'), own);
  fs.writeFileSync(path.join(twice, '越城区(1).xlsx'), own);
  const completionTables = async (out: string) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    return workbook.worksheets.filter((sheet) => sheet.name.startsWith('完成情况-'));
  };
  const same = await cli(['annex', '--plan', PLAN, '--returns', twice, '-o', path.join(dir, 'twice.xlsx')]);
  expect(same.stderr).toContain('越城区(1).xlsx：绍兴市越城区2024年的报表重复报送（已使用');
  expect(same.status).toBe(1);
  const tables = await completionTables(path.join(dir, 'twice.xlsx'));
  expect(tables.map((sheet) => sheet.name)).toEqual(['完成情况-绍兴市越城区2024']);
  expect(tables[0]!.getSheetValues().flat().join('')).not.toContain('待核实');

  // A second return of other values (a revision sent after the first): which one stands cannot be told from the files.
  fs.writeFileSync(path.join(twice, '越城区(1).xlsx'), await keptSampleReturn({ region, plans: [planOf(PLAN)], loaded, reportingYear: 2024, seed: 13, mistakes: [] }));
  const differ = await cli(['annex', '--plan', PLAN, '--returns', twice, '-o', path.join(dir, 'differ.xlsx')]);
  expect(differ.status).toBe(1);
  const [table] = await completionTables(path.join(dir, 'differ.xlsx'));
  expect(table!.getSheetValues().flat().join('')).toContain('待核实');
  expect(differ.stderr).toMatch(/越城区\.xlsx：绍兴市越城区报送的两份报表有 \d+ 个数值不同，完成情况表中标为“待核实”/u);
  expect(differ.stderr).not.toContain('未通过校验');
});
