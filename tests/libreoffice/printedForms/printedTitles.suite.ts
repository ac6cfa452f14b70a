/**
 * The printed outputs, as a reader sees them (issue 16): completion tables, the city's consolidation and the check
 * report, made by the command line, rendered by LibreOffice to PDF and read back with pdftotext. Titles name the
 * region once and the plan by its title; the check report names plans, not catalog ids; the annotated copy prints the
 * flagged value a unit slip made (5478400 in a row of 亿元) whole, not as ### (decision 0274). A suite of
 * tests/libreoffice/printedForms.test.ts: its workbooks are printed in that file's soffice run (decision 0261).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { realCatalog } from '../../support/catalog';
import { sampleReturn } from '../../../src/cli/sampleReturns';
import { cli } from '../../support/cli';
import ExcelJS from 'exceljs';
import { a1 } from '../../../src/core/form';
import { reportingSheetMap, reportingWorkbookLayout, rowIdsOf, type SheetLayout } from '../../../src/core/layout';
import { workbookBytes } from '../../../src/xlsx/renderWorkbook';
import { convertLater, pdfPages } from '../../support/soffice';
import { keptSampleReturn } from '../../support/keptSampleReturn';
import { fullRegionName, regionsUnder } from '../../../src/core/regions';

const loaded = realCatalog();
const planOf = (id: string) => loaded.catalog.plans.find((p) => p.plan.id === id)!;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-printed-'));
const text: Record<string, string> = {};
let coverPage = '';
let cityFile = '';
let cityLines: string[] = [];
let yuechengLines: string[] = [];
let typedFile = '';
/** The PDFs of the 13-county 杭州 consolidation, 绍兴's of two counties, and 建德市's completion table. */
const pdfOf: Record<string, string> = {};
let jiandeLines: string[] = [];
/** The numbers the checks flagged in 桐庐县's return, as its --json says them. */
let slipped: string[] = [];
/** What is typed into the 越城 form printed with typed values: 2024 entry cell by row id. */
const TYPED: Record<string, number> = {
  // — | 3.0: one decimal.
  'yuecheng-2021-2025.industrial-rd-revenue-share': 7.654,
  // 1.97% … 3.5: two decimals.
  'yuecheng-2021-2025.rd-gdp-share': 3.14159,
  // 344 | 650 家: a count.
  'yuecheng-2021-2025.hightech-enterprises': 512,
};

/** The 越城 form of 2024 with TYPED typed into it, as a person saves it. */
async function typedForm(file: string): Promise<void> {
  const plan = planOf('yuecheng-2021-2025');
  const layout = reportingWorkbookLayout({ plans: [plan], region: plan.plan.region, reportingYear: 2024, merge: false, catalogVersion: loaded.version });
  const form = layout.sheets[0] as SheetLayout;
  const map = reportingSheetMap(form);
  const ids = rowIdsOf(form);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await workbookBytes(layout)) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const sheet = workbook.getWorksheet(form.name) as ExcelJS.Worksheet;
  for (const [id, value] of Object.entries(TYPED)) sheet.getCell(a1(map.firstDataRow + ids.indexOf(id), map.columns.actuals[2024] as number)).value = value;
  await workbook.xlsx.writeFile(file);
}
const squeeze = (pages: string[]) => pages.join('\n').replace(/\s+/gu, '');

