/**
 * Decision 0210: a city consolidation file written before 待核实 reasons were carried as codes (its record's format 1,
 * each reason worded in Chinese) is still read and consolidated again, its reason shown as written; a file written
 * now keeps the reason's code and params, worded in the language asked wherever it is shown.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { keptSampleReturn } from '../support/keptSampleReturn';
import { isMessageCode } from '../../src/core/i18n';
import { readConsolidationRecord } from '../../src/xlsx';
import { realCatalog } from '../support/catalog';
import { cli } from '../support/cli';
import { shown } from '../support/shown';

const loaded = realCatalog();
const plan = loaded.catalog.plans.find((p) => p.plan.id === 'zj-hightech-industry-2021-2025')!;
const FIXTURE = path.join(__dirname, '..', 'fixtures', 'consolidation', 'city-record-format1.xlsx');
const REASON = /^「数字经济增加值」2024年实绩 5112400 与上年 497\.69 相差约 10⁴ 倍/u;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-oldcity-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/**
 * The fixture as main wrote it, but for its record's catalog version, brought to the catalog of this checkout: a
 * record of another catalog version is left out on purpose (decision 0140), and the catalog moves on.
 */
async function oldCityFile(): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(FIXTURE));
  const part = 'xl/sharedStrings.xml';
  const xml = await zip.file(part)!.async('string');
  const version = /catalogVersion&quot;:&quot;([^&]+)&quot;/u.exec(xml)?.[1];
  expect(version).toBeDefined();
  zip.file(part, xml.split(`catalogVersion&quot;:&quot;${version!}&quot;`).join(`catalogVersion&quot;:&quot;${loaded.version}&quot;`));
  const file = path.join(dir, '绍兴市汇总.xlsx');
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
  return file;
}

async function notesOf(file: string, sheetName: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const notes: string[] = [];
  workbook.getWorksheet(sheetName)!.eachRow((row) => row.eachCell((cell) => {
    if (cell.note !== undefined) notes.push(typeof cell.note === 'string' ? cell.note : cell.note.texts?.map((t) => t.text).join('') ?? '');
  }));
  return notes;
}

describe('consolidate: a city file written before reasons were codes', () => {
  it('reads the old record: the county held back keeps its reason as the file worded it', async () => {
    const record = readConsolidationRecord(fs.readFileSync(FIXTURE));
    expect(record?.counties.map((county) => county.name)).toEqual(['绍兴市越城区', '绍兴市上虞区']);
    const reasons = Object.values(record!.counties[1]!.unverified);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]?.code).toBe('consolidate.recorded_reason');
    expect(String(reasons[0]?.params.text)).toMatch(REASON);
  });

  it('consolidates it into the province in English: the value held back, its note the reason as written, the new record coded', async () => {
    const province = path.join(dir, '浙江省汇总.xlsx');
    const { status, stdout } = await cli(['consolidate', await oldCityFile(), '--city', '浙江省', '--lang', 'en-US', '-o', province], { cwd: dir });
    expect(status).toBe(1);
    expect(stdout).toMatch(/绍兴市上虞区: 1 value failed the checks/u);
    const notes = await notesOf(province, '绍兴市汇总');
    expect(notes.filter((note) => REASON.test(note))).toHaveLength(1);
    // Consolidated again, the province's record keeps that text as the param of a code, not as a format 1 text.
    const record = readConsolidationRecord(fs.readFileSync(province));
    const reason = Object.values(record!.counties.find((county) => county.code === '330604')!.unverified)[0];
    expect(reason?.code).toBe('consolidate.recorded_reason');
    expect(String(reason?.params.text)).toMatch(REASON);
  });

  it('a city file written now keeps codes: the same slip is worded in English when consolidated in English', async () => {
    const returns = path.join(dir, 'returns');
    fs.mkdirSync(returns, { recursive: true });
    const counties: Array<[string, string, Array<'unit_slip'>]> = [['绍兴市越城区', '330602', []], ['绍兴市上虞区', '330604', ['unit_slip']]];
    for (const [index, [name, code, mistakes]] of counties.entries()) {
      fs.writeFileSync(path.join(returns, `${name}.xlsx`), await keptSampleReturn({ region: { name, code }, plans: [plan], loaded, reportingYear: 2024, seed: 300 + index, mistakes }));
    }
    const city = path.join(dir, 'new', '绍兴市汇总.xlsx');
    fs.mkdirSync(path.dirname(city));
    expect((await cli(['consolidate', returns, '--lang', 'en-US', '-o', city], { cwd: dir })).status).toBe(1);
    const reason = Object.values(readConsolidationRecord(fs.readFileSync(city))!.counties.find((county) => county.code === '330604')!.unverified)[0];
    expect(reason !== undefined && isMessageCode(reason.code) && reason.code.startsWith('check.magnitude_slip')).toBe(true);
    const english = shown(reason, 'en-US')!;
    expect(english).toMatch(/5112400/u);
    expect(english).not.toBe(shown(reason, 'zh-CN'));
    expect(await notesOf(city, '汇总')).toContain(english);

    const province = path.join(dir, 'new', '浙江省汇总.xlsx');
    await cli(['consolidate', city, '--city', '浙江省', '-o', province], { cwd: dir });
    expect(await notesOf(province, '绍兴市汇总')).toContain(shown(reason, 'zh-CN'));
  });
});
