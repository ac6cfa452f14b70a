/**
 * From a pasted table to the status (decision 0180): a change printed in a value cell (下降14%, 提高1个百分点,
 * 增长30%以上, a figure of a 年均增长（%） column) goes into the import JSON as a change, into the catalog file as
 * value.change, and attainment judges it against the level the baseline gives — or, without a baseline, 仅监测 with
 * the reason, never 已达标.
 */
import fs from 'node:fs';
import path from 'node:path';
import { attainmentFormulas, attainmentOf, SHEET_STATUS_LABELS, type AttainmentStatus } from '../../../src/core/attainment';
import { loadPlanFile, type Indicator, type PlanCatalog } from '../../../src/core/catalog';
import { translate } from '../../../src/core/i18n';
import { reportingSheetLayout } from '../../../src/core/layout';
import { htmlTables, importResultJson, importToCatalogYaml, recogniseIndicatorTable, tableWithSurroundings, textTableCells } from '../../../src/core/import';
import { evaluateFormula } from '../../support/core/attainment/formulaEvaluator';
import { CORPUS_DIR } from '../../support/importCorpus';

const region = { name: '某市', code: '330600' };

function catalogOf(cells: string[][], planTitle: string): { plan: PlanCatalog; indicators: Indicator[]; json: ReturnType<typeof importResultJson> } {
  const result = recogniseIndicatorTable({ cells, region, level: 'city', planTitle });
  const loaded = loadPlanFile('import.yaml', importToCatalogYaml(result, { id: 'import-changes', workbook: 'a.xlsx#Sheet1' }));
  expect(loaded.problems).toEqual([]);
  if (loaded.catalog === undefined) throw new Error('the imported catalog did not load');
  return { plan: loaded.catalog, indicators: loaded.catalog.indicators, json: importResultJson(result) };
}

/** The notes of the reporting sheet's cells that show `raw`, for a return of `year`. */
function targetNotes(plan: PlanCatalog, year: number, raw: string): string[] {
  const layout = reportingSheetLayout({ plans: [plan], region, reportingYear: year, merge: false, catalogVersion: 'c-test' });
  return layout.cells.filter((cell) => cell.value.kind === 'text' && cell.value.text === raw).map((cell) => cell.note ?? '');
}

const byName = (indicators: Indicator[], name: string): Indicator => {
  const found = indicators.find((indicator) => indicator.name === name);
  if (found === undefined) throw new Error(`${name} was not imported`);
  return found;
};

