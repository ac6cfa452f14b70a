import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { OutputFs } from '../../src/cli/safeWrite';
import { translate } from '../../src/core/i18n';
import { readOkFile } from '../support/xlsx/filledReturns';
import { cli } from '../support/cli';

/** The demo run once, in this process, as `plan-indicators demo -o <dir>`; each test reads what it wrote. */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-demo-'));
const out = path.join(dir, '演示');
let run: Awaited<ReturnType<typeof cli>>;
beforeAll(async () => {
  run = await cli(['demo', '-o', out]);
}, 180_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const PREVIOUS = path.join(out, '1-2024年报表');
const CURRENT = path.join(out, '2-2025年报表');
const xlsxIn = (folder: string) => fs.readdirSync(folder).filter((name) => name.endsWith('.xlsx')).sort();

const sheetsOf = readOkFile;

const valuesOf = (sheet: ExcelJS.Worksheet) => sheet.getSheetValues().filter(Array.isArray).map((row) => Array.from(row as unknown[], (v) => String(v ?? '')));
const leadingNumber = (text: string) => Number(text.replace(/（.*$/u, ''));
/** The regions a total says it leaves out: "9890.16（不含 绍兴市上虞区：待核实、…）". */
const leftOutOf = (text: string) => (/不含 ([^）]+)/u.exec(text)?.[1] ?? '').split('、').map((part) => part.replace(/：.*$/u, '')).filter((part) => part !== '');

describe('plan-indicators demo: the yearly cycle', () => {
  it('writes the 2024 returns, the 2025 returns made from them, the checks, the city and the province, and a 清单 naming each', () => {
    expect(run.status).toBe(0);
    // Only the annex step's notes on the values the checks did not accept.
    expect(run.stderr.trim().split('\n').filter((line) => !line.includes('个数值未通过校验'))).toEqual([]);
    // Ten counties of 绍兴 and 舟山, each with a 2024 and a 2025 return; 嵊州's 116X plan starts in 2025 on a form of its own.
    expect(xlsxIn(PREVIOUS)).toHaveLength(10);
    expect(xlsxIn(CURRENT)).toEqual([...xlsxIn(PREVIOUS).map((name) => name.replace('-2024-', '-2025-')), '嵊州市-2025-新规划-示例.xlsx'].sort());
    for (const file of ['3-校验/校验汇总.xlsx', '3-校验/校验结果.json', '3-校验/校验记录.txt', '4-市汇总/绍兴市-高新技术产业主要指标-2025.xlsx',
      '4-市汇总/舟山市-高新技术产业主要指标-2025.xlsx', '5-省汇总/浙江省-高新技术产业主要指标-2025.xlsx']) {
      expect([file, fs.existsSync(path.join(out, file))]).toEqual([file, true]);
    }
    expect(fs.readdirSync(path.join(out, '6-附表'))).toHaveLength(4);
    const readme = fs.readFileSync(path.join(out, '清单.txt'), 'utf8');
    for (const folder of fs.readdirSync(out).filter((name) => fs.statSync(path.join(out, name)).isDirectory())) expect(readme).toContain(`${folder}：`);
    for (const file of ['校验汇总.xlsx', '校验结果.json', '校验记录.txt', 'template --from', 'check --previous']) expect(readme).toContain(file);
    // The planted mistakes are listed in Chinese, by file, never by internal code.
    expect(readme).toContain('绍兴市上虞区-2025-示例.xlsx：单位错填');
    expect(`${readme}${run.stdout}`).not.toMatch(/unit_slip|share_as_fraction|text_in_number|missing_value|explained_jump/u);
  });

  it('example values a statistician believes: the returns without planted mistakes pass the product’s own checks', () => {
    const results = JSON.parse(fs.readFileSync(path.join(out, '3-校验', '校验结果.json'), 'utf8')) as { files: Array<{ file: string; status: string }> };
    const planted = ['绍兴市柯桥区', '绍兴市上虞区', '绍兴市新昌县', '嵊州市-2025-示例'];
    const clean = results.files.filter((file) => !planted.some((name) => path.basename(file.file).includes(name)));
    expect(clean.length).toBeGreaterThanOrEqual(7);
    expect(clean.filter((file) => file.status !== 'accepted').map((file) => path.basename(file.file))).toEqual([]);
  });

  it('example values agree within a return: one GDP on every row, counts whole, a county’s figure below its GDP', async () => {
    for (const name of xlsxIn(CURRENT)) {
      const rows = (await sheetsOf(path.join(CURRENT, name))).flatMap((sheet) => sheet.rows);
      const numberIn = (row: (typeof rows)[number]) => {
        const value = row.actuals[2025]?.value;
        return value?.type === 'number' ? value.value : null;
      };
      const gdp = [...new Set(rows.filter((row) => row.name === '地区生产总值').map(numberIn))];
      expect([name, gdp.length <= 1]).toEqual([name, true]);
      for (const row of rows.filter((r) => ['家', '个', '项', '人', '件', '条'].includes(r.unit) || /4个100/u.test(r.name))) {
        const value = numberIn(row);
        if (value !== null) expect([name, row.name, Number.isInteger(value)]).toEqual([name, row.name, true]);
      }
      const digital = rows.find((row) => row.name === '数字经济增加值');
      if (digital !== undefined && gdp[0] !== undefined && gdp[0] !== null && numberIn(digital) !== null && !name.includes('上虞')) {
        expect([name, (numberIn(digital) ?? 0) < gdp[0]]).toEqual([name, true]);
      }
    }
  });

  it('names the annex files by the plans’ titles, not their catalog ids', () => {
    const annexes = fs.readdirSync(path.join(out, '6-附表'));
    expect(annexes.filter((name) => /[a-z]+-\d{4}-\d{4}/u.test(name))).toEqual([]);
    expect(annexes).toContain('浙江省高新技术产业发展“十四五”规划-附表.xlsx');
    expect(run.stdout).not.toMatch(/[a-z]+-\d{4}-\d{4}-附表/u);
  });

  it('carries every 2024 value into the 2025 returns but the one revision, which check --previous names with both values', async () => {
    const yuecheng = path.join(CURRENT, '绍兴市越城区-2025-示例.xlsx');
    const before = await sheetsOf(path.join(PREVIOUS, '绍兴市越城区-2024-示例.xlsx'));
    const after = await sheetsOf(yuecheng);
    const changed = after.flatMap((sheet) => sheet.rows.flatMap((row) => {
      const old = before.find((s) => s.sheet === sheet.sheet)?.rows.find((r) => r.indicatorId === row.indicatorId)?.actuals[2024];
      const now = row.actuals[2024];
      return old !== undefined && now !== undefined && JSON.stringify(old.value) !== JSON.stringify(now.value) ? [{ row, old: old.value, now: now.value }] : [];
    }));
    expect(changed).toHaveLength(1);
    const [{ row, old, now }] = changed as [typeof changed[number]];
    if (old.type !== 'number' || now.type !== 'number') throw new Error('the revision is not a number');
    expect(row.explanation.value.type).toBe('text');

    const line = `修订（已说明）：绍兴市越城区「${row.name}」2024年实绩由已接受的2024年报表中的 ${old.value} 改为 ${now.value}`;
    const checked = await cli(['check', CURRENT, '--previous', PREVIOUS]);
    expect(checked.stdout).toContain(line);
    expect(checked.stdout).toContain('与已接受报表相比：修订 1 处，其中未说明 0 处。');
    // The demo's own log of that check says the same.
    expect(fs.readFileSync(path.join(out, '3-校验', '校验记录.txt'), 'utf8')).toContain(line);
    // Explained, the revision does not reject the return; the planted errors reject theirs.
    expect(checked.stdout).toMatch(/✓ 接受\s+\S*绍兴市越城区-2025-示例\.xlsx/u);
    expect(checked.stdout).toMatch(/✗ 退回\s+\S*绍兴市上虞区-2025-示例\.xlsx/u);
    expect(checked.stdout).toContain('共 11 个文件：接受 7，说明后接受 1，退回 3，无法读取 0。');
  }, 60_000);

  it('makes the province whose additive totals equal the sum of its counties’ 2025 returns, less the values left out as 待核实', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(out, '5-省汇总', '浙江省-高新技术产业主要指标-2025.xlsx'));
    expect(workbook.worksheets.filter((sheet) => sheet.state === 'visible').map((sheet) => sheet.name)).toEqual(['浙江省汇总', '绍兴市汇总', '舟山市汇总']);
    const province = valuesOf(workbook.getWorksheet('浙江省汇总')!);
    const header = province.find((row) => row.some((cell) => cell.startsWith('合计')))!;
    const total = header.findIndex((cell) => cell.startsWith('合计'));
    expect(header[total]).toMatch(/^合计（缺 杭州市、宁波市、温州市、嘉兴市、湖州市、金华市、衢州市、台州市、丽水市）$/u);

    const counties = await Promise.all(xlsxIn(CURRENT).filter((name) => !name.includes('新规划')).map(async (name) => ({
      region: name.replace(/-2025-示例\.xlsx$/u, ''),
      sheet: (await sheetsOf(path.join(CURRENT, name))).find((sheet) => sheet.metadata?.planIds.includes('zj-hightech-industry-2021-2025'))!,
    })));
    expect(counties).toHaveLength(10);
    let compared = 0;
    for (const row of province.filter((cells) => cells.includes('加总') && cells[total] !== '')) {
      const leftOut = leftOutOf(row[total]!);
      const values = counties.flatMap(({ region, sheet }) => {
        const countyRow = sheet.rows.find((r) => row.some((cell) => cell === r.name || cell.startsWith(`${r.name}（`)));
        const value = countyRow?.actuals[2025]?.value;
        return !leftOut.includes(region) && value?.type === 'number' ? [value.value] : [];
      });
      expect([row[2], leadingNumber(row[total]!)]).toEqual([row[2], expect.closeTo(values.reduce((a, b) => a + b, 0), 2)]);
      if (values.some((value) => value !== 0)) compared += 1;
    }
    expect(compared).toBeGreaterThan(5);
  }, 60_000);
});

