import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { realCatalog } from '../support/catalog';
import { keptSampleReturn } from '../support/keptSampleReturn';
import { cli } from '../support/cli';
import { findRegion, fullRegionName } from '../../src/core/regions';

/**
 * `check` lists the files in GB/T 2260 order of their regions (issue 12, decision 0245), as its report workbook does:
 * printed lines and the JSON's file list alike, the same with one job or two worker threads. The names here sort in
 * pinyin (不 柯 空 上 嵊 新 越 诸) quite unlike the codes; the files no region can be read from come last, by name.
 */
const loaded = realCatalog();
const plan = loaded.catalog.plans.find((p) => p.plan.id === 'zj-hightech-industry-2021-2025')!;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-check-order-'));
const REGIONS: Array<[string, string]> = [
  ['诸暨市', '330681'], ['嵊州市', '330683'], ['上虞区', '330604'], ['越城区', '330602'], ['新昌县', '330624'], ['柯桥区', '330603'],
];
const IN_CODE_ORDER = ['越城区', '柯桥区', '上虞区', '新昌县', '诸暨市', '嵊州市', '不是工作簿', '空的'].map((name) => `${name}.xlsx`);

beforeAll(async () => {
  for (const [index, [name, code]] of REGIONS.entries()) {
    const bytes = await keptSampleReturn({ region: { name: fullRegionName(findRegion(code)!), code }, plans: [plan], loaded, reportingYear: 2024, seed: index + 1, mistakes: index === 2 ? ['unit_slip'] : [] });
    fs.writeFileSync(path.join(dir, `${name}.xlsx`), bytes);
  }
  fs.writeFileSync(path.join(dir, '不是工作簿.xlsx'), 'not a workbook');
  fs.writeFileSync(path.join(dir, '空的.xlsx'), '');
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const baseName = (file: string) => file.split(/[\\/]/u).pop();

it.each([['1'], ['2']])('prints the files and writes their JSON in GB/T 2260 order of their regions, unknown regions last (--jobs %s)', async (jobs) => {
  const json = path.join(os.tmpdir(), `cli-check-order-${jobs}-${process.pid}.json`);
  try {
    const { status, stdout } = await cli(['check', dir, '--jobs', jobs, '--json', json, '--force']);
    const printed = stdout.split('\n').map((line) => /\S+\.xlsx/u.exec(line)?.[0]).filter((file) => file !== undefined).map(baseName);
    expect(printed).toEqual(IN_CODE_ORDER);
    // Each line keeps its own verdict: the unit slip is 上虞区's, the unreadable files' marks are theirs.
    expect(stdout.split('\n').find((line) => line.includes('上虞区.xlsx'))).toMatch(/^✗ 退回/u);
    expect(stdout.split('\n').find((line) => line.includes('越城区.xlsx'))).toMatch(/^✓ 接受/u);
    expect(stdout.split('\n').find((line) => line.includes('空的.xlsx'))).toMatch(/^! 无法读取/u);
    const text = fs.readFileSync(json, 'utf8');
    const written = JSON.parse(text) as { files: Array<{ file: string }> };
    expect(written.files.map((file) => baseName(file.file))).toEqual(IN_CODE_ORDER);
    // Written file by file from what each kept, the text is still JSON's own two-space indentation of the whole.
    expect(text).toBe(`${JSON.stringify(written, null, 2)}\n`);
    expect(status).toBe(3);
  } finally {
    fs.rmSync(json, { force: true });
  }
}, 180_000);
