import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { keptSampleReturn } from '../support/keptSampleReturn';
import type { ReturnRow, ReturnSheet } from '../../src/core/returns';
import { planOf, realCatalog } from '../support/catalog';
import { cli } from '../support/cli';
import { readOkFile } from '../support/xlsx/filledReturns';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-check-previous-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('check --previous', () => {
  it('names every earlier-year value that differs from the accepted return, with both values', async () => {
    const accepted = path.join(dir, '已接受', '越城区2024.xlsx');
    fs.mkdirSync(path.dirname(accepted));
    const plan = planOf('yuecheng-2021-2025');
    fs.writeFileSync(accepted, await keptSampleReturn({ region: plan.plan.region, plans: [plan], loaded: realCatalog(), reportingYear: 2024, seed: 3 }));
    const current = path.join(dir, '越城区2025.xlsx');
    expect((await cli(['template', '--from', accepted, '--year', '2025', '-o', current])).status).toBe(0);

    const [sheet] = await readOkFile(current);
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

  describe('what counts as a revision, and what the comparison rests on', () => {
    const base = path.join(dir, 'cases');
    const acceptedDir = path.join(base, '已接受');
    const accepted = path.join(acceptedDir, '越城区2024.xlsx');
    const current = path.join(base, '越城区2025.xlsx');
    let sheet: ReturnSheet;
    /** Rows with a number in 2022 and 2023, each its own case. */
    let rows: ReturnRow[];

    async function edited(file: string, out: string, edits: Record<string, ExcelJS.CellValue>): Promise<void> {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      const worksheet = workbook.getWorksheet(sheet.sheet);
      if (worksheet === undefined) throw new Error('sheet missing');
      for (const [address, value] of Object.entries(edits)) worksheet.getCell(address).value = value;
      await workbook.xlsx.writeFile(out);
    }
    const cellOf = (row: ReturnRow | undefined, year: number): string => {
      const address = row?.actuals[year]?.address;
      if (address === undefined) throw new Error(`no ${year} cell`);
      return address;
    };
    const numberOf = (row: ReturnRow | undefined, year: number): number => {
      const value = row?.actuals[year]?.value;
      if (value?.type !== 'number') throw new Error(`no ${year} number`);
      return value.value;
    };

    beforeAll(async () => {
      fs.mkdirSync(acceptedDir, { recursive: true });
      const plan = planOf('yuecheng-2021-2025');
      fs.writeFileSync(accepted, await keptSampleReturn({ region: plan.plan.region, plans: [plan], loaded: realCatalog(), reportingYear: 2024, seed: 5 }));
      const [first] = await readOkFile(accepted);
      if (first === undefined) throw new Error('accepted return has no sheet');
      sheet = first;
      rows = sheet.rows.filter((row) => row.actuals[2022]?.value.type === 'number' && row.actuals[2023]?.value.type === 'number');
      if (rows.length < 6) throw new Error('too few filled rows');
      // The accepted return explains one row; next year's form carries that 说明 with the values.
      await edited(accepted, accepted, { [rows[3]?.explanation.address ?? '']: '统计口径调整' });
      expect((await cli(['template', '--from', accepted, '--year', '2025', '-o', current])).status).toBe(0);
    });

    it('a value typed differently is no revision; a value added, removed or changed is, each with its cell, and a carried 说明 explains none', async () => {
      const [typedAsText, floatNoise, removed, carriedExplanation, added] = rows;
      const revised = path.join(base, '越城区2025-修订.xlsx');
      const addedCell = added?.actuals[2020]?.address;
      if (addedCell === undefined || added?.actuals[2020]?.value.type !== 'empty') throw new Error('no empty 2020 cell');
      await edited(current, revised, {
        [cellOf(typedAsText, 2023)]: numberOf(typedAsText, 2023).toFixed(4),
        [cellOf(floatNoise, 2023)]: numberOf(floatNoise, 2023) + 1e-12,
        [cellOf(removed, 2022)]: null,
        [cellOf(carriedExplanation, 2023)]: numberOf(carriedExplanation, 2023) + 1,
        [addedCell]: 5,
      });
      const json = path.join(base, 'revisions.json');
      const { stdout, status } = await cli(['check', revised, '--previous', acceptedDir, '--json', json]);
      expect(stdout).not.toContain(`「${typedAsText?.name}」2023年实绩`);
      expect(stdout).not.toContain(`「${floatNoise?.name}」2023年实绩`);
      const shownFile = revised;
      expect(stdout).toContain(`修订：绍兴市越城区「${removed?.name}」2022年实绩由已接受的2024年报表中的 ${numberOf(removed, 2022)} 改为 （空）（${shownFile}，${sheet.sheet}!${cellOf(removed, 2022)}），请在说明栏注明修订原因。`);
      expect(stdout).toContain(`修订：绍兴市越城区「${added?.name}」2020年实绩由已接受的2024年报表中的 （空） 改为 5（${shownFile}，${sheet.sheet}!${addedCell}）`);
      expect(stdout).toContain(`「${carriedExplanation?.name}」2023年实绩由已接受的2024年报表中的 ${numberOf(carriedExplanation, 2023)} 改为 ${numberOf(carriedExplanation, 2023) + 1}（${shownFile}，${sheet.sheet}!${cellOf(carriedExplanation, 2023)}）；说明栏仍是已接受报表中的原文，请注明本次修订的原因。`);
      expect(stdout).toContain('修订 3 处，其中未说明 3 处');
      expect(status).toBe(2);
      const written = JSON.parse(fs.readFileSync(json, 'utf8')) as { previous: { revisions: Array<{ cell: string; acceptedValue: string | null; currentValue: string | null; explained: boolean }> } };
      // In the sheet's order: row by row.
      expect(written.previous.revisions.map(({ cell, acceptedValue, currentValue, explained }) => ({ cell, acceptedValue, currentValue, explained }))).toEqual([
        { cell: cellOf(removed, 2022), acceptedValue: String(numberOf(removed, 2022)), currentValue: null, explained: false },
        { cell: cellOf(carriedExplanation, 2023), acceptedValue: String(numberOf(carriedExplanation, 2023)), currentValue: String(numberOf(carriedExplanation, 2023) + 1), explained: false },
        { cell: addedCell, acceptedValue: null, currentValue: '5', explained: false },
      ]);
    });

    it('a rejected return is no accepted value, two accepted returns of one year name the one compared with, and nothing to compare with is said', async () => {
      // A count, not a share (a share is checked against its parts) nor its parts.
      const changed = rows.find((row) => row.unit === '家' && numberOf(row, 2023) >= 100);
      const rejectedDir = path.join(base, '退回');
      fs.mkdirSync(rejectedDir);
      const rejected = path.join(rejectedDir, '越城区2024-退回.xlsx');
      // The rejected return holds the value the current one has: were it believed, the revision would go unseen.
      await edited(accepted, rejected, { [cellOf(changed, 2023)]: numberOf(changed, 2023) + 1, [cellOf(rows.find((row) => row !== changed), 2023)]: -3 });
      const second = path.join(acceptedDir, '越城区2024-另一份.xlsx');
      await edited(accepted, second, { [cellOf(changed, 2023)]: numberOf(changed, 2023) + 1, [changed?.explanation.address ?? '']: '企业名录年底复核后补录一家' });
      const revised = path.join(base, '越城区2025-改一处.xlsx');
      await edited(current, revised, { [cellOf(changed, 2023)]: numberOf(changed, 2023) + 1 });

      const { stdout } = await cli(['check', revised, '--previous', rejected, '--previous', accepted, '--previous', second, '--lang', 'en-US']);
      expect(stdout).toContain(`${rejected} is checked as "rejected", not an accepted return: revisions are not compared with it.`);
      expect(stdout).toContain(`Several accepted returns of 绍兴市越城区 for 2024: ${accepted}, named first, is compared with; ${second} not.`);
      expect(stdout).toContain(`${changed?.name}, 2023 actual changed from ${numberOf(changed, 2023)} in the accepted 2024 return to ${numberOf(changed, 2023) + 1}`);
      expect(stdout).toContain('1 revision, 1 of them unexplained');

      const alone = await cli(['check', revised, '--previous', rejected]);
      expect(alone.stdout).toContain(`${revised}：--previous 中没有绍兴市越城区2025年以前同一规划的已接受报表，未比对修订。`);
      expect(alone.stdout).toContain('修订 0 处');
    });
  });

  it('prints the revision lines in GB/T 2260 order of their regions, not in the order of the files (柯桥 330603 after 越城 330602)', async () => {
    const base = path.join(dir, 'two-regions');
    const acceptedDir = path.join(base, '已接受');
    const currentDir = path.join(base, '本年');
    fs.mkdirSync(acceptedDir, { recursive: true });
    fs.mkdirSync(currentDir);
    // 柯桥 sorts before 越城 by name, and is given first: only the region's code puts 越城 first.
    for (const [id, name] of [['keqiao-2021-2025', '柯桥区'], ['yuecheng-2021-2025', '越城区']] as const) {
      const plan = planOf(id);
      const accepted = path.join(acceptedDir, `${name}2024.xlsx`);
      fs.writeFileSync(accepted, await keptSampleReturn({ region: plan.plan.region, plans: [plan], loaded: realCatalog(), reportingYear: 2024, seed: 7 }));
      const current = path.join(currentDir, `${name}2025.xlsx`);
      expect((await cli(['template', '--from', accepted, '--year', '2025', '-o', current])).status).toBe(0);
      const [sheet] = await readOkFile(current);
      if (sheet === undefined) throw new Error('current return has no sheet');
      const cell = sheet.rows.find((row) => row.unit === '家' && row.actuals[2023]?.value.type === 'number')?.actuals[2023];
      if (cell === undefined || cell.value.type !== 'number') throw new Error('no 2023 count');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(current);
      const worksheet = workbook.getWorksheet(sheet.sheet);
      if (worksheet === undefined) throw new Error('sheet missing');
      worksheet.getCell(cell.address).value = cell.value.value + 1;
      await workbook.xlsx.writeFile(current);
    }
    const keqiao = path.join(currentDir, '柯桥区2025.xlsx');
    const yuecheng = path.join(currentDir, '越城区2025.xlsx');
    for (const args of [[currentDir], [keqiao, yuecheng]]) {
      const { stdout } = await cli(['check', ...args, '--previous', acceptedDir]);
      const regions = stdout.split('\n').filter((line) => line.startsWith('修订：')).map((line) => line.slice('修订：'.length, line.indexOf('「')));
      expect(regions).toEqual(['绍兴市越城区', '绍兴市柯桥区']);
    }
  });
});
