import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PACKAGE_ROOT } from '../../src/cli/paths';
import { cli } from '../support/cli';

describe('plan-indicators catalog', () => {
  it('lists the plans with their indicator counts', async () => {
    const { status, stdout } = await cli(['catalog', 'list']);
    expect(status).toBe(0);
    expect(stdout).toContain('yuecheng-2021-2025');
    expect(stdout).toContain('绍兴市越城区科技创新发展“十四五”规划');
    expect(stdout).toMatch(/12 个规划/u);
  });

  it('shows one plan as a readable table with its notes', async () => {
    const { status, stdout } = await cli(['catalog', 'show', 'keqiao-2021-2025']);
    expect(status).toBe(0);
    expect(stdout).toContain('高新技术企业数');
    expect(stdout).toContain('185▲');
    expect(stdout).toContain('注：标*为“六倍增、六提高”指标，标▲为预计数。');
  });

  it('says a 每年 goal is per year where its name does not (每年实施 100 个面向未来的重大基础研究项目)', async () => {
    const { status, stdout } = await cli(['catalog', 'show', 'zj-basic-research-2021-2025']);
    expect(status).toBe(0);
    const line = (name: string) => stdout.split('\n').find((l) => l.includes(name)) ?? '';
    expect(line('面向未来的重大基础研究项目')).toContain('2025: 100 个（每年）');
    expect(line('省级新型研发机构')).toContain('2025: 150 家');
    expect(line('省级新型研发机构')).not.toContain('每年');
  });

  it('prints the other regions\' figures a plan\'s footnotes give for comparison, with region, year and kind', async () => {
    const { status, stdout } = await cli(['catalog', 'show', 'shengzhou-116x-2024-2030']);
    expect(status).toBe(0);
    // [0: 2023年，浙江指标值为3.20%，2027年目标是3.4%；2023年，绍兴指标值为 3.12%，2027年R&D支出占GDP比重目标是3.42%左右。]
    expect(stdout).toContain('参考值 全社会研究与试验发展经费支出占GDP比重：浙江 2023实际 3.20%；浙江 2027目标 3.4%；绍兴 2023实际 3.12%；绍兴 2027目标 3.42%左右');
    // [8: 全省目标每年新增5000家，绍兴目标每年新增600家以上，三年累计新增1800家以上。]: additions, not a stock of 5000.
    expect(stdout).toContain('参考值 高新技术企业：浙江 2027目标 每年新增5000家；绍兴 2027目标 每年新增600家以上；绍兴 2027目标 三年累计新增1800家以上');
  });

  it('names the plans there are when asked for one that is not', async () => {
    const { status, stderr } = await cli(['catalog', 'show', 'nowhere']);
    expect(status).not.toBe(0);
    expect(stderr).toContain('yuecheng-2021-2025');
  });

  it('lints the catalog clean', async () => {
    const { status, stdout } = await cli(['catalog', 'lint']);
    expect(stdout).toMatch(/0 个问题/u);
    expect(status).toBe(0);
  });

  it('lints a broken file with the file, path and line of each problem, and exits non-zero', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-'));
    const source = fs.readFileSync(path.join(PACKAGE_ROOT, 'catalog', 'yuecheng-2021-2025.yaml'), 'utf8');
    const broken = source.replace('level: district', 'level: town').replace('raw: "3.5"', 'raw: "3.5.5"');
    const file = path.join(dir, 'broken.yaml');
    fs.writeFileSync(file, broken);
    const { status, stdout } = await cli(['catalog', 'lint', file]);
    expect(status).toBe(2);
    expect(stdout).toMatch(/broken\.yaml:\d+: \/plan\/level: catalog\.schema/u);
  });

  it('exports the whole catalog in the agreed shape', async () => {
    const { status, stdout } = await cli(['catalog', 'export', '--json']);
    expect(status).toBe(0);
    const exported = JSON.parse(stdout) as Array<{ plan: Record<string, unknown>; indicators: Array<Record<string, unknown> & { values: Array<Record<string, unknown>> }> }>;
    expect(exported).toHaveLength(12);
    for (const { plan, indicators } of exported) {
      expect(Object.keys(plan).sort()).toEqual(['id', 'period', 'region', 'seed', 'title']);
      for (const indicator of indicators) {
        expect(Object.keys(indicator).sort()).toEqual(['attribute', 'category', 'concept', 'id', 'marks', 'name', 'parent', 'responsible', 'seq', 'source', 'unit', 'values']);
        expect(Object.keys(indicator['source'] as object).sort()).toEqual(['kind', 'line', 'seed', 'table']);
        for (const value of indicator.values) {
          expect(Object.keys(value).sort()).toEqual(['cumulative', 'estimated', 'high', 'increment', 'kind', 'low', 'raw', 'role', 'value', 'year']);
        }
      }
    }
    const yuecheng = exported.find((p) => p.plan['id'] === 'yuecheng-2021-2025')!;
    const rd = yuecheng.indicators.find((i) => i['concept'] === 'rd_gdp_share')!;
    expect(rd.values).toEqual(expect.arrayContaining([
      expect.objectContaining({ year: 2020, role: 'baseline', raw: '2.4（预计）', kind: 'exact', value: 2.4, estimated: true, low: null }),
      expect.objectContaining({ year: 2025, role: 'target', raw: '3.5', kind: 'exact', value: 3.5 }),
    ]));
  });
});
