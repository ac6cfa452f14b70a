import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { realCatalog } from '../support/catalog';
import { keptSampleReturn } from '../support/keptSampleReturn';
import type { ConsolidationRecord } from '../../src/core/consolidation';
import type { MistakeKind } from '../../src/core/demo';
import { cli } from '../support/cli';
import { PackageEdit } from '../support/hardening/packageEdit';
import { convertAll } from '../support/soffice';

/** County returns of two cities, consolidated by city with `consolidate`, then the city files into the province. */
const loaded = realCatalog();
const PLAN = 'zj-hightech-industry-2021-2025';
const plan = loaded.catalog.plans.find((p) => p.plan.id === PLAN)!;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-cityfiles-'));
const COUNTIES: Array<[string, string, string, MistakeKind[]]> = [
  ['绍兴市', '绍兴市越城区', '330602', []],
  ['绍兴市', '绍兴市柯桥区', '330603', []],
  ['绍兴市', '绍兴市上虞区', '330604', ['unit_slip']],
  ['杭州市', '杭州市西湖区', '330106', []],
  ['杭州市', '杭州市滨江区', '330108', []],
];
const countyFile = (city: string, name: string) => path.join(dir, 'returns', city, `${name}.xlsx`);
const out = (name: string) => path.join(dir, 'out', name);

