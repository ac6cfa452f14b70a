/**
 * Consolidation takes each return's verdict from the checks without the rows' attainment (decision 0218): the cover,
 * which the checks compare once per workbook and report on its first sheet, must still count. A return whose cover was
 * edited is rejected by `check`, so its values are 待核实 in the consolidation and stay out of the totals.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { realCatalog } from '../support/catalog';
import { keptSampleReturn } from '../support/keptSampleReturn';
import { cli } from '../support/cli';
import { PackageEdit } from '../support/hardening/packageEdit';

const loaded = realCatalog();
const plan = loaded.catalog.plans.find((candidate) => candidate.plan.id === 'zj-hightech-industry-2021-2025')!;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-cover-'));
const returns = path.join(dir, 'returns');

beforeAll(async () => {
  fs.mkdirSync(returns);
  const yuecheng = await keptSampleReturn({ region: { name: '绍兴市越城区', code: '330602' }, plans: [plan], loaded, reportingYear: 2024, seed: 401 });
  const keqiao = await keptSampleReturn({ region: { name: '绍兴市柯桥区', code: '330603' }, plans: [plan], loaded, reportingYear: 2024, seed: 402 });
  fs.writeFileSync(path.join(returns, '越城区.xlsx'), yuecheng);
  // A line of the instructions on the cover emptied: nothing on the reporting sheet changes.
  fs.writeFileSync(path.join(returns, '柯桥区.xlsx'), new PackageEdit(keqiao).cell('填报说明', 'A13', '', ' s="4"').bytes());
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('consolidate: a return whose cover was edited', () => {
  it('is rejected by check for its cover, and its values are 待核实 in the consolidation, the other county’s not', async () => {
    const checked = await cli(['check', returns, '--json', path.join(dir, 'check.json')]);
    const files = (JSON.parse(fs.readFileSync(path.join(dir, 'check.json'), 'utf8')) as { files: Array<{ file: string; status: string; sheets: Array<{ findings: Array<{ code: string }> }> }> }).files;
    const keqiao = files.find((file) => file.file.endsWith('柯桥区.xlsx'));
    expect(checked.status).toBe(2);
    expect(keqiao?.status).toBe('rejected');
    expect(keqiao?.sheets[0]?.findings.map((finding) => finding.code)).toContain('structure.cover_changed');
    expect(files.find((file) => file.file.endsWith('越城区.xlsx'))?.status).not.toBe('rejected');

    const { status, stdout } = await cli(['consolidate', returns, '-o', path.join(dir, '绍兴市汇总.xlsx')]);
    expect(status).toBe(1);
    expect(stdout).toMatch(/绍兴市柯桥区有 \d+ 个数值未通过校验，标为“待核实”，未计入合计/u);
    expect(stdout).not.toMatch(/越城区有 \d+ 个数值未通过校验/u);
  });
});