describe('a five-year table pasted as text, with baselines', () => {
  // Tab-separated, as Word and WPS put a table on the clipboard; rows in the forms the national and provincial
  // 十四五 outlines print (a 年均增长 column, 下降N% and 提高N个百分点 in the 2025 column).
  const pasted = [
    '表1 “十四五”经济与能源主要指标',
    '指标\t单位\t2020年\t2025年\t年均增长（%）\t属性',
    '地区生产总值\t亿元\t6000\t—\t6.5\t预期性',
    '单位GDP能耗\t吨标准煤/万元\t0.45\t下降14%\t—\t约束性',
    '单位GDP能耗降低\t%\t—\t14\t—\t约束性',
    '森林覆盖率\t%\t61.2\t提高1个百分点\t—\t约束性',
    '规上工业增加值\t亿元\t2000\t增长30%以上\t—\t预期性',
  ].join('\n');
  const { indicators, json } = catalogOf(textTableCells(pasted), '某市“十四五”规划');

  it('says in the import JSON which values are changes, of what and in what', () => {
    const changes = json.indicators.flatMap((indicator) => indicator.values
      .filter((value) => value.change !== null)
      .map((value) => [indicator.name, value.role, value.raw, value.kind, value.value, value.change, value.changeUnit]));
    expect(changes).toEqual([
      ['地区生产总值', 'average_growth', '6.5', 'exact', 6.5, 'increase', '%'],
      ['单位GDP能耗', 'target', '下降14%', 'exact', 14, 'decrease', '%'],
      ['森林覆盖率', 'target', '提高1个百分点', 'exact', 1, 'increase', '个百分点'],
      ['规上工业增加值', 'target', '增长30%以上', 'min', 30, 'increase', '%'],
    ]);
  });

  it('writes them into the catalog file as changes, and the reduction row’s 14 as its level', () => {
    const printed = (name: string) => byName(indicators, name).values.filter((value) => value.role === 'target').map((value) => [value.raw, value.change ?? null]);
    // The 2025 column's dash sets no target, so the average growth is the one that applies.
    expect(printed('地区生产总值')).toEqual([['—', null], ['6.5', { of: 'average_growth', unit: '%' }]]);
    expect(printed('单位GDP能耗')).toEqual([['下降14%', { of: 'decrease', unit: '%' }]]);
    expect(printed('单位GDP能耗降低')).toEqual([['14', null]]);
    expect(printed('森林覆盖率')).toEqual([['提高1个百分点', { of: 'increase', unit: '个百分点' }]]);
  });

  it('judges each against the level its baseline gives', () => {
    const at = (name: string, year: number, actual: number) => attainmentOf(byName(indicators, name), year, new Map([[year, actual]]));
    // 6000·1.065⁵ = 8220.52…; in 2023 the compounding path expects 6000·1.065³ = 7247.6…
    expect(at('地区生产总值', 2025, 8221).status).toBe('met');
    expect(at('地区生产总值', 2025, 8200).status).toBe('not_met');
    expect(at('地区生产总值', 2023, 7250).status).toBe('on_track');
    expect(at('地区生产总值', 2023, 7200).status).toBe('behind');
    // 0.45·0.86 = 0.387, lower is better
    expect(at('单位GDP能耗', 2025, 0.387)).toMatchObject({ status: 'met', expected: 0.387 });
    expect(at('单位GDP能耗', 2025, 0.39).status).toBe('not_met');
    expect(at('单位GDP能耗', 2022, 0.47).status).toBe('regressing');
    expect(at('单位GDP能耗降低', 2025, 14.2).status).toBe('met');
    expect(at('森林覆盖率', 2025, 62.2).status).toBe('met');
    expect(at('森林覆盖率', 2025, 62.1).status).toBe('not_met');
    expect(at('规上工业增加值', 2025, 2600).status).toBe('met');
    expect(at('规上工业增加值', 2025, 2599).status).toBe('not_met');
  });
});

describe('the reporting sheet of the pasted table', () => {
  const pasted = [
    '指标\t单位\t2020年\t2025年\t属性',
    '单位GDP能耗\t吨标准煤/万元\t0.45\t下降14%\t约束性',
    '用水总量\t亿立方米\t—\t下降5%\t约束性',
  ].join('\n');
  const { plan } = catalogOf(textTableCells(pasted), '某市“十四五”规划');

  it('prints the change as the plan does and says in the cell’s note the level it asks for, or why none', () => {
    expect(targetNotes(plan, 2023, '下降14%')).toEqual(['以2020年基期值 0.45 折算，目标值为 0.387。']);
    expect(targetNotes(plan, 2023, '下降5%')).toEqual([translate('zh-CN', 'attainment.change_without_baseline')]);
  });
});

describe('the corpus table shanghai-2024-annual-plan-outcome (web clipboard HTML, no baseline)', () => {
  const html = fs.readFileSync(path.join(CORPUS_DIR, 'shanghai-2024-annual-plan-outcome', 'table.html'), 'utf8');
  const table = htmlTables(html)[0];
  if (table === undefined) throw new Error('the corpus table has no <table>');
  const { indicators } = catalogOf(tableWithSurroundings(table), '上海市2024年国民经济和社会发展计划');

  it('keeps 增长5%左右 and 提高5%以上 as changes and never judges them without a baseline', () => {
    for (const name of ['全市生产总值', '地方一般公共预算收入', '单位建设用地生产总值']) {
      const result = attainmentOf(byName(indicators, name), 2024, new Map([[2024, 5]]));
      expect(result).toMatchObject({ status: 'monitoring', met: null, completion: null, reason: 'attainment.change_without_baseline' });
    }
  });

  it('still judges the level printed beside them (44%以上 against 43.6)', () => {
    const share = byName(indicators, '工业战略性新兴产业总产值占规模以上工业总产值比重');
    expect(attainmentOf(share, 2024, new Map([[2024, 43.6]])).status).toBe('not_met');
  });

  it('gives the reason in Chinese and English', () => {
    expect(translate('zh-CN', 'attainment.change_without_baseline')).toContain('基期值');
    expect(translate('en-US', 'attainment.change_without_baseline')).toContain('baseline');
  });
});