beforeAll(async () => {
  const returns = path.join(dir, 'returns');
  fs.mkdirSync(returns);
  const write = async (name: string, code: string, planIds: string[], seed: number) => {
    const file = path.join(returns, `${name}.xlsx`);
    fs.writeFileSync(file, await sampleReturn({ region: { name, code }, plans: planIds.map(planOf), loaded, reportingYear: 2024, seed, mistakes: [] }));
    return file;
  };
  const yuecheng = await write('绍兴市越城区', '330602', ['yuecheng-2021-2025', 'zj-hightech-industry-2021-2025'], 1);
  const slipping = path.join(dir, 'slip', '杭州市桐庐县.xlsx');
  fs.mkdirSync(path.dirname(slipping));
  fs.writeFileSync(slipping, await sampleReturn({
    region: { name: '杭州市桐庐县', code: '330122' }, plans: [planOf('zj-hightech-industry-2021-2025')], loaded, reportingYear: 2024, seed: 3, mistakes: ['unit_slip'],
  }));
  const keqiao = await write('绍兴市柯桥区', '330603', ['keqiao-2021-2025', 'zj-hightech-industry-2021-2025'], 2);
  // 杭州市's 13 counties (decision 0277): a consolidation that printed at 53 %.
  const hangzhou = path.join(dir, 'hangzhou');
  fs.mkdirSync(hangzhou);
  for (const [i, region] of regionsUnder('330100').entries()) {
    const name = fullRegionName(region);
    fs.writeFileSync(path.join(hangzhou, `${name}.xlsx`), await keptSampleReturn({ region: { name, code: region.code }, plans: [planOf('zj-hightech-industry-2021-2025')], loaded, reportingYear: 2024, seed: 20 + i, mistakes: [] }));
  }
  // 建德市's completion table: its caption one character too long for the line (decision 0277).
  const jiande = path.join(dir, 'jiande', '建德市.xlsx');
  fs.mkdirSync(path.dirname(jiande));
  fs.writeFileSync(jiande, await keptSampleReturn({ region: { name: '建德市', code: '330182' }, plans: [planOf('zj-hightech-industry-2021-2025')], loaded, reportingYear: 2024, seed: 40, mistakes: [] }));
  const outputs = {
    yuecheng: path.join(dir, 'out', '越城附表.xlsx'),
    keqiao: path.join(dir, 'out', '柯桥附表.xlsx'),
    shengzhou: path.join(dir, 'out', '嵊州附表.xlsx'),
    form: path.join(dir, 'out', '越城区2025.xlsx'),
    city: path.join(dir, 'out', '绍兴汇总.xlsx'),
    report: path.join(dir, 'out', '校验汇总.xlsx'),
    typed: path.join(dir, 'out', '越城区2024已填.xlsx'),
    annotated: path.join(dir, 'out', '杭州市桐庐县.批注.xlsx'),
    hangzhou: path.join(dir, 'out', '杭州汇总.xlsx'),
    jiande: path.join(dir, 'out', '建德附表.xlsx'),
  };
  fs.mkdirSync(path.dirname(outputs.typed), { recursive: true });
  await typedForm(outputs.typed);
  typedFile = outputs.typed;
  expect((await cli(['annex', '--plan', 'yuecheng-2021-2025', '--returns', yuecheng, '-o', outputs.yuecheng])).status).toBe(0);
  expect((await cli(['annex', '--plan', 'keqiao-2021-2025', '--returns', keqiao, '-o', outputs.keqiao])).status).toBe(0);
  expect((await cli(['template', '--plan', 'yuecheng-2021-2025,zj-hightech-industry-2021-2025', '--region', '330602', '--year', '2025', '-o', outputs.form])).status).toBe(0);
  expect((await cli(['annex', '--plan', 'shengzhou-116x-2024-2030', '-o', outputs.shengzhou])).status).toBe(0);
  await cli(['consolidate', returns, '--plan', 'zj-hightech-industry-2021-2025', '--city', '绍兴市', '-o', outputs.city]);
  await cli(['check', returns, '--report', outputs.report]);
  expect((await cli(['consolidate', hangzhou, '--plan', 'zj-hightech-industry-2021-2025', '--city', '杭州市', '-o', outputs.hangzhou])).status).toBe(0);
  expect((await cli(['annex', '--plan', 'zj-hightech-industry-2021-2025', '--returns', jiande, '-o', outputs.jiande])).status).toBe(0);
  const json = path.join(dir, 'slip.json');
  await cli(['check', slipping, '--annotate-to', path.dirname(outputs.annotated), '--json', json]);
  const checked = JSON.parse(fs.readFileSync(json, 'utf8')) as { files: Array<{ sheets: Array<{ findings: Array<{ value: unknown }> }> }> };
  slipped = checked.files.flatMap((file) => file.sheets.flatMap((sheet) => sheet.findings.map((finding) => finding.value))).filter((value) => /^\d+$/u.test(String(value))).map(String);
  cityFile = outputs.city;
  const names = Object.keys(outputs) as Array<keyof typeof outputs>;
  convertLater(names.map((name) => outputs[name]), (pdfs) => {
    const pages = pdfs.map(pdfPages);
    names.forEach((name, i) => {
      text[name] = squeeze(pages[i] ?? []);
      pdfOf[name] = pdfs[i] as string;
      if (name === 'jiande') {
        const lines = (pages[i] ?? []).join('\n').split('\n');
        jiandeLines = lines.slice(lines.findIndex((line) => line.includes('主要指标完成情况')));
      }
      if (name === 'form') coverPage = pages[i]?.[0] ?? '';
      if (name === 'city') cityLines = (pages[i] ?? []).join('\n').split('\n');
      if (name === 'yuecheng') {
        // The completion table: from its caption on (the annex tables before it name the same indicators).
        const lines = (pages[i] ?? []).join('\n').split('\n');
        yuechengLines = lines.slice(lines.findIndex((line) => line.includes('主要指标完成情况')));
      }
    });
  }, 'pdf');
}, 300_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('printed titles', () => {
  it('a completion table names its region once', () => {
    expect(text['yuecheng']).toContain('绍兴市越城区科技创新发展“十四五”规划主要指标完成情况（2024年');
    expect(text['yuecheng']).not.toContain('绍兴市越城区绍兴市越城区');
    expect(text['keqiao']).toContain('绍兴市柯桥区科技创新发展“十四五”规划主要指标完成情况（2024年');
    expect(text['keqiao']).not.toContain('柯桥区柯桥区');
  });

  it('regression: a completion table prints its caption’s notes each on a line of its own, not run on after the title', () => {
    const caption = yuechengLines.slice(0, yuechengLines.findIndex((line) => line.includes('序号')));
    const notes = caption.filter((line) => line.includes('其中'));
    expect(notes.length).toBeGreaterThan(0);
    for (const line of notes) expect(line.trim()).toMatch(/^其中 \d+ 项/u);
  });

  it('the consolidation quotes a plan of another region instead of running it into the city’s name', () => {
    expect(text['city']).toContain('绍兴市《浙江省高新技术产业发展“十四五”规划》主要指标汇总表');
    expect(text['city']).not.toContain('绍兴市浙江省');
  });

  it('the prose targets quote the plan as a reader reads it and name the section, not a line of the extracted text', () => {
    expect(text['shengzhou']).toContain('主要目标');
    expect(text['shengzhou']).toContain('“雄鹰”企业、省级以');
    expect(text['shengzhou']).not.toMatch(/footnoteRef|bookmark/u);
    expect(text['shengzhou']).toContain('一、总体目标');
    expect(text['shengzhou']).not.toMatch(/第\d+行/u);
  });

  it('the cover prints each paragraph of 填报范围 and 填报须知 line after line, without blank lines inside or between them', () => {
    const lines = coverPage.split('\n');
    const between = (start: string, end: string) => {
      const from = lines.findIndex((line) => line.trim() === start);
      const to = lines.findIndex((line, i) => i > from && line.trim().startsWith(end));
      expect([from, to].every((i) => i >= 0)).toBe(true);
      const body = lines.slice(from + 1, to);
      while (body.at(-1)?.trim() === '') body.pop();
      return body;
    };
    const instructions = between('填报须知', '状态（颜色）');
    expect(instructions.filter((line) => /^\s*\d+\. /u.test(line))).toHaveLength(8);
    expect(instructions.filter((line) => line.trim() === '')).toEqual([]);
    const scope = between('填报范围', '填报须知');
    expect(scope.length).toBeGreaterThanOrEqual(3);
    expect(scope.filter((line) => line.trim() === '')).toEqual([]);
  });

  it('regression: the annotated copy prints a flagged number too wide for its column whole, not as ###', () => {
    // The unit slip multiplies a 亿元 figure by 10 000: seven digits in a column sized for the form's four.
    expect(slipped.some((value) => value.length >= 6)).toBe(true);
    for (const value of slipped) expect([value, (text['annotated'] ?? '').includes(value)]).toEqual([value, true]);
    expect(text['annotated']).not.toContain('###');
  });

  it('the check report names plans by their titles, not their ids', () => {
    expect(text['report']).toContain('柯桥区科技创新发展“十四五”规划');
    expect(text['report']).not.toMatch(/keqiao-2021-2025|yuecheng-2021-2025/u);
  });

  it('prints numbers as written, never in scientific notation', () => {
    for (const name of Object.keys(text)) expect([name, /\d[Ee][+-]\d/u.test(text[name] ?? '')]).toEqual([name, false]);
  });

  it('the consolidation writes its counties’ figures and plain totals as numbers, not text', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(cityFile);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    const numeric: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => {
      if (typeof cell.value === 'string' && /^-?\d+(\.\d+)?$/u.test(cell.value.trim())) numeric.push(`${cell.address} ${cell.value}`);
    }));
    expect(numeric).toEqual([]);
    let numbers = 0;
    sheet.eachRow((row) => row.eachCell((cell) => { if (typeof cell.value === 'number') numbers += 1; }));
    expect(numbers).toBeGreaterThan(10);
  });
});

