import { importResultJson, recogniseIndicatorTable } from '../../../src/core/import';

/** Plan tables printed across: 指标 / a dated value row / 属性 down the first column, one indicator per column. */
describe('a table printed across', () => {
  it('reads each column of each block as an indicator, and names the sheet’s cells in its problems', () => {
    const result = recogniseIndicatorTable({
      origin: { row: 2, column: 1 },
      cells: [
        ['乡村振兴主要指标'],
        ['主 要 指 标', '粮食综合生产能力', '农业科技进步贡献率', '农业劳动生产率'],
        ['2022 年 目 标 值', '>6亿吨', '61.5%', '5.5万元/人'],
        ['属 性', '约束性', '预期性', '预期性'],
        ['主 要 指 标', '村庄绿化覆盖率', '农村卫生厕所普及率'],
        ['2022 年 目 标 值', '32%', '85（预计'],
        ['属 性', '预期性', '预期性'],
        ['注：以上为2022年目标值。'],
      ],
    });
    const json = importResultJson(result);
    expect(json.caption).toBe('乡村振兴主要指标');
    expect(json.notes).toEqual(['注：以上为2022年目标值。']);
    expect(json.indicators.map((i) => [i.name, i.unit, i.attribute, i.values[0]?.year, i.values[0]?.role, i.values[0]?.value])).toEqual([
      ['粮食综合生产能力', '亿吨', '约束性', 2022, 'target', 6],
      ['农业科技进步贡献率', '%', '预期性', 2022, 'target', 61.5],
      ['农业劳动生产率', '万元/人', '预期性', 2022, 'target', 5.5],
      ['村庄绿化覆盖率', '%', '预期性', 2022, 'target', 32],
      ['农村卫生厕所普及率', null, '预期性', 2022, 'target', null],
    ]);
    // 85（预计 stands in the sixth row and third column of the selection, which starts at B3: D8.
    expect(result.problems.map((p) => [p.code, p.cell])).toEqual([['import.unreadable_value', 'D8']]);
  });

  it('leaves a table alone whose first indicator reads like a header word, when the header names no year', () => {
    const json = importResultJson(recogniseIndicatorTable({
      cells: [['指标', '现状值', '目标值'], ['人均预期寿命（岁）', '78.3', '79'], ['城镇化率（%）', '60', '65']],
      yearForUndated: 2025,
    }));
    expect(json.indicators.map((i) => i.name)).toEqual(['人均预期寿命', '城镇化率']);
  });

  it('leaves a table alone whose 指标 row holds headers (年份 or 单位), whatever its first column holds', () => {
    const json = importResultJson(recogniseIndicatorTable({
      cells: [['指标', '单位', '2025年'], ['2020年基数', '亿元', '100'], ['属性', '', '预期性']],
    }));
    expect(json.indicators.map((i) => i.name)).toEqual(['2020年基数', '属性']);
  });
});
