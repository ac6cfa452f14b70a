import fs from 'node:fs';
import { parse } from 'yaml';
import { loadCatalog, loadPlanFile } from '../../../src/core/catalog';
import { ImportCatalogError, importConceptsYaml, importToCatalogYaml, recogniseIndicatorTable, type ImportPlan } from '../../../src/core/import';
import { catalogFilesIn } from '../../../src/cli/catalogFiles';
import { CATALOG_DIR } from '../../../src/cli/paths';

/** The catalog file an import writes: valid, loadable beside the shipped catalog, faithful to what was read. */
const { concepts } = loadCatalog(catalogFilesIn(CATALOG_DIR).map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }))).catalog;

const cells = [
  ['表1 “十四五”科技创新主要指标', '', '', '', ''],
  ['序号', '指标名称', '2020年', '2025年', '备注'],
  ['1', '全社会R&D经费支出占GDP比重（%）*', '2.4（预计）', '3.5', ''],
  ['2', '首台（套）产品（项）', '43', '5/58', '累计数'],
  ['', '其中国际国内首台（套）产品（项）', '1', '1/2', ''],
  ['3', '校企共建实验室（家）', '2.4（预计', '20亿元', ''],
  ['', '', '', '', ''],
  ['注：标*为“六倍增”指标，标▲为预计数。', '', '', '', ''],
];
const origin = { row: 2, column: 1 };
const result = recogniseIndicatorTable({ cells, concepts, origin, planTitle: '某区科技创新“十四五”规划', region: { name: '越城区', code: '330602' }, level: 'district' });
const plan: ImportPlan = { id: 'import-yuecheng-demo', workbook: '规划指标.xlsx#Sheet1' };
const yaml = importToCatalogYaml(result, plan);