/** The height of the first word `text` on page `page` of a PDF, in points (pdftotext -bbox). */
function printedHeight(pdf: string, text: string, page = 1): number {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
  const word = new RegExp(`<word xMin="[\\d.]+" yMin="([\\d.]+)" xMax="[\\d.]+" yMax="([\\d.]+)">${text}</word>`, 'u').exec(html);
  if (word === null) throw new Error(`${text} not printed on page ${page} of ${pdf}`);
  return Number(word[2]) - Number(word[1]);
}

describe('printed documents at the edges (decision 0277)', () => {
  it('regression: 杭州市’s consolidation of 13 counties prints at 85 % or more of the size of 绍兴市’s of two, every county on page 1', () => {
    const hangzhou = printedHeight(pdfOf['hangzhou'] as string, '序号');
    const shaoxing = printedHeight(pdfOf['city'] as string, '序号');
    // Before: 53 % (fitted to the page width, each county's column as wide as its name on one line).
    expect(Math.round((100 * hangzhou) / shaoxing)).toBeGreaterThanOrEqual(84);
    const [first = ''] = pdfPages(pdfOf['hangzhou'] as string);
    expect(squeeze([first])).toContain('杭州市《浙江省高新技术产业发展“十四五”规划》主要指标汇总表');
    // One page wide: the total and the 13 counties' figures on the row's line of page 1, no page of further columns.
    const counts = first.split('\n').find((line) => line.includes('高新技术企业（万家）')) ?? '';
    expect(counts.slice(counts.indexOf('加总')).match(/\d+(?:\.\d+)?/gu)).toHaveLength(14);
  });

  it('regression: a completion table’s caption prints no line beginning with a closing mark', () => {
    const caption = jiandeLines.slice(0, jiandeLines.findIndex((line) => line.includes('序号'))).map((line) => line.trim()).filter((line) => line !== '');
    expect(caption.join('')).toContain('建德市《浙江省高新技术产业发展“十四五”规划》主要指标完成情况（2024年，对照2025年目标）');
    // Before: …主要指标完成情况（2024年 / ，对照2025年目标）.
    expect(caption.filter((line) => /^[。，、；：？！）》」』】”’]/u.test(line))).toEqual([]);
  });
});

