/**
 * From a pasted table to the status (decision 0180): a change printed in a value cell (下降14%, 提高1个百分点,
 * 增长30%以上, a figure of a 年均增长（%） column) goes into the import JSON as a change, into the catalog file as
 * value.change, and attainment judges it against the level the baseline gives — or, without a baseline, 仅监测 with
 * the reason, never 已达标.
 */
import fs from 'node:fs';
import path from 'node:path';
import { attainmentOf } from '../../../src/core/attainment';
import { loadPlanFile, type Indicator, type PlanCatalog } from '../../../src/core/catalog';
import { translate } from '../../../src/core/i18n';
import { reportingSheetLayout } from '../../../src/core/layout';
import { htmlTables, importResultJson, importToCatalogYaml, recogniseIndicatorTable, tableWithSurroundings, textTableCells } from '../../../src/core/import';
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