describe('importToCatalogYaml', () => {
  it('writes a file that loadPlanFile reads without a problem', () => {
    expect(loadPlanFile('import-yuecheng-demo.yaml', yaml).problems).toEqual([]);
  });

  it('loads beside the shipped catalog, with the concepts file for its own concepts, and lints clean', () => {
    const files = catalogFilesIn(CATALOG_DIR).map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }));
    const loaded = loadCatalog([...files, { file: 'import-yuecheng-demo.yaml', text: yaml }, { file: 'concepts-import-yuecheng-demo.yaml', text: importConceptsYaml(result, plan) }]);
    expect(loaded.problems).toEqual([]);
    expect(loaded.catalog.plans.map((p) => p.plan.id)).toContain('import-yuecheng-demo');
  });

  it('records where the table was read: the workbook range as seed, sheet rows as lines', () => {
    const { plan: loaded, indicators } = loadPlanFile('x.yaml', yaml).catalog!;
    expect(loaded.seed).toBe('workbook:规划指标.xlsx#Sheet1!B3:F10');
    expect(loaded.lines).toEqual([3, 10]);
    expect(loaded.tables).toEqual([{
      title: '表1 “十四五”科技创新主要指标', line: 3, columns: ['序号', '指标名称', '2020年', '2025年', '备注'],
      notes: [{ text: '注：标*为“六倍增”指标，标▲为预计数。', line: 10 }],
    }]);
    expect(indicators.map((i) => [i.id, i.source.line, i.source.table])).toEqual([
      ['import-yuecheng-demo.row-1', 5, '表1 “十四五”科技创新主要指标'],
      ['import-yuecheng-demo.row-2', 6, '表1 “十四五”科技创新主要指标'],
      ['import-yuecheng-demo.row-3', 7, '表1 “十四五”科技创新主要指标'],
      ['import-yuecheng-demo.row-4', 8, '表1 “十四五”科技创新主要指标'],
    ]);
  });

  it('takes the plan from the recogniser’s input, and the period from the table’s years', () => {
    const { plan: loaded } = loadPlanFile('x.yaml', yaml).catalog!;
    expect([loaded.title, loaded.region, loaded.level, loaded.period, loaded.horizon])
      .toEqual(['某区科技创新“十四五”规划', { name: '越城区', code: '330602' }, 'district', { start: 2021, end: 2025 }, 2025]);
    const given = loadPlanFile('y.yaml', importToCatalogYaml(result, { ...plan, title: '另一标题', period: { start: 2021, end: 2025 }, horizon: 2035 })).catalog!.plan;
    expect([given.title, given.horizon]).toEqual(['另一标题', 2035]);
  });

  it('keeps names, units, marks, values, parents, matched and own concepts', () => {
    const { indicators } = loadPlanFile('x.yaml', yaml).catalog!;
    expect(indicators.map((i) => [i.name, i.unit, i.marks, i.concept, i.parent, i.values.map((v) => `${v.year} ${v.role} ${v.raw}`)])).toEqual([
      ['全社会R&D经费支出占GDP比重', '%', ['*'], 'rd_gdp_share', undefined, ['2020 baseline 2.4（预计）', '2025 target 3.5']],
      ['首台（套）产品', '项', [], 'first_unit_products', undefined, ['2020 baseline 43', '2025 target 5/58']],
      ['其中国际国内首台（套）产品', '项', [], 'custom.import-yuecheng-demo.row-3', 'import-yuecheng-demo.row-2', ['2020 baseline 1', '2025 target 1/2']],
      ['校企共建实验室', '家', [], 'custom.import-yuecheng-demo.row-4', undefined, []],
    ]);
  });

  it('leaves out the cells it could not read, naming them in the note, and keeps a 备注 cell there', () => {
    const { indicators } = loadPlanFile('x.yaml', yaml).catalog!;
    expect(result.problems.map((p) => [p.code, p.cell])).toEqual([['import.unreadable_value', 'D8'], ['import.value_unit_mismatch', 'E8']]);
    expect(indicators[3]?.note).toBe('未导入（无法读取，或单位与本行不同）：2020年基期值“2.4（预计”；2025年目标值“20亿元”。');
    expect(indicators[1]?.note).toBe('备注：累计数');
    const english = loadPlanFile('x.yaml', importToCatalogYaml(result, { ...plan, locale: 'en-US' })).catalog!.indicators;
    expect(english[3]?.note).toBe('Not imported (could not be read, or in another unit): 2020 baseline “2.4（预计”; 2025 target “20亿元”.');
    expect(english[1]?.note).toBe('Remark: 累计数');
  });

  it('carries a change (增长5%左右, 提高2个百分点) as a change of the level; a change in a row that names the change is its level', () => {
    const annual = recogniseIndicatorTable({ cells: [
      ['2024年主要目标完成情况'],
      ['指标名称', '全年目标', '全年完成'],
      ['全市生产总值', '增长5%左右', '增长5%'],
      ['常住人口城镇化率（%）', '提高2个百分点', '70'],
      ['单位生产总值能耗降低（%）', '下降3%', '下降3.2%'],
      ['地区生产总值（亿元）', '增长5', '1200'],
    ], region: { name: '上海市', code: '310000' }, level: 'province', planTitle: '2024年计划' });
    const yamlText = importToCatalogYaml(annual, { id: 'import-annual', workbook: 'a.xlsx#Sheet1' });
    const { indicators } = loadPlanFile('z.yaml', yamlText).catalog!;
    expect(indicators.map((i) => i.values.map((v) => [v.role, v.raw, v.change ?? null]))).toEqual([
      [['target', '增长5%左右', { of: 'increase', unit: '%' }], ['actual', '增长5%', { of: 'increase', unit: '%' }]],
      [['target', '提高2个百分点', { of: 'increase', unit: '个百分点' }], ['actual', '70', null]],
      [['target', '下降3%', null], ['actual', '下降3.2%', null]],
      // 增长5 prints no unit: 5 % or 5 亿元 more cannot be told, so it is left out and named.
      [['actual', '1200', null]],
    ]);
    expect(indicators[0]?.note).toBeUndefined();
    expect(indicators[3]?.note).toBe('变化量，不是当年的水平：2024年目标值“增长5”。');
  });

  it('writes a concepts file naming the indicators that matched no concept', () => {
    expect(parse(importConceptsYaml(result, plan))).toEqual({
      concepts: [
        { id: 'custom.import-yuecheng-demo.row-3', name: '其中国际国内首台（套）产品', unit: '项' },
        { id: 'custom.import-yuecheng-demo.row-4', name: '校企共建实验室', unit: '家' },
      ],
    });
  });

  it('refuses what cannot make a catalog file: a bad id, a missing region, a table it did not read', () => {
    const error = (run: () => unknown) => {
      try {
        run();
      } catch (caught) {
        return caught instanceof ImportCatalogError ? caught.code : caught;
      }
      return undefined;
    };
    expect(error(() => importToCatalogYaml(result, { ...plan, id: 'Import 1' }))).toBe('import.bad_plan_id');
    expect(error(() => importToCatalogYaml(result, { ...plan, region: { name: '越城区', code: '3306' } }))).toBe('import.plan_incomplete');
    const bare = recogniseIndicatorTable({ cells });
    expect(error(() => importToCatalogYaml(bare, plan))).toBe('import.plan_incomplete');
    expect(error(() => importToCatalogYaml(recogniseIndicatorTable({ cells: [['a', 'b']] }), plan))).toBe('import.nothing_to_write');
    expect(error(() => importToCatalogYaml(recogniseIndicatorTable({ cells: [['指标'], ['研发人员（人）']] }), { ...plan, title: '某规划', region: { name: '越城区', code: '330602' }, level: 'district' })))
      .toBe('import.period_unknown');
  });
});