describe('a change made every year (每年增长10%, 比上年下降3%): judged year on year against the previous actual', () => {
  // Until decision 0241 每年增长10% was unreadable, and 增长10%（每年） / 比上年增长5% were judged once from the
  // 2020 baseline (1000·1.1 = 1100 by 2025), so a county growing 2 % a year was called 已达标.
  const pasted = [
    '表1 “十四五”主要指标',
    '指标\t单位\t2020年\t2025年\t属性',
    '财政科技支出\t亿元\t10\t每年增长10%\t预期性',
    '研发人员\t万人\t2\t增长10%（每年）\t预期性',
    '高新技术企业数\t家\t500\t每年新增50家以上\t预期性',
    '研发经费投入强度\t%\t2.8\t每年提高0.2个百分点\t预期性',
    '单位工业增加值能耗\t吨标准煤/万元\t0.5\t比上年下降3%\t约束性',
  ].join('\n');
  const { plan, indicators, json } = catalogOf(textTableCells(pasted), '某市“十四五”规划');

  /** The status by the core and by the sheet's own formula (which must agree), with last year's actual or none. */
  function judged(name: string, year: number, actual: number, previous: number | null): AttainmentStatus {
    const indicator = byName(indicators, name);
    const values = new Map([[year, actual]]);
    if (previous !== null) values.set(year - 1, previous);
    const { status } = attainmentOf(indicator, year, values);
    const formulas = attainmentFormulas({ indicator, reportingYear: year, actualRef: 'B1', previousActualRef: 'A1', companionRef: null });
    expect(evaluateFormula(formulas.status, { B1: actual, ...(previous === null ? {} : { A1: previous }) })).toBe(SHEET_STATUS_LABELS[status]);
    return status;
  }

  it('reads every form, says so in the import JSON, and lists no problem', () => {
    expect(json.problems).toEqual([]);
    const perYear = json.indicators.map((indicator) => indicator.values.filter((value) => value.perYear === true).map((value) => [value.raw, value.change, value.changeUnit]));
    expect(perYear).toEqual([
      [['每年增长10%', 'increase', '%']],
      [['增长10%（每年）', 'increase', '%']],
      [['每年新增50家以上', 'increase', '家']],
      [['每年提高0.2个百分点', 'increase', '个百分点']],
      [['比上年下降3%', 'decrease', '%']],
    ]);
    expect(byName(indicators, '财政科技支出').values.find((value) => value.role === 'target')?.change).toEqual({ of: 'increase', unit: '%', perYear: true });
  });

  it('keeps 每年新增50家 in a row of 新增… (the row counts the new ones) as the level each year must reach', () => {
    // Regression: the row's own count was read as a stock growing by 50 a year: 60 new after 50 new was 未达标.
    const rows = catalogOf(textTableCells(['指标\t单位\t2020年\t2025年', '新增高新技术企业\t家\t—\t每年新增50家'].join('\n')), '某市“十四五”规划').indicators;
    const added = byName(rows, '新增高新技术企业');
    expect(added.perYear).toBe(true);
    expect(attainmentOf(added, 2023, new Map([[2022, 50], [2023, 60]])).status).toBe('met');
    expect(attainmentOf(added, 2023, new Map([[2022, 70], [2023, 40]])).status).toBe('not_met');
  });

  it('judges each year against the year before: 每年增长10% asks 2023 for 1.1 × 2022’s actual, whatever the baseline', () => {
    expect(judged('财政科技支出', 2023, 12.1, 11)).toBe('met');
    expect(judged('财政科技支出', 2023, 12, 11)).toBe('not_met');
    // 10·1.1 = 11 from the 2020 baseline would call 11 met in 2023; 11 is no rise at all over 2022's 11.
    expect(judged('财政科技支出', 2023, 11, 11)).toBe('not_met');
    expect(judged('研发人员', 2024, 3.3, 3)).toBe('met');
    expect(judged('研发人员', 2024, 3.2, 3)).toBe('not_met');
    expect(judged('高新技术企业数', 2022, 600, 550)).toBe('met');
    expect(judged('高新技术企业数', 2022, 599, 550)).toBe('not_met');
    expect(judged('研发经费投入强度', 2022, 3.2, 3)).toBe('met');
    expect(judged('研发经费投入强度', 2022, 3.1, 3)).toBe('not_met');
    expect(judged('单位工业增加值能耗', 2022, 0.485, 0.5)).toBe('met');
    expect(judged('单位工业增加值能耗', 2022, 0.49, 0.5)).toBe('not_met');
  });

  it('takes the printed baseline as the year before the first year, and says 未填报 when last year’s actual is missing', () => {
    expect(judged('财政科技支出', 2021, 11, null)).toBe('met');
    expect(judged('财政科技支出', 2021, 10.9, null)).toBe('not_met');
    expect(judged('财政科技支出', 2023, 20, null)).toBe('no_value');
  });

  it('says in the target cell’s note how the year is judged', () => {
    expect(targetNotes(plan, 2023, '每年增长10%')).toEqual(['逐年评价（与上年比）：本年实绩不低于上年实绩 × 1.1 即达标；上年实绩未填时显示未填报。']);
    expect(targetNotes(plan, 2023, '每年新增50家以上')).toEqual(['逐年评价（与上年比）：本年实绩不低于上年实绩加 50 即达标；上年实绩未填时显示未填报。']);
    expect(targetNotes(plan, 2023, '比上年下降3%')).toEqual(['逐年评价（与上年比）：本年实绩不高于上年实绩 × 0.97 即达标；上年实绩未填时显示未填报。']);
  });
});

