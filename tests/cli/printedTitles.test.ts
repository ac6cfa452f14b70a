/**
 * The printed outputs, as a reader sees them (issue 16): completion tables, the city's consolidation and the check
 * report rendered by LibreOffice to PDF in one run and read back with pdftotext. Titles name the region once and
 * the plan by its title; the check report names plans, not catalog ids.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { realCatalog } from '../support/catalog';
import { sampleReturn } from '../../src/cli/sampleReturns';
import { cli } from '../support/cli';
import ExcelJS from 'exceljs';
import { printedPages } from '../support/soffice';

const loaded = realCatalog();
const planOf = (id: string) => loaded.catalog.plans.find((p) => p.plan.id === id)!;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-printed-'));
const text: Record<string, string> = {};
let coverPage = '';
let cityFile = '';
const squeeze = (pages: string[]) => pages.join('\n').replace(/\s+/gu, '');

beforeAll(async () => {
  const returns = path.join(dir, 'returns');
  fs.mkdirSync(returns);
  const write = async (name: string, code: string, planIds: string[], seed: number) => {
    const file = path.join(returns, `${name}.xlsx`);
    fs.writeFileSync(file, await sampleReturn({ region: { name, code }, plans: planIds.map(planOf), loaded, reportingYear: 2024, seed, mistakes: [] }));
    return file;
  };
  const yuecheng = await write('绍兴市越城区', '330602', ['yuecheng-2021-2025', 'zj-hightech-industry-2021-2025'], 1);
  const keqiao = await write('绍兴市柯桥区', '330603', ['keqiao-2021-2025', 'zj-hightech-industry-2021-2025'], 2);
  const outputs = {
    yuecheng: path.join(dir, 'out', '越城附表.xlsx'),
    keqiao: path.join(dir, 'out', '柯桥附表.xlsx'),
    shengzhou: path.join(dir, 'out', '嵊州附表.xlsx'),
    form: path.join(dir, 'out', '越城区2025.xlsx'),
    city: path.join(dir, 'out', '绍兴汇总.xlsx'),
    report: path.join(dir, 'out', '校验汇总.xlsx'),
  };
  expect((await cli(['annex', '--plan', 'yuecheng-2021-2025', '--returns', yuecheng, '-o', outputs.yuecheng])).status).toBe(0);
  expect((await cli(['annex', '--plan', 'keqiao-2021-2025', '--returns', keqiao, '-o', outputs.keqiao])).status).toBe(0);
  expect((await cli(['template', '--plan', 'yuecheng-2021-2025,zj-hightech-industry-2021-2025', '--region', '330602', '--year', '2025', '-o', outputs.form])).status).toBe(0);
  expect((await cli(['annex', '--plan', 'shengzhou-116x-2024-2030', '-o', outputs.shengzhou])).status).toBe(0);
  await cli(['consolidate', returns, '--plan', 'zj-hightech-industry-2021-2025', '--city', '绍兴市', '-o', outputs.city]);
  await cli(['check', returns, '--report', outputs.report]);
  cityFile = outputs.city;
  const names = Object.keys(outputs) as Array<keyof typeof outputs>;
  const pages = printedPages(names.map((name) => outputs[name]), dir);
  names.forEach((name, i) => {
    text[name] = squeeze(pages[i] ?? []);
    if (name === 'form') coverPage = pages[i]?.[0] ?? '';
  });
}, 300_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('printed titles', () => {
  it('a completion table names its region once', () => {
    expect(text['yuecheng']).toContain('绍兴市越城区科技创新发展“十四五”规划主要指标完成情况（2024年');
    expect(text['yuecheng']).not.toContain('绍兴市越城区绍兴市越城区');
    expect(text['keqiao']).toContain('绍兴市柯桥区科技创新发展“十四五”规划主要指标完成情况（2024年');
    expect(text['keqiao']).not.toContain('柯桥区柯桥区');
  });

  it('the consolidation quotes a plan of another region instead of running it into the city’s name', () => {
    expect(text['city']).toContain('绍兴市《浙江省高新技术产业发展“十四五”规划》主要指标汇总表');
    expect(text['city']).not.toContain('绍兴市浙江省');
  });

  it('the prose targets quote the plan as a reader reads it and name the section, not a line of the extracted text', () => {
    expect(text['shengzhou']).toContain('主要目标');
    expect(text['shengzhou']).toContain('“雄鹰”企业、省级以');
    expect(text['shengzhou']).not.toMatch(/footnoteRef|bookmark/u);
    expect(text['shengzhou']).toContain('一、总体目标');
    expect(text['shengzhou']).not.toMatch(/第\d+行/u);
  });

  it('the cover prints each paragraph of 填报范围 and 填报须知 line after line, without blank lines inside or between them', () => {
    const lines = coverPage.split('\n');
    const between = (start: string, end: string) => {
      const from = lines.findIndex((line) => line.trim() === start);
      const to = lines.findIndex((line, i) => i > from && line.trim().startsWith(end));
      expect([from, to].every((i) => i >= 0)).toBe(true);
      const body = lines.slice(from + 1, to);
      while (body.at(-1)?.trim() === '') body.pop();
      return body;
    };
    const instructions = between('填报须知', '状态（颜色）');
    expect(instructions.filter((line) => /^\s*\d+\. /u.test(line))).toHaveLength(8);
    expect(instructions.filter((line) => line.trim() === '')).toEqual([]);
    const scope = between('填报范围', '填报须知');
    expect(scope.length).toBeGreaterThanOrEqual(3);
    expect(scope.filter((line) => line.trim() === '')).toEqual([]);
  });

  it('the check report names plans by their titles, not their ids', () => {
    expect(text['report']).toContain('柯桥区科技创新发展“十四五”规划');
    expect(text['report']).not.toMatch(/keqiao-2021-2025|yuecheng-2021-2025/u);
  });

  it('prints numbers as written, never in scientific notation', () => {
    for (const name of Object.keys(text)) expect([name, /\d[Ee][+-]\d/u.test(text[name] ?? '')]).toEqual([name, false]);
  });

  it('the consolidation writes its counties’ figures and plain totals as numbers, not text', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(cityFile);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    const numeric: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => {
      if (typeof cell.value === 'string' && /^-?\d+(\.\d+)?$/u.test(cell.value.trim())) numeric.push(`${cell.address} ${cell.value}`);
    }));
    expect(numeric).toEqual([]);
    let numbers = 0;
    sheet.eachRow((row) => row.eachCell((cell) => { if (typeof cell.value === 'number') numbers += 1; }));
    expect(numbers).toBeGreaterThan(10);
  });
});
