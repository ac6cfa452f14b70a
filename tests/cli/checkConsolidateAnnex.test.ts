import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { realCatalog } from '../support/catalog';
import { keptSampleReturn } from '../support/keptSampleReturn';
import type { MistakeKind } from '../../src/core/demo';
import { cli } from '../support/cli';
import { writtenLinks } from '../support/xlsx/cellLinks';

/** Six county returns of one provincial plan, as the demo makes them, each with the mistakes chosen for it. */
const loaded = realCatalog();
const PLAN = 'zj-hightech-industry-2021-2025';
const plan = loaded.catalog.plans.find((p) => p.plan.id === PLAN)!;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-check-'));
const returns = path.join(dir, 'returns');
const COUNTIES: Array<[string, string, MistakeKind[]]> = [
  ['绍兴市越城区', '330602', []],
  ['绍兴市柯桥区', '330603', ['explained_jump']],
  ['绍兴市上虞区', '330604', ['unit_slip']],
  ['绍兴市新昌县', '330624', ['text_in_number']],
];

beforeAll(async () => {
  fs.mkdirSync(returns, { recursive: true });
  for (const [index, [name, code, mistakes]] of COUNTIES.entries()) {
    const bytes = await keptSampleReturn({ region: { name, code }, plans: [plan], loaded, reportingYear: 2024, seed: 100 + index, mistakes });
    fs.writeFileSync(path.join(returns, `${name}.xlsx`), bytes);
  }
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const fileOf = (name: string) => path.join(returns, `${name}.xlsx`);

describe('plan-indicators check', () => {
  it('exits 0 for an accepted return, 2 for a rejected one (an unexplained warning or an error), 3 for a file it cannot read', async () => {
    expect((await cli(['check', fileOf('绍兴市越城区')])).status).toBe(0);
    expect((await cli(['check', fileOf('绍兴市上虞区')])).status).toBe(2);
    expect((await cli(['check', fileOf('绍兴市新昌县')])).status).toBe(2);
    const notWorkbook = path.join(dir, '坏文件.xlsx');
    fs.writeFileSync(notWorkbook, 'not a workbook');
    const bad = await cli(['check', notWorkbook, fileOf('绍兴市越城区')]);
    expect(bad.status).toBe(3);
    expect(bad.stdout).toMatch(/坏文件\.xlsx：这个文件不是 Excel 工作簿/u);
    expect(bad.stdout).toMatch(/✓ 接受.*绍兴市越城区\.xlsx/u);
    fs.rmSync(notWorkbook);
  });

  it('checks a folder, one line per file with its verdict, and writes a report workbook and JSON', async () => {
    const report = path.join(dir, 'out', '校验汇总.xlsx');
    const json = path.join(dir, 'out', 'result.json');
    const { status, stdout } = await cli(['check', returns, '--report', report, '--json', json]);
    expect(status).toBe(2);
    expect(stdout.split('\n').filter((line) => /\.xlsx/u.test(line) && /^[✓△✗!]/u.test(line))).toHaveLength(4);
    expect(stdout).toMatch(/△ 说明后接受.*绍兴市柯桥区/u);
    const result = JSON.parse(fs.readFileSync(json, 'utf8'));
    expect(result.files.map((f: { status: string }) => f.status).sort()).toEqual(['accepted', 'accepted_with_explanations', 'rejected', 'rejected']);
    const slip = result.files.find((f: { file: string }) => f.file.includes('上虞区')).sheets[0].findings[0];
    expect(slip).toMatchObject({ ruleId: 'magnitude_slip', severity: 'warning', code: expect.stringMatching(/^check\.magnitude_slip\./u) });
    // The JSON words the finding in --lang (Chinese by default), one string; the code and params are beside it.
    expect(slip.message).toMatch(/^「.+」\d{4}年实绩 .+倍/u);
    // The finding's typed place and its A1 address say the same.
    expect(typeof slip.ref.row).toBe('number');
    expect(slip.address).toBe(`${String.fromCharCode(65 + slip.ref.column)}${slip.ref.row + 1}`);
    // Every indicator row's attainment sits beside the findings, with the row of the slip among them.
    const sheet = result.files.find((f: { file: string }) => f.file.includes('上虞区')).sheets[0];
    const slipRow = sheet.attainments.find((row: { rowId: string }) => row.rowId === slip.indicatorId);
    expect(slipRow).toMatchObject({ rowId: slip.indicatorId, status: expect.any(String) });
    expect(Object.keys(slipRow).sort()).toEqual(['completion', 'indicatorId', 'name', 'reason', 'reasonMessage', 'rowId', 'status', 'target', 'timeShare', 'unit', 'value']);
    // A county's row of the province's plan is 仅监测 and says why: a code, worded in --lang beside it.
    expect(slipRow).toMatchObject({
      status: 'monitoring', target: null, reason: 'attainment.reported_below.contribution',
      reasonMessage: '本行是上级规划的指标：本地区填报的是本地区的贡献量，计入上级汇总，不按上级规划的目标考核（仅监测）。',
    });
    // The text output says it under each county's line: every row of the province's plan is monitored.
    const monitored = stdout.split('\n').filter((line) => /^ {4}仅监测 \d+ 项：《浙江省高新技术产业发展“十四五”规划》是上级规划/u.test(line));
    expect(monitored).toHaveLength(4);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(report);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['报表汇总', '按规则汇总', '问题清单']);
    // The files by GB/T 2260 code of their regions (越城区 330602 first), not by name (柯桥, 上虞, 新昌, 越城 in pinyin).
    const regions: string[] = [];
    workbook.getWorksheet('报表汇总')!.eachRow((row) => row.eachCell((cell) => {
      if (typeof cell.value === 'string' && COUNTIES.some(([name]) => name === cell.value)) regions.push(cell.value);
    }));
    expect(regions).toEqual(COUNTIES.map(([name]) => name));
    // The links of 问题清单 (the third sheet) as Excel reads them: the return's file, and the cell in it.
    const links = writtenLinks(fs.readFileSync(report)).filter((link) => link.part === 'xl/worksheets/sheet3.xml').map((link) => `${link.file ?? ''}#${link.location ?? ''}`);
    expect(links.some((link) => /^\.\.\/returns\/.*上虞区\.xlsx#'.+'![A-Z]+\d+$/u.test(link))).toBe(true);
  });

  it('writes annotated copies with a note on each offending cell, leaving the return as it was', async () => {
    const before = fs.readFileSync(fileOf('绍兴市新昌县'));
    await cli(['check', fileOf('绍兴市新昌县'), '--annotate']);
    expect(fs.readFileSync(fileOf('绍兴市新昌县')).equals(before)).toBe(true);
    const annotated = new ExcelJS.Workbook();
    await annotated.xlsx.readFile(path.join(returns, '绍兴市新昌县.批注.xlsx'));
    const notes: string[] = [];
    annotated.worksheets.forEach((sheet) => sheet.eachRow((row) => row.eachCell((cell) => {
      if (cell.note) notes.push(typeof cell.note === 'string' ? cell.note : cell.note.texts?.map((t) => t.text).join('') ?? '');
    })));
    expect(notes.some((note) => note.includes('【错误】') && note.includes('不是数值'))).toBe(true);
    fs.rmSync(path.join(returns, '绍兴市新昌县.批注.xlsx'));
  });
});

const valuesOf = (sheet: ExcelJS.Worksheet) => sheet.getSheetValues().filter(Array.isArray).map((row) => Array.from(row as unknown[], (v) => String(v ?? '')));
const leadingNumber = (text: string) => Number(text.replace(/（.*$/u, ''));

describe('plan-indicators consolidate', () => {
  it('sums additive indicators, lists shares per county, names every county missing on the total, and leaves unverified values out', async () => {
    const out = path.join(dir, 'out', '绍兴市汇总.xlsx');
    const { status, stdout } = await cli(['consolidate', returns, '-o', out]);
    expect(status).toBe(1);
    for (const missing of ['诸暨市', '嵊州市']) expect(stdout).toContain(`${missing}（`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const rows = valuesOf(workbook.getWorksheet('汇总')!);
    // The total says in its own header which counties it misses, not only a footnote.
    const header = rows.find((row) => row.includes('合计（缺 诸暨市、嵊州市）'))!;
    expect(header).toEqual(['', '序号', '指标名称（单位）', '汇总方式', '合计（缺 诸暨市、嵊州市）', '绍兴市越城区', '绍兴市柯桥区', '绍兴市上虞区', '绍兴市新昌县']);
    expect(rows.some((row) => row.some((cell) => cell === '缺报：诸暨市、嵊州市'))).toBe(true);
    const total = header.indexOf('合计（缺 诸暨市、嵊州市）');
    const counties = ['绍兴市越城区', '绍兴市柯桥区', '绍兴市上虞区', '绍兴市新昌县'].map((name) => header.indexOf(name));
    const enterprises = rows.find((row) => row.some((cell) => cell.startsWith('高新技术企业（')))!;
    // A value that failed the checks says 待核实 in its cell and is not in the total, which says so.
    const counted = counties.filter((col) => !enterprises[col]!.includes('待核实'));
    const sum = counted.reduce((acc, col) => acc + Number(enterprises[col]), 0);
    expect(leadingNumber(enterprises[total]!)).toBeCloseTo(sum, 6);
    expect(enterprises).toContain('加总');
    // A share is recomputed from the summed numerators and denominators the counties reported, not averaged.
    const share = rows.find((row) => row.some((cell) => cell.startsWith('高新技术产业增加值占规模以上工业比重')))!;
    expect(share).toContain('由分子分母重算');
    const growth = rows.find((row) => row.some((cell) => cell.startsWith('高新技术产业增加值增速')))!;
    expect(growth[total]).toBe('');
    expect(growth).toContain('不汇总（分地区列示）');
    // Regression: 新昌县 typed 约… where a number goes. No number is carried, but the county did report: its cell says
    // 待核实 (not blank, which reads as 未填报 on paper), and no total counts it as 未填报.
    const xinchang = header.indexOf('绍兴市新昌县');
    const typed = rows.filter((row) => row[xinchang] === '待核实');
    expect(typed.length).toBeGreaterThan(0);
    for (const row of typed) expect(row[total]).not.toContain('绍兴市新昌县：未填报');
  });

  it('regression: the unit slip of 上虞区 is marked 待核实 and never summed silently into the city total', async () => {
    const out = path.join(dir, 'out', '绍兴市汇总-核实.xlsx');
    const { stdout } = await cli(['consolidate', returns, '-o', out]);
    expect(stdout).toMatch(/上虞区有 \d+ 个数值未通过校验，标为“待核实”，未计入合计/u);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const rows = valuesOf(workbook.getWorksheet('汇总')!);
    const header = rows.find((row) => row.some((cell) => cell.startsWith('合计')))!;
    // The title area, above the header, says whose values were left out and why, not only the cells and a footnote.
    const titleArea = rows.slice(0, rows.indexOf(header)).flat();
    expect(titleArea.some((cell) => /^绍兴市上虞区有 \d+ 个数值未通过校验，标为“待核实”，未计入合计/u.test(cell))).toBe(true);
    const shangyu = header.indexOf('绍兴市上虞区');
    const total = header.findIndex((cell) => cell.startsWith('合计'));
    const flaggedRows = rows.filter((row) => row[shangyu]?.endsWith('（待核实）'));
    expect(flaggedRows.length).toBeGreaterThan(0);
    const withTotal = flaggedRows.filter((r) => r[total] !== '');
    expect(withTotal.length).toBeGreaterThan(0);
    for (const row of withTotal) {
      expect(row[total]).toContain('绍兴市上虞区：待核实');
      const others = header.flatMap((name, col) => (name.startsWith('绍兴市') && col !== shangyu && row[col] !== '' && !row[col]!.includes('待核实') ? [Number(row[col])] : []));
      if (row.includes('加总')) expect(leadingNumber(row[total]!)).toBeCloseTo(others.reduce((a, b) => a + b, 0), 6);
    }
  });

  it('with no return of the plan and year, writes no workbook and exits non-zero with one clear line', async () => {
    const out = path.join(dir, 'out', 'x.xlsx');
    const { status, stdout, stderr } = await cli(['consolidate', returns, '--year', '2023', '-o', out]);
    expect(status).toBe(2);
    expect(fs.existsSync(out)).toBe(false);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^! 没有可汇总的报表：给出的 4 个文件中没有“.+”2023 年的报表。未生成汇总表。$/u)]);
    expect(stdout).toBe('');
  });

  it('makes the province from counties of several cities: a sheet per city, a province sheet, a county given twice counted once', async () => {
    const folder = path.join(dir, 'province');
    fs.mkdirSync(path.join(folder, '绍兴市'), { recursive: true });
    for (const name of ['绍兴市越城区', '绍兴市柯桥区']) fs.copyFileSync(fileOf(name), path.join(folder, '绍兴市', `${name}.xlsx`));
    fs.copyFileSync(fileOf('绍兴市越城区'), path.join(folder, '越城区-直报.xlsx'));
    const bytes = await keptSampleReturn({ region: { name: '杭州市滨江区', code: '330108' }, plans: [plan], loaded, reportingYear: 2024, seed: 7, mistakes: [] });
    fs.writeFileSync(path.join(folder, '杭州市滨江区.xlsx'), bytes);
    const out = path.join(dir, 'out', '浙江省汇总.xlsx');
    const { status, stdout } = await cli(['consolidate', folder, '-o', out]);
    expect(status).toBe(1);
    expect(stdout).toMatch(/越城区重复报送/u);
    expect(stdout).toMatch(/已汇总 2 个市、3 个县（市、区）/u);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.filter((sheet) => sheet.state === 'visible').map((sheet) => sheet.name)).toEqual(['浙江省汇总', '杭州市汇总', '绍兴市汇总']);
    // The counties' values for a consolidation above this one, out of sight (decision 0140).
    expect(workbook.getWorksheet('_consolidation')?.state).toBe('veryHidden');
    const province = valuesOf(workbook.getWorksheet('浙江省汇总')!);
    const header = province.find((row) => row.some((cell) => cell.startsWith('合计')))!;
    expect(header.slice(-2)).toEqual(['杭州市', '绍兴市']);
    expect(header.find((cell) => cell.startsWith('合计'))).toMatch(/^合计（缺 宁波市、温州市、.*诸暨市、嵊州市）$/u);
    expect(province.some((row) => row.some((cell) => cell.startsWith('未汇总：') && cell.includes('越城区-直报.xlsx')))).toBe(true);
    // The province's total of an additive row is the sum of its counties, read from the city sheets.
    const name = (row: string[]) => row.find((cell) => cell.startsWith('高新技术企业（'));
    const countyValues = ['杭州市汇总', '绍兴市汇总'].flatMap((sheetName) => {
      const rows = valuesOf(workbook.getWorksheet(sheetName)!);
      const cityHeader = rows.find((row) => row.some((cell) => cell.startsWith('合计')))!;
      const row = rows.find((r) => name(r) !== undefined)!;
      return cityHeader.flatMap((cell, col) => (/^(杭州市|绍兴市).+区$/u.test(cell) ? [Number(row[col])] : []));
    });
    expect(countyValues).toHaveLength(3);
    const provinceRow = province.find((row) => name(row) !== undefined)!;
    expect(leadingNumber(provinceRow[header.findIndex((cell) => cell.startsWith('合计'))]!)).toBeCloseTo(countyValues.reduce((a, b) => a + b, 0), 6);
  });
});

describe('plan-indicators annex', () => {
  it('prints the plan’s table in its own layout and, given returns, a completion table per return', async () => {
    const out = path.join(dir, 'out', 'annex.xlsx');
    const { status, stdout } = await cli(['annex', '--plan', PLAN, '--returns', fileOf('绍兴市越城区'), '-o', out]);
    expect(status).toBe(0);
    expect(stdout).toContain('表1 高新技术产业主要指标');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toContain('完成情况-绍兴市越城区2024');
    const table = workbook.worksheets[0]!;
    const texts = table.getSheetValues().flat().map((v) => String(v ?? ''));
    for (const printed of ['27000*', '10-15', '设区市国家高新区全覆盖', '高于工业增加值 1 个百分点']) expect(texts.some((t) => t.replace(/\s/gu, '') === printed.replace(/\s/gu, ''))).toBe(true);
    expect(table.getCell('A2').font?.name ?? table.getRow(2).getCell(2).font?.name).toBe('黑体');
    expect(table.pageSetup.paperSize).toBe(9);
  });
});
