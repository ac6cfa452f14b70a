import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { cli } from '../support/cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-template-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function open(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

describe('plan-indicators template', () => {
  it('writes a workbook with a cover (instructions and colour legend), the reporting sheet and a very hidden _meta', async () => {
    const file = path.join(dir, '越城区2023.xlsx');
    const { status, stdout } = await cli(['template', '--plan', 'yuecheng-2021-2025', '--region', '越城区', '--year', '2023', '-o', file]);
    expect(status).toBe(0);
    expect(stdout).toContain('填报说明');
    const workbook = await open(file);
    expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([['填报说明', 'visible'], ['指标填报', 'visible'], ['_meta', 'veryHidden']]);
    const cover = workbook.getWorksheet('填报说明')!;
    const coverText = cover.getSheetValues().flat().map((v) => String(v ?? '')).join('|');
    for (const words of ['绍兴市越城区（330602）', '2023年', '已达标', '滞后', '倒退']) expect(coverText).toContain(words);
    const sheet = workbook.getWorksheet('指标填报')!;
    expect(sheet.getCell('A1').value).toBe('绍兴市越城区科技创新发展“十四五”规划主要指标完成情况表');
  });

  it('makes a sheet per plan, or one merged sheet by concept with --merge', async () => {
    const apart = path.join(dir, 'apart.xlsx');
    const merged = path.join(dir, 'merged.xlsx');
    expect((await cli(['template', '--plan', 'yuecheng-2021-2025,zj-hightech-industry-2021-2025', '--region', '330602', '--year', '2024', '-o', apart])).status).toBe(0);
    expect((await cli(['template', '--plan', 'yuecheng-2021-2025,zj-hightech-industry-2021-2025', '--region', '330602', '--year', '2024', '--merge', '-o', merged])).status).toBe(0);
    const visible = async (file: string) => (await open(file)).worksheets.filter((s) => s.state === 'visible').map((s) => s.name);
    expect(await visible(apart)).toEqual(['填报说明', '绍兴市越城区科技创新发展“十四五”规划', '浙江省高新技术产业发展“十四五”规划']);
    expect(await visible(merged)).toEqual(['填报说明', '指标填报']);
  });

  it('says what is wrong with the options, and exits with a usage status', async () => {
    const unknownPlan = await cli(['template', '--plan', 'nowhere', '--region', '越城区', '--year', '2023', '-o', path.join(dir, 'x.xlsx')]);
    expect(unknownPlan.status).toBe(64);
    expect(unknownPlan.stderr).toContain('没有规划“nowhere”');
    const unknownRegion = await cli(['template', '--plan', 'yuecheng-2021-2025', '--region', '火星', '--year', '2023', '-o', path.join(dir, 'x.xlsx')]);
    expect(unknownRegion.stderr).toContain('不认识的地区“火星”');
    const badYear = await cli(['template', '--plan', 'yuecheng-2021-2025', '--region', '越城区', '--year', '二三', '-o', path.join(dir, 'x.xlsx')]);
    expect(badYear.stderr).toContain('年份“二三”无法识别');
    expect(fs.existsSync(path.join(dir, 'x.xlsx'))).toBe(false);
  });
});
