/**
 * What joins indicators by concept (merged sheets: their rows, the check report's names, next year's form) never
 * joins different entities' measures: 越城's 国家级绍兴高新区进入全国50强 and the province's 杭州、宁波国家高新区全国排名
 * once shared one concept (decision 0278).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { LoadedCatalog } from '../../src/core/catalog';
import { conceptRowId } from '../../src/core/form';
import { fillReturn } from '../../src/xlsx';
import { readOk, readOkFile } from '../support/xlsx/filledReturns';
import { keptSampleReturn } from '../support/keptSampleReturn';
import { planOf, realCatalog } from '../support/catalog';
import { cli } from '../support/cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-concept-joins-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const sheetsOf = readOkFile;

const YUECHENG = { name: '绍兴市越城区', code: '330602' };

/** 越城's merged return of its own plan and the province's high-tech plan, with the Shaoxing zone's rank typed. */
async function yuechengMerged(file: string, loaded: LoadedCatalog, rank: number): Promise<string> {
  const plans = [planOf('yuecheng-2021-2025', loaded), planOf('zj-hightech-industry-2021-2025', loaded)];
  const sample = await keptSampleReturn({ region: YUECHENG, plans, loaded, reportingYear: 2024, seed: 5, merge: true });
  const rowId = (await readOk(sample))[0]!.rows.find((row) => row.name.includes('绍兴高新区'))!.indicatorId!;
  const full = path.join(dir, file);
  fs.writeFileSync(full, await fillReturn(sample, [{ rowId, year: 2024, value: rank }]));
  return full;
}

describe('concepts join one entity’s measure only', () => {
  it('names the province’s merged row of the Hangzhou and Ningbo zones’ rank by those zones in the check report, not by the Shaoxing zone', async () => {
    const loaded = realCatalog();
    const plans = [planOf('zj-hightech-industry-2021-2025'), planOf('zj-innovation-platforms-2021-2025')];
    const sample = await keptSampleReturn({ region: { name: '浙江省', code: '330000' }, plans, loaded, reportingYear: 2025, seed: 3, merge: true });
    const row = (await readOk(sample))[0]!.rows.find((candidate) => candidate.name.includes('国家高新区全国排名'))!;
    expect(row.name).toBe('杭州、宁波国家高新区全国排名');
    // A rank typed as words: the checks flag it, and the report names the row.
    const file = path.join(dir, '浙江省2025.xlsx');
    fs.writeFileSync(file, await fillReturn(sample, [{ rowId: row.indicatorId!, year: 2025, value: '第八名' }]));
    const report = path.join(dir, '校验汇总.xlsx');
    const { status } = await cli(['check', file, '--report', report]);
    expect(status).toBe(2);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(report);
    const texts = workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().flat().map((value) => String(value ?? '')));
    expect(texts).toContain('杭州、宁波国家高新区全国排名');
    expect(texts.filter((text) => text.includes('绍兴高新区'))).toEqual([]);
  });

  it('gives 越城’s rank of the Shaoxing zone a row of its own concept on a merged sheet', async () => {
    const file = await yuechengMerged('越城区2024.xlsx', realCatalog(), 46);
    const row = (await sheetsOf(file))[0]!.rows.find((candidate) => candidate.name.includes('绍兴高新区'))!;
    expect([row.name, row.indicatorId]).toEqual(['国家级绍兴高新区进入全国50强', conceptRowId('shaoxing_national_hightech_zone_rank')]);
    // The sample values of a merged row are typed as its own plan's indicator reads them (高新技术企业数 in 家, not the
    // province's 万家, which made 0.03 家 and an error): the example return is accepted.
    expect((await cli(['check', file])).status).toBe(0);
  });

  it('carries the Shaoxing zone’s rank of a merged return made before the split to its own row of next year’s form', async () => {
    const standing = realCatalog().history?.standingOf('c-f3fd3bb2');
    if (standing?.kind !== 'released') throw new Error('release c-f3fd3bb2 not rebuilt');
    const from = await yuechengMerged('越城区2024-旧目录.xlsx', standing.loaded, 46);
    const old = (await sheetsOf(from))[0]!.rows.find((candidate) => candidate.name.includes('绍兴高新区'))!;
    expect(old.indicatorId).toBe(conceptRowId('national_hightech_zone_rank'));
    const output = path.join(dir, '越城区2025.xlsx');
    const { stdout } = await cli(['template', '--from', from, '--year', '2025', '-o', output]);
    // Every value found its row: none is listed as having no place on the new form.
    expect(stdout).toContain('上年报表按指标目录 c-f3fd3bb2 生成');
    expect(stdout).not.toContain('没有位置');
    const row = (await sheetsOf(output))[0]!.rows.find((candidate) => candidate.name.includes('绍兴高新区'))!;
    expect([row.indicatorId, row.actuals[2024]?.value]).toEqual([conceptRowId('shaoxing_national_hightech_zone_rank'), { type: 'number', value: 46 }]);

    // A 2024 rank revised on next year's form is a revision of the value accepted on the row of before the split.
    const revised = path.join(dir, '越城区2025-修订.xlsx');
    fs.writeFileSync(revised, await fillReturn(new Uint8Array(fs.readFileSync(output)), [{ rowId: row.indicatorId!, year: 2024, value: 40 }]));
    const previous = await cli(['check', revised, '--previous', from]);
    expect(previous.stdout).toContain('修订：绍兴市越城区「国家级绍兴高新区进入全国50强」2024年实绩由已接受的2024年报表中的 46 改为 40');
  });
});
