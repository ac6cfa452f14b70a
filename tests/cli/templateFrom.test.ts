import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LoadedCatalog } from '../../src/core/catalog';
import type { ReturnSheet } from '../../src/core/returns';
import ExcelJS from 'exceljs';
import { keptSampleReturn } from '../support/keptSampleReturn';
import { readOkFile } from '../support/xlsx/filledReturns';
import { planOf, realCatalog } from '../support/catalog';
import { cli } from '../support/cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-template-from-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const sheetsOf = readOkFile;

/** Every non-empty actual and 说明 of a return, keyed by sheet, row id and year. */
function entries(sheets: readonly ReturnSheet[]): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const sheet of sheets) {
    for (const row of sheet.rows) {
      for (const [year, cell] of Object.entries(row.actuals)) if (cell.value.type !== 'empty') found.set(`${sheet.sheet}|${row.indicatorId}|${year}`, cell.value);
      if (row.explanation.value.type !== 'empty') found.set(`${sheet.sheet}|${row.indicatorId}|说明`, row.explanation.value);
    }
  }
  return found;
}

const KEQIAO = 'keqiao-2021-2025';
const SHARED = 'zj-hightech-industry-2021-2025';

async function lastYear(file: string, loaded: LoadedCatalog, year = 2024): Promise<string> {
  const plans = [planOf(KEQIAO, loaded), planOf(SHARED, loaded)];
  const bytes = await keptSampleReturn({ region: planOf(KEQIAO).plan.region, plans, loaded, reportingYear: year, seed: 11, mistakes: ['explained_jump'] });
  const full = path.join(dir, file);
  fs.writeFileSync(full, bytes);
  return full;
}