// Regression: （60） was written as printed, which the catalog cannot read — the file written did not load; and 〔60〕
// where the notes say brackets hold five-year totals was kept as the 2025 level (a county reporting 60 met it).
describe('bracketed figures: the file still loads, and a total over the period is never the year’s level', () => {
  const fileOf = (notes: string[]) => {
    const read = recogniseIndicatorTable({ cells: [
      ['指标', '单位', '2020年', '2025年'],
      ['甲', '亿元', '100', '（60）'],
      ['乙', '亿元', '100', '（６０）'],
      ['丙', '亿元', '100', '〔60〕'],
      ['丁', '亿元', '100', '120'],
      ...notes.map((note) => [note, '', '', '']),
    ], region: { name: '越城区', code: '330602' }, level: 'district' });
    const loaded = loadPlanFile('b.yaml', importToCatalogYaml(read, { id: 'brackets', workbook: 'b.txt', title: '某规划' }));
    expect(loaded.problems).toEqual([]);
    return (loaded.catalog?.indicators ?? []).map((i) => [i.name, i.values.filter((v) => v.role === 'target').map((v) => v.raw), i.note ?? null]);
  };

  it('where the notes say （） hold totals: each left out of the values and named in the note', () => {
    expect(fileOf(['注：（）内为五年累计数。'])).toEqual([
      ['甲', [], '未导入（无法读取，或单位与本行不同）：2025年目标值“（60）”。'],
      ['乙', [], '未导入（无法读取，或单位与本行不同）：2025年目标值“（６０）”。'],
      ['丙', [], '规划期内的数，不是某一年的水平：2025年累计“〔60〕”。'],
      ['丁', ['120'], null],
    ]);
  });

  it('where nothing says so: 〔60〕 kept as printed, a round-bracketed figure left out and named', () => {
    expect(fileOf([])).toEqual([
      ['甲', [], '未导入（无法读取，或单位与本行不同）：2025年目标值“（60）”。'],
      ['乙', [], '未导入（无法读取，或单位与本行不同）：2025年目标值“（６０）”。'],
      ['丙', ['〔60〕'], null],
      ['丁', ['120'], null],
    ]);
  });
});

it('takes the caption without its table number as the plan’s title', () => {
  const read = recogniseIndicatorTable({ cells: [['表1 某区“十四五”科技创新主要指标'], ['指标', '2020年', '2025年'], ['研发经费投入强度（%）', '2.8', '3.2']], region: { name: '越城区', code: '330602' }, level: 'district' });
  const loaded = loadPlanFile('t.yaml', importToCatalogYaml(read, { id: 'titled', workbook: 't.txt' })).catalog;
  expect(loaded?.plan.title).toBe('某区“十四五”科技创新主要指标');
  expect(loaded?.plan.tables?.[0]?.title).toBe('表1 某区“十四五”科技创新主要指标');
});

describe('the catalog schema', () => {
  it('accepts a seed file name or a workbook reference as seed, and nothing else', () => {
    const withSeed = (seed: string) => yaml.replaceAll(/seed: .*$/gmu, `seed: "${seed}"`);
    expect(loadPlanFile('a.yaml', withSeed('003_8122f4451f9105dc.txt')).problems).toEqual([]);
    expect(loadPlanFile('b.yaml', withSeed('workbook:a.xlsx')).problems).toEqual([]);
    expect(loadPlanFile('c.yaml', withSeed('notes.txt')).problems.map((p) => p.code)).toContain('catalog.schema');
  });
});