/** node:fs, except that a file opened under `folder` takes half its first write and then the disk is full. */
function fillingUnder(folder: string): OutputFs {
  const under = new Set<number>();
  return {
    ...fs,
    openSync: ((file: fs.PathLike, ...rest: unknown[]) => {
      const fd = (fs.openSync as (...args: unknown[]) => number)(file, ...rest);
      if (String(file).startsWith(folder)) under.add(fd);
      return fd;
    }) as typeof fs.openSync,
    writeSync: ((fd: number, data: Uint8Array, offset: number, length: number) => {
      if (!under.delete(fd)) return fs.writeSync(fd, data, offset, length);
      fs.writeSync(fd, data, offset, Math.floor(length / 2));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    }) as typeof fs.writeSync,
  };
}

describe('plan-indicators demo on a disk that fills up', () => {
  it('stops at the sample return it cannot write, says why, and leaves no part of it under a county’s file name', async () => {
    const full = path.join(dir, '满');
    const previous = path.join(full, '1-2024年报表');
    const result = await cli(['demo', '-o', full], { outputFs: fillingUnder(previous) });
    // Before: the demo wrote past the injected file system (and on a real full disk left half a return under its name).
    expect(result.status).toBe(4);
    const line = result.stdout.split('\n').find((text) => text.includes(translate('zh-CN', 'output.reason.full')));
    expect(line).toMatch(/-2024-示例\.xlsx/u);
    expect(fs.readdirSync(previous)).toEqual([]);
  });
});
