import { enUS, translate, zhCN } from '../../../src/core/i18n';
import { IMPORT_PROBLEM_CODES, importResultJson, recogniseIndicatorTable } from '../../../src/core/import';

/** Every problem the import reports is worded in both languages, with every placeholder filled. */
const grids: string[][][] = [
  [['项目', '2020']],
  [['指标', '2020年'], ['', '']],
  [
    ['指标', '基期', '2020年', '2025年', '单位', '属性', '数据来源', ''],
    ['研发人员（全时）', '1', '2.4（预计', '3', '', '指导性', 'x', '?'],
    ['企业数（家）', '', '5', '20亿元', '', '', '', ''],
    ['研发投入', '', '1', '2', '万块', '', '', ''],
    ['', '', '3', '4', '', '', '', ''],
  ],
  [
    ['指标', '单位', '2020年', '2025年'],
    ['高新技术产业增加值占比', '%', '50', '下降0.5%'],
    ['森林覆盖率', '%', '60', '保持稳定'],
    ['研发经费投入强度', '%', '2.5（2019年）', '3'],
    ['高新技术企业数', '家', '500', '650'],
    ['高新技术企业数', '家', '500', '650'],
    ['高新技术企业数', '家', '500', '700'],
    ['合计', '', '1110', ''],
  ],
];
const results = grids.map((cells) => recogniseIndicatorTable({ cells }));
const problems = results.flatMap((result) => result.problems);

describe('import problems', () => {
  it('are all worded in both locale tables', () => {
    expect(IMPORT_PROBLEM_CODES.filter((code) => !(code in zhCN) || !(code in enUS))).toEqual([]);
    expect(Object.keys(zhCN).filter((code) => code.startsWith('import.') && !(IMPORT_PROBLEM_CODES as readonly string[]).includes(code))).toEqual([]);
  });

  it('the grids used raise every code', () => {
    expect([...new Set(problems.map((p) => p.code))].sort()).toEqual([...IMPORT_PROBLEM_CODES].sort());
  });

  it.each(problems.map((p) => [p.code, p] as const))('%s reads in full in Chinese and English', (_code, problem) => {
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const text = translate(locale, problem.code, problem.params);
      expect(text).not.toMatch(/\{[A-Za-z0-9_]+\}/u);
      expect(text).not.toContain(problem.code);
    }
    if (problem.cell !== undefined) expect(translate('zh-CN', problem.code, problem.params)).toContain(problem.cell);
  });

  it('the JSON words every problem at its edge, in the language asked: the table’s wording of its code and params', () => {
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const printed = results.flatMap((result) => importResultJson(result, locale).problems);
      expect(printed.map((problem) => [problem.code, problem.cell, problem.message])).toEqual(
        problems.map((problem) => [problem.code, problem.cell ?? null, translate(locale, problem.code, problem.params)]),
      );
    }
  });
});