beforeAll(async () => {
  for (const [index, [city, name, code, mistakes]] of COUNTIES.entries()) {
    fs.mkdirSync(path.join(dir, 'returns', city), { recursive: true });
    const bytes = await keptSampleReturn({ region: { name, code }, plans: [plan], loaded, reportingYear: 2024, seed: 300 + index, mistakes });
    fs.writeFileSync(countyFile(city, name), bytes);
  }
  for (const city of ['绍兴市', '杭州市']) {
    const { status } = await cli(['consolidate', path.join(dir, 'returns', city), '-o', out(`${city}汇总.xlsx`)]);
    expect([0, 1]).toContain(status);
  }
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const valuesOf = (sheet: ExcelJS.Worksheet) => sheet.getSheetValues().filter(Array.isArray).map((row) => Array.from(row as unknown[], (v) => String(v ?? '')));
const leadingNumber = (text: string) => Number(text.replace(/（.*$/u, ''));

async function sheetRows(file: string, sheet: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return valuesOf(workbook.getWorksheet(sheet)!);
}

/** Each indicator's total column, by the indicator's name (the header row found by its 合计 cell). */
function totals(rows: string[][]): Map<string, string> {
  const header = rows.find((row) => row.some((cell) => cell.startsWith('合计')))!;
  const total = header.findIndex((cell) => cell.startsWith('合计'));
  const body = rows.slice(rows.indexOf(header) + 1).filter((row) => /^\d+$/u.test(row[1] ?? ''));
  return new Map(body.map((row) => [row[2]!, row[total]!]));
}

describe('consolidate: the province from city consolidation files', () => {
  it('builds the province from two city files and a county given again directly: totals of the distinct counties, the duplicate named and counted once', async () => {
    const direct = countyFile('绍兴市', '绍兴市越城区');
    const file = out('浙江省汇总.xlsx');
    const { status, stdout } = await cli(['consolidate', out('绍兴市汇总.xlsx'), out('杭州市汇总.xlsx'), direct, '-o', file]);
    expect(status).toBe(1);
    expect(stdout).toMatch(/已汇总 2 个市、5 个县（市、区）/u);
    expect(stdout).toMatch(/绍兴市汇总\.xlsx：其中的绍兴市越城区已从 .*绍兴市越城区\.xlsx 计入，只计一次/u);
    const province = await sheetRows(file, '浙江省汇总');
    const header = province.find((row) => row.some((cell) => cell.startsWith('合计')))!;
    // The duplicate is named in the title area, above the table.
    expect(province.slice(0, province.indexOf(header)).flat().some((cell) => cell.startsWith('未汇总：') && cell.includes('其中的绍兴市越城区已从'))).toBe(true);
    expect(header.slice(-2)).toEqual(['杭州市', '绍兴市']);

    // Every total equals the province made from the five county returns themselves: sums, shares recomputed from
    // parts, and the unverified values of 上虞区 left out, whether the counties came through a city file or not.
    const fromCounties = out('浙江省-县报表.xlsx');
    await cli(['consolidate', path.join(dir, 'returns'), '-o', fromCounties]);
    const expected = totals(await sheetRows(fromCounties, '浙江省汇总'));
    const got = totals(province);
    expect(got.size).toBeGreaterThan(5);
    expect(got).toEqual(expected);

    // And an additive total is the sum of the distinct counties' accepted values, as the city sheets list them.
    const enterprises = (row: string[]) => row.some((cell) => cell.startsWith('高新技术企业（'));
    const counted = (await Promise.all(['杭州市汇总', '绍兴市汇总'].map(async (sheet) => {
      const rows = await sheetRows(file, sheet);
      const cityHeader = rows.find((row) => row.some((cell) => cell.startsWith('合计')))!;
      const row = rows.find(enterprises)!;
      return cityHeader.flatMap((cell, col) => (/^(杭州市|绍兴市).+区$/u.test(cell) && !row[col]!.includes('待核实') ? [Number(row[col])] : []));
    }))).flat();
    const shaoxing = valuesOf((await (async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      return workbook;
    })()).getWorksheet('绍兴市汇总')!);
    expect(shaoxing.find((row) => row.some((cell) => cell.startsWith('合计')))!.filter((cell) => cell === '绍兴市越城区')).toHaveLength(1);
    const total = header.findIndex((cell) => cell.startsWith('合计'));
    expect(leadingNumber(province.find(enterprises)![total]!)).toBeCloseTo(counted.reduce((a, b) => a + b, 0), 6);
    // A share is recomputed, never summed from the cities' shares.
    const share = province.find((row) => row.some((cell) => cell.startsWith('高新技术产业增加值占规模以上工业比重')))!;
    expect(share).toContain('由分子分母重算');
  });

  it('keeps a city file’s 待核实 verdict: a value that failed its checks stays out of the province total and says so', async () => {
    const file = out('浙江省-核实.xlsx');
    const { stdout } = await cli(['consolidate', out('绍兴市汇总.xlsx'), out('杭州市汇总.xlsx'), '-o', file]);
    expect(stdout).toMatch(/上虞区有 \d+ 个数值未通过校验，标为“待核实”，未计入合计/u);
    const rows = await sheetRows(file, '绍兴市汇总');
    const header = rows.find((row) => row.some((cell) => cell.startsWith('合计')))!;
    const shangyu = header.indexOf('绍兴市上虞区');
    expect(rows.some((row) => row[shangyu]?.endsWith('（待核实）'))).toBe(true);
  });

  it('leaves out a city file of another year whole, with one line naming it, and writes nothing when nothing else is left', async () => {
    const file = out('2023.xlsx');
    const { status, stderr } = await cli(['consolidate', out('绍兴市汇总.xlsx'), '--year', '2023', '-o', file]);
    expect(status).toBe(2);
    expect(fs.existsSync(file)).toBe(false);
    expect(stderr).toMatch(/绍兴市汇总\.xlsx：汇总表是“.+”2024 年的，与本次汇总不同，未汇总。/u);
  });

  it('names a tool output that is no consolidation (a check report) as not consolidated, and still skips a city file found in a folder, saying so', async () => {
    const report = out('检查报告.xlsx');
    await cli(['check', path.join(dir, 'returns', '杭州市'), '--report', report]);
    expect(fs.existsSync(report)).toBe(true);
    const { stderr } = await cli(['consolidate', report, path.join(dir, 'returns', '杭州市'), '-o', out('杭州市-再.xlsx')]);
    expect(stderr).toMatch(/检查报告\.xlsx.*不是报表，也不是可再汇总的汇总表/u);

    const folder = path.join(dir, 'folder');
    fs.mkdirSync(folder, { recursive: true });
    fs.copyFileSync(out('绍兴市汇总.xlsx'), path.join(folder, '绍兴市汇总.xlsx'));
    fs.copyFileSync(countyFile('杭州市', '杭州市滨江区'), path.join(folder, '杭州市滨江区.xlsx'));
    const inFolder = await cli(['consolidate', folder, '-o', out('文件夹.xlsx')]);
    expect(inFolder.stdout).toMatch(/已汇总 1 个地区/u);
    // Its counties are not in the total: said, not passed over in silence.
    expect(inFolder.stderr).toContain(`${path.join(folder, '绍兴市汇总.xlsx')}：文件夹中的汇总表（可能是以前的汇总结果）不读，其中各县未计入；如要按它汇总，请在命令行写明这个文件`);
    expect(inFolder.status).toBe(1);
  });

  it('without --plan, consolidates the plan most regions reported, says so, and names another plan’s return by its title', async () => {
    const folder = path.join(dir, 'two-plans');
    fs.mkdirSync(folder, { recursive: true });
    const own = loaded.catalog.plans.find((p) => p.plan.id === 'keqiao-2021-2025')!;
    // 柯桥区 sent its own plan's return too; it comes first by name, and used to decide the plan consolidated.
    fs.writeFileSync(path.join(folder, '0-柯桥区本区规划.xlsx'), await keptSampleReturn({ region: own.plan.region, plans: [own], loaded, reportingYear: 2024, seed: 401 }));
    for (const [, name] of COUNTIES.filter(([city]) => city === '绍兴市')) fs.copyFileSync(countyFile('绍兴市', name), path.join(folder, `${name}.xlsx`));
    const { stdout } = await cli(['consolidate', folder, '-o', out('两个规划.xlsx')]);
    expect(stdout).toContain(`所给报表分属多个规划或年份，按报送地区最多的汇总：《${plan.plan.title}》2024年（可用 --plan、--year 指定）。`);
    expect(stdout).toContain(`绍兴市柯桥区报送的是其他规划《${own.plan.title}》的报表，未汇总。`);
    expect(stdout).toMatch(/已汇总 3 个地区/u);

    // Another city's county sent a return of another plan, first in the folder: the city is the consolidated returns'.
    const basic = loaded.catalog.plans.find((p) => p.plan.id === 'zj-basic-research-2021-2025')!;
    fs.writeFileSync(path.join(folder, '0-舟山市定海区-基础研究.xlsx'), await keptSampleReturn({ region: { name: '舟山市定海区', code: '330902' }, plans: [basic], loaded, reportingYear: 2024, seed: 402 }));
    const other = await cli(['consolidate', folder, '-o', out('两个规划-2.xlsx')]);
    expect(other.stdout).not.toContain('不属于汇总范围内的地区');
    expect(other.stdout).toContain('诸暨市（330681）没有报送报表');
    expect(other.stdout).toMatch(/已汇总 3 个地区/u);
  });

  it('refuses a county as --city: a county is no level to consolidate to', async () => {
    const file = out('柯桥.xlsx');
    const { status, stderr } = await cli(['consolidate', path.join(dir, 'returns', '绍兴市'), '--city', '柯桥', '-o', file]);
    expect(status).toBe(64);
    expect(stderr).toContain('--city 给出的绍兴市柯桥区是县（市、区）：汇总到市或全省，请写市名（如 绍兴市）或 浙江省。');
    expect(fs.existsSync(file)).toBe(false);
  });
});

/** A city file edited as a city could with a zip tool (decision 0247): its hidden record, or a cell of its sheet. */
const xmlText = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
const plainText = (xml: string) => xml.replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&amp;/gu, '&');

