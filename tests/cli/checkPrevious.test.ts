import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { sampleReturn } from '../../src/cli/sampleReturns';
import { readReturnWorkbook } from '../../src/xlsx/readReturnWorkbook';
import { planOf, realCatalog } from '../support/catalog';
import { cli } from '../support/cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-check-previous-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('check --previous', () => {
  it('names every earlier-year value that differs from the accepted return, with both values', async () => {
    const accepted = path.join(dir, '已接受', '越城区2024.xlsx');
    fs.mkdirSync(path.dirname(accepted));
    const plan = planOf('yuecheng-2021-2025');
    fs.writeFileSync(accepted, await sampleReturn({ region: plan.plan.region, plans: [plan], loaded: realCatalog(), reportingYear: 2024, seed: 3 }));
    const current = path.join(dir, '越城区2025.xlsx');
    expect((await cli(['template', '--from', accepted, '--year', '2025', '-o', current])).status).toBe(0);

    const read = await readReturnWorkbook(new Uint8Array(fs.readFileSync(current)));
    if (!read.ok) throw new Error(read.problem.code);
    const sheet = read.sheets[0];
    const row = sheet?.rows.find((r) => r.actuals[2024]?.value.type === 'number');
    const cell = row?.actuals[2024];
    if (sheet === undefined || row === undefined || cell === undefined || cell.value.type !== 'number') throw new Error('no 2024 value');
    const before = cell.value.value;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(current);
    const worksheet = workbook.getWorksheet(sheet.sheet);
    if (worksheet === undefined) throw new Error('sheet missing');
    worksheet.getCell(cell.address).value = before + 7;
    await workbook.xlsx.writeFile(current);

    const unchanged = await cli(['check', accepted, '--previous', path.dirname(accepted)]);
    expect(unchanged.stdout).toContain('修订 0 处');
    const { stdout } = await cli(['check', current, '--previous', path.dirname(accepted)]);
    expect(stdout).toContain(`修订：绍兴市越城区「${row.name}」2024年实绩由已接受的2024年报表中的 ${before} 改为 ${before + 7}`);
    expect(stdout).toContain('修订 1 处，其中未说明 1 处');
  });
});