describe('template --from last year’s return', () => {
  it('carries every actual and 说明 into next year’s form, with a 2025 column, and says what it carried', async () => {
    const from = await lastYear('柯桥区2024.xlsx', realCatalog());
    const output = path.join(dir, '柯桥区2025.xlsx');
    const { status, stdout, stderr } = await cli(['template', '--from', from, '--year', '2025年', '-o', output]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const before = entries(await sheetsOf(from));
    const afterSheets = await sheetsOf(output);
    const after = entries(afterSheets);
    expect(before.size).toBeGreaterThan(20);
    for (const [key, value] of before) expect([key, after.get(key)]).toEqual([key, value]);
    expect(afterSheets.map((sheet) => sheet.metadata?.reportingYear)).toEqual([2025, 2025]);
    expect(afterSheets.every((sheet) => sheet.rows.some((row) => row.actuals[2025] !== undefined))).toBe(true);
    const explanations = [...before.keys()].filter((key) => key.endsWith('|说明')).length;
    expect(explanations).toBeGreaterThan(0);
    expect(stdout).toContain(`转入实绩 ${before.size - explanations} 个、说明 ${explanations} 条`);
  });

  it('carries every value of a return made under an earlier catalog release and names both versions', async () => {
    const standing = realCatalog().history?.standingOf('c-d48358dc');
    if (standing?.kind !== 'released') throw new Error('release c-d48358dc not rebuilt');
    const from = await lastYear('柯桥区2024-旧目录.xlsx', standing.loaded);
    const output = path.join(dir, '柯桥区2025-新目录.xlsx');
    const { status, stdout, stderr } = await cli(['template', '--from', from, '--year', '2025', '-o', output]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain(`上年报表按指标目录 c-d48358dc 生成，新表按 ${realCatalog().version} 生成`);
    const before = entries(await sheetsOf(from));
    const after = entries(await sheetsOf(output));
    const notCarried = /(\d+) 个已填内容在新表中没有位置/u.exec(stdout);
    const missing = [...before].filter(([key, value]) => JSON.stringify(after.get(key)) !== JSON.stringify(value));
    // Whatever did not find its row on the new form is named, never dropped silently.
    expect(missing.length).toBe(notCarried === null ? 0 : Number(notCarried[1]));
  });

  it('refuses a plan, a region or a year that does not follow from the earlier return, writing nothing', async () => {
    const from = await lastYear('柯桥区2024-b.xlsx', realCatalog());
    const output = path.join(dir, 'never.xlsx');
    const plan = await cli(['template', '--from', from, '--plan', 'yuecheng-2021-2025', '--year', '2025', '-o', output]);
    expect(plan.stderr).toContain('与 --plan 给出的《绍兴市越城区科技创新发展“十四五”规划》不符');
    const region = await cli(['template', '--from', from, '--region', '越城', '--year', '2025', '-o', output]);
    expect(region.stderr).toContain('是绍兴市柯桥区的报表，与 --region 给出的绍兴市越城区不符');
    const year = await cli(['template', '--from', from, '--year', '2024', '-o', output]);
    expect(year.stderr).toContain('是2024年的报表；--year 2024 应晚于它');
    const late = await cli(['template', '--from', from, '--year', '2026', '-o', output]);
    expect(late.stderr).toContain('2026年不在规划期内：可填报的年份为 2021–2025年');
    for (const result of [plan, region, year, late]) expect(result.status).toBe(64);
    expect(fs.existsSync(output)).toBe(false);
  });

  it('says when last year’s return is rejected, naming its open cells, and carries a typed formula as the checks read it, never its cached result', async () => {
    const from = await lastYear('柯桥区2024-退回.xlsx', realCatalog());
    // Counts (a negative one is an error), each on its sheet.
    const counts = (await sheetsOf(from)).flatMap((sheet) => sheet.rows
      .filter((row) => ['家', '个', '项', '件'].includes(row.unit) && row.actuals[2023]?.value.type === 'number')
      .map((row) => ({ sheet: sheet.sheet, id: row.indicatorId, address: row.actuals[2023]?.address ?? '' })));
    const [constant, referencing, negative] = counts;
    if (constant === undefined || referencing === undefined || negative === undefined) throw new Error('too few counts');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(from);
    const set = (at: typeof constant, value: ExcelJS.CellValue) => {
      const worksheet = workbook.getWorksheet(at.sheet);
      if (worksheet === undefined) throw new Error('sheet missing');
      worksheet.getCell(at.address).value = value;
    };
    // A constant formula whose cache was forged, a formula over another cell with a forged cache, a negative count.
    set(constant, { formula: '100+20', result: 99_999 });
    set(referencing, { formula: 'A1*0+77', result: 88_888 });
    set(negative, -3);
    await workbook.xlsx.writeFile(from);

    const output = path.join(dir, '柯桥区2025-自退回.xlsx');
    const { status, stdout } = await cli(['template', '--from', from, '--year', '2025', '-o', output]);
    // Written, with a note: the new form does not pass last year's values off as accepted.
    expect(status).toBe(1);
    const shownFrom = path.relative(process.cwd(), from);
    const line = stdout.split('\n').find((text) => text.startsWith(`注意：${from}`) || text.startsWith(`注意：${shownFrom}`)) ?? '';
    expect(line).toMatch(/的校验结论是“退回”（错误 \d+ 处，未说明的警告 \d+ 处）：其中 .+ 的内容按原样转入了新表，并未因此通过校验/u);
    for (const at of [constant, referencing, negative]) expect(line).toContain(`${at.sheet}!${at.address}`);
    expect(stdout).toContain(`个已填内容在新表中没有位置，未转入（${referencing.sheet}!${referencing.address}（2023）`);

    const carried = await sheetsOf(output);
    const valueOf = (at: typeof constant) => carried.find((other) => other.sheet === at.sheet)?.rows.find((row) => row.indicatorId === at.id)?.actuals[2023]?.value;
    expect(valueOf(constant)).toEqual({ type: 'number', value: 120 });
    expect(valueOf(referencing)).toEqual({ type: 'empty' });
    expect(valueOf(negative)).toEqual({ type: 'number', value: -3 });

    const clean = await cli(['template', '--from', await lastYear('柯桥区2024-c.xlsx', realCatalog()), '--year', '2025', '-o', path.join(dir, '柯桥区2025-c.xlsx')]);
    expect(clean.status).toBe(0);
    expect(clean.stdout).not.toContain('注意');
  });
});