function editRecord(pkg: PackageEdit, edit: (record: ConsolidationRecord) => void): PackageEdit {
  return pkg.change('xl/sharedStrings.xml', (xml) => xml.replace(/<t([^>]*)>(\{&quot;planId[^<]*)<\/t>/u, (_whole, attributes: string, json: string) => {
    const record = JSON.parse(plainText(json)) as ConsolidationRecord;
    edit(record);
    return `<t${attributes}>${xmlText(JSON.stringify(record))}</t>`;
  }));
}

/** The address and value of a cell of a consolidation sheet, by its column's header and its row's indicator name. */
async function cellOf(file: string, header: string, indicator: string, sheetName = '汇总'): Promise<{ address: string; value: number }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(sheetName)!;
  let address = '';
  let value = Number.NaN;
  sheet.eachRow((row) => {
    if (String(row.getCell(2).value ?? '').startsWith(indicator)) {
      const headerRow = sheet.getRow([...Array(row.number).keys()].reverse().find((r) => r > 0 && sheet.getRow(r).getCell(1).value === '序号')!);
      const col = (headerRow.values as unknown[]).findIndex((cell) => typeof cell === 'string' && cell.startsWith(header));
      address = row.getCell(col).address;
      value = Number(row.getCell(col).value);
    }
  });
  expect(address).not.toBe('');
  return { address, value };
}