describe('下降0.5% and 下降0.5个百分点 in a row in %; 翻一番 and 倍增 in a row of amounts', () => {
  // A plan means percentage points only when it says 个百分点 (docs/attainment-method.md): 下降0.5% of a share of 50 is
  // a relative fall to 49.75, and the import says so, naming the cell and the rewrite for points. 翻一番 and 倍增 were
  // read as words, so the sheet asked 是/否 for an amount in 亿元.
  const pasted = [
    '指标\t单位\t2020年\t2025年\t属性',
    '高新技术产业增加值占比\t%\t50\t下降0.5%\t预期性',
    '制造业增加值占比\t%\t50\t下降0.5个百分点\t预期性',
    '规上工业增加值\t亿元\t1000\t翻一番\t预期性',
    '数字经济增加值\t亿元\t500\t倍增\t预期性',
  ].join('\n');
  const cells = textTableCells(pasted);
  const { indicators, json } = catalogOf(cells, '某市“十四五”规划');
  const at = (name: string, year: number, actual: number) => attainmentOf(byName(indicators, name), year, new Map([[year, actual]]));

  it('reads 下降0.5% as a fall of 0.5 % of the baseline, and 下降0.5个百分点 as 0.5 points', () => {
    expect(at('高新技术产业增加值占比', 2025, 49.75)).toMatchObject({ status: 'met', expected: 49.75 });
    expect(at('高新技术产业增加值占比', 2025, 49.8).status).toBe('not_met');
    expect(at('制造业增加值占比', 2025, 49.5)).toMatchObject({ status: 'met', expected: 49.5 });
    expect(at('制造业增加值占比', 2025, 49.75).status).toBe('not_met');
  });

  it('tells the user how it read the % one, in both languages, and not the 个百分点 one', () => {
    expect(json.problems.map((problem) => [problem.code, problem.cell])).toEqual([['import.percent_change_of_share', 'D2']]);
    expect(json.problems[0]?.message).toContain('请改写为“下降0.5个百分点”后重新导入');
    const english = importResultJson(recogniseIndicatorTable({ cells, region, level: 'city' }), 'en-US');
    expect(english.problems[0]?.message).toContain('rewrite it as “下降0.5个百分点”');
  });

  it('leaves a catalog value printed 倍增 without change as it always read: a qualitative target (zj-hightech)', () => {
    const file = path.join(__dirname, '../../../catalog/zj-hightech-industry-2021-2025.yaml');
    const shipped = loadPlanFile(file, fs.readFileSync(file, 'utf8')).catalog;
    const share = shipped?.indicators.find((indicator) => indicator.id === 'zj-hightech-industry-2021-2025.basic-research-rd-share');
    expect(share?.values.find((value) => value.raw === '倍增')?.parsed.kind).toBe('qualitative');
  });

  it('judges 翻一番 and 倍增 against twice the baseline', () => {
    expect(at('规上工业增加值', 2025, 2000)).toMatchObject({ status: 'met', expected: 2000 });
    expect(at('规上工业增加值', 2025, 1999).status).toBe('not_met');
    expect(at('规上工业增加值', 2023, 1600).status).toBe('on_track');
    expect(at('数字经济增加值', 2025, 1000).status).toBe('met');
    expect(at('数字经济增加值', 2025, 900).status).toBe('not_met');
  });
});