describe('printed numbers show the decimals the plan prints for their row', () => {
  it('a typed value prints with its row’s decimals, and the cell keeps what was typed', async () => {
    const printed = text['typed'] ?? '';
    expect(printed).toContain('7.7');
    expect(printed).not.toMatch(/7\.65/u);
    expect(printed).toContain('3.14');
    expect(printed).not.toMatch(/3\.141/u);
    expect(printed).toContain('512');
    expect(printed).not.toContain('512.0');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(typedFile);
    const values: number[] = [];
    workbook.getWorksheet('指标填报')?.eachRow((row) => row.eachCell((cell) => { if (typeof cell.value === 'number') values.push(cell.value); }));
    expect(values).toEqual(expect.arrayContaining(Object.values(TYPED)));
  });

  /** The numbers printed on the line of `name` (in the consolidation unless said), after the name. */
  const numbersOnLine = (name: string, printed: string[] = cityLines): string[] => {
    const lines = printed.filter((line) => line.includes(name));
    expect([name, lines.length]).toEqual([name, 1]);
    const after = (lines[0] ?? '').slice((lines[0] ?? '').indexOf(name) + name.length);
    return after.match(/\d+(?:\.\d+)?/gu) ?? [];
  };

  it('a consolidation shows the total and every county with the same decimals: counts whole, 万家 to four places, shares as printed', () => {
    const counts = numbersOnLine('创新型领军企业（家）');
    // The total and the two counties.
    expect(counts).toHaveLength(3);
    for (const number of counts) expect([number, /^\d+$/u.test(number)]).toEqual([number, true]);
    const tenThousands = numbersOnLine('科技型中小企业（万家）');
    expect(tenThousands).toHaveLength(3);
    for (const number of tenThousands) expect([number, /^\d+\.\d{4}$/u.test(number)]).toEqual([number, true]);
    // 9.7 | 高于工业增加值 1 个百分点: one decimal in each county's cell (this row is listed, not totalled).
    const growth = numbersOnLine('高新技术产业增加值增速（%）');
    expect(growth).toHaveLength(2);
    for (const number of growth) expect([number, /^\d+\.\d$/u.test(number)]).toEqual([number, true]);
  });

  it('a completion table prints an actual with its row’s decimals: counts whole, rates with one decimal beside a round target', () => {
    // 高新技术企业数 (344 | 650 家): target, then the actual, then 完成进度.
    const [target, actual] = numbersOnLine('高新技术企业数（家）', yuechengLines);
    expect([target, /^\d+$/u.test(actual ?? '')]).toEqual(['650', true]);
    // 全社会劳动生产率年均增速 (— | 7 %): the actual shows a decimal, so that it never prints as the target's 7.
    const [rateTarget, rate] = numbersOnLine('全社会劳动生产率年均增速（%）', yuechengLines);
    expect([rateTarget, /^\d+\.\d$/u.test(rate ?? '')]).toEqual(['7', true]);
  });
});