function setNumber(pkg: PackageEdit, address: string, value: number, sheet = '汇总'): PackageEdit {
  return pkg.change(pkg.sheetPart(sheet), (xml) => xml.replace(new RegExp(`(<c r="${address}"[^>]*>)<v>[^<]*</v>`, 'u'), `$1<v>${value}</v>`));
}

async function edited(name: string, edit: (pkg: PackageEdit) => PackageEdit, from = out('绍兴市汇总.xlsx')): Promise<string> {
  const file = out(name);
  fs.writeFileSync(file, edit(new PackageEdit(fs.readFileSync(from))).bytes());
  return file;
}

const leftOutLine = (file: string, reason: string) => `${file}：${reason}，未汇总。`;
const ASK = '；请该市报送各县报表';

describe('consolidate: what the province counts is what the city file shows (decision 0247)', () => {
  const ENTERPRISES = '高新技术企业（万家）';

  it('reads a clean city file, and the same file resaved by LibreOffice, into the same province', async () => {
    const clean = await cli(['consolidate', out('绍兴市汇总.xlsx'), out('杭州市汇总.xlsx'), '-o', out('干净.xlsx')]);
    expect(clean.stdout).toMatch(/已汇总 2 个市、5 个县（市、区）/u);
    expect(clean.stdout).not.toContain('未汇总。');
    const [resaved] = convertAll([out('绍兴市汇总.xlsx')], 'xlsx', path.join(dir, 'resaved'), dir);
    const again = await cli(['consolidate', resaved!, out('杭州市汇总.xlsx'), '-o', out('另存.xlsx')]);
    expect(again.stdout).toMatch(/已汇总 2 个市、5 个县（市、区）/u);
    expect(again.status).toBe(clean.status);
    expect(totals(await sheetRows(out('另存.xlsx'), '浙江省汇总'))).toEqual(totals(await sheetRows(out('干净.xlsx'), '浙江省汇总')));
  }, 120_000);

  it('leaves out a city file whose hidden record was edited: the line names the file, the county and the indicator', async () => {
    const file = await edited('记录改动.xlsx', (pkg) => editRecord(pkg, (record) => {
      const county = record.counties.find((entry) => entry.code === '330602')!;
      const id = Object.keys(county.values).find((key) => key.endsWith('.hightech-enterprises'))!;
      county.values[id] = 9;
    }));
    const { status, stdout } = await cli(['consolidate', file, out('杭州市汇总.xlsx'), '-o', out('记录改动-省.xlsx')]);
    expect(stdout).toContain(leftOutLine(file, `汇总表上绍兴市越城区的“${ENTERPRISES}”与表中隐藏的汇总数据不一致（表上所见不是将计入的数值）${ASK}`));
    // Only 杭州市's counties are counted.
    expect(stdout).toMatch(/已汇总 2 个地区/u);
    expect(status).toBe(1);
    const english = await cli(['consolidate', file, out('杭州市汇总.xlsx'), '-o', out('记录改动-en.xlsx'), '--lang', 'en-US']);
    expect(english.stdout).toContain(`${file}: the sheet shows “${ENTERPRISES}” of 绍兴市越城区 otherwise than the consolidation data hidden in the file (what the sheet shows is not what would be counted); ask that city for its county returns; not consolidated.`);
  });

  it('leaves out a city file whose visible county value or total was edited, but not one whose edit does not change what a cell shows', async () => {
    const county = await cellOf(out('绍兴市汇总.xlsx'), '绍兴市柯桥区', ENTERPRISES);
    const countyEdited = await edited('县值改动.xlsx', (pkg) => setNumber(pkg, county.address, county.value + 0.05));
    const byCounty = await cli(['consolidate', countyEdited, out('杭州市汇总.xlsx'), '-o', out('县值改动-省.xlsx')]);
    expect(byCounty.stdout).toContain(leftOutLine(countyEdited, `汇总表上绍兴市柯桥区的“${ENTERPRISES}”与表中隐藏的汇总数据不一致（表上所见不是将计入的数值）${ASK}`));
    expect(byCounty.status).toBe(1);

    const total = await cellOf(out('绍兴市汇总.xlsx'), '合计', '新材料产业产值（亿元）');
    const totalEdited = await edited('合计改动.xlsx', (pkg) => setNumber(pkg, total.address, total.value + 100));
    const byTotal = await cli(['consolidate', totalEdited, out('杭州市汇总.xlsx'), '-o', out('合计改动-省.xlsx')]);
    expect(byTotal.stdout).toMatch(new RegExp(`合计改动\\.xlsx：汇总表上合计[^的]*的“新材料产业产值（亿元）”与表中隐藏的汇总数据不一致`, 'u'));

    // 亿元 is shown without decimals: a change that leaves every shown figure as it was shows the reviewer nothing else.
    const unseen = await edited('看不出的改动.xlsx', (pkg) => setNumber(pkg, total.address, Math.round(total.value) + 0.1));
    const read = await cli(['consolidate', unseen, out('杭州市汇总.xlsx'), '-o', out('看不出的改动-省.xlsx')]);
    expect(read.stdout).not.toContain('未汇总。');
    expect(read.stdout).toMatch(/已汇总 2 个市、5 个县（市、区）/u);

    // Its value kept, but its format changed so that the cell shows another figure (0 万家 for 0.04): what is shown counts.
    const reformatted = await edited('格式改动.xlsx', (pkg) => {
      const style = pkg.style('0');
      return pkg.change(pkg.sheetPart('汇总'), (xml) => xml.replace(new RegExp(`<c r="${county.address}" s="\\d+"`, 'u'), `<c r="${county.address}" s="${style}"`));
    });
    const byFormat = await cli(['consolidate', reformatted, out('杭州市汇总.xlsx'), '-o', out('格式改动-省.xlsx')]);
    expect(byFormat.stdout).toContain(leftOutLine(reformatted, `汇总表上绍兴市柯桥区的“${ENTERPRISES}”与表中隐藏的汇总数据不一致（表上所见不是将计入的数值）${ASK}`));
  });

  it('leaves out a record that claims a county the sheet does not list, lacks one it lists, or holds another city’s county', async () => {
    const added = await edited('多一县.xlsx', (pkg) => editRecord(pkg, (record) => {
      record.counties.push({ ...record.counties[0]!, code: '330681', name: '诸暨市' });
    }));
    const plus = await cli(['consolidate', added, out('杭州市汇总.xlsx'), '-o', out('多一县-省.xlsx')]);
    expect(plus.stdout).toContain(leftOutLine(added, `汇总表工作表“汇总”列出的地区与表中隐藏的汇总数据不一致（诸暨市）${ASK}`));

    const dropped = await edited('少一县.xlsx', (pkg) => editRecord(pkg, (record) => {
      record.counties = record.counties.filter((county) => county.code !== '330603');
    }));
    const minus = await cli(['consolidate', dropped, out('杭州市汇总.xlsx'), '-o', out('少一县-省.xlsx')]);
    expect(minus.stdout).toContain(leftOutLine(dropped, `汇总表工作表“汇总”列出的地区与表中隐藏的汇总数据不一致（绍兴市柯桥区）${ASK}`));

    const foreign = await edited('外市县.xlsx', (pkg) => editRecord(pkg, (record) => {
      record.counties.push({ ...record.counties[0]!, code: '330106', name: '杭州市西湖区' });
    }));
    const other = await cli(['consolidate', foreign, '-o', out('外市县-省.xlsx')]);
    expect(other.stderr).toContain(`! ${leftOutLine(foreign, `汇总表隐藏的汇总数据含有不属于本市的杭州市西湖区${ASK}`)}`);
    expect(other.status).toBe(2);
  });

  it('leaves out a city file whose sheet was renamed or whose table header was edited: nothing to check the record against', async () => {
    const renamed = await edited('改表名.xlsx', (pkg) => pkg.change('xl/workbook.xml', (xml) => xml.replace('name="汇总"', 'name="汇总表"')));
    const bySheet = await cli(['consolidate', renamed, out('杭州市汇总.xlsx'), '-o', out('改表名-省.xlsx')]);
    expect(bySheet.stdout).toContain(leftOutLine(renamed, `汇总表缺少工作表“汇总”，无法与隐藏的汇总数据核对${ASK}`));
    const header = await edited('改表头.xlsx', (pkg) => pkg.change('xl/sharedStrings.xml', (xml) => xml.replace('<t>序号</t>', '<t>编号</t>')));
    const byHeader = await cli(['consolidate', header, out('杭州市汇总.xlsx'), '-o', out('改表头-省.xlsx')]);
    expect(byHeader.stdout).toContain(leftOutLine(header, `汇总表工作表“汇总”中找不到汇总表的表头（序号、指标名称（单位）、汇总方式），无法与隐藏的汇总数据核对${ASK}`));
    expect(byHeader.status).toBe(1);
  });

  it('leaves out a record whose year was edited to match the consolidation: the sheet’s title still shows its own', async () => {
    const moved = await edited('改年份.xlsx', (pkg) => editRecord(pkg, (record) => {
      record.reportingYear = 2023;
    }));
    const { status, stderr } = await cli(['consolidate', moved, '--year', '2023', '-o', out('改年份-省.xlsx')]);
    expect(stderr).toContain(leftOutLine(moved, `汇总表工作表“汇总”标题中的地区、规划或年份与表中隐藏的汇总数据不一致${ASK}`));
    expect(status).toBe(2);
  });

  it('checks a province file given again the same way: its province sheet and each city sheet against its record', async () => {
    const province = out('省-再汇总源.xlsx');
    await cli(['consolidate', out('绍兴市汇总.xlsx'), out('杭州市汇总.xlsx'), '-o', province]);
    const clean = await cli(['consolidate', province, '-o', out('省-再汇总.xlsx')]);
    expect(clean.stdout).not.toContain('未汇总。');
    expect(clean.stdout).toMatch(/已汇总 2 个市、5 个县（市、区）/u);

    const city = await cellOf(province, '杭州市', ENTERPRISES, '浙江省汇总');
    const edited1 = await edited('省-市列改动.xlsx', (pkg) => setNumber(pkg, city.address, city.value + 1, '浙江省汇总'), province);
    const byCity = await cli(['consolidate', edited1, '-o', out('省-市列改动-再.xlsx')]);
    expect(byCity.stderr).toContain(leftOutLine(edited1, `汇总表上杭州市的“${ENTERPRISES}”与表中隐藏的汇总数据不一致（表上所见不是将计入的数值）${ASK}`));
    expect(byCity.status).toBe(2);

    const county = await cellOf(province, '杭州市滨江区', ENTERPRISES, '杭州市汇总');
    const edited2 = await edited('省-县列改动.xlsx', (pkg) => setNumber(pkg, county.address, county.value + 1, '杭州市汇总'), province);
    const byCounty = await cli(['consolidate', edited2, '-o', out('省-县列改动-再.xlsx')]);
    expect(byCounty.stderr).toContain(leftOutLine(edited2, `汇总表上杭州市滨江区的“${ENTERPRISES}”与表中隐藏的汇总数据不一致（表上所见不是将计入的数值）${ASK}`));
  });
});
