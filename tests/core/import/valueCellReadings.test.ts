import { importResultJson, recogniseIndicatorTable } from '../../../src/core/import';
import { parseBoundPair } from '../../../src/core/notation';

/** Value cells as real plans print them: two bounds in one cell, units printed only in the value cells. */
function importRows(rows: string[][]) {
  return recogniseIndicatorTable({ cells: [['指标', '2020年', '2025年', '属性'], ...rows] });
}

describe('two bounds in one cell', () => {
  it('≤0.7/≤1.8 is read as two upper bounds in the printed order, with no problem', () => {
    const result = importRows([['城市/农村用户年均停电时间（小时）', '0.9/2.1', '≤0.7/≤1.8', '约束性']]);
    const json = importResultJson(result);
    const target = json.indicators[0]?.values[1];
    expect(target?.parts).toEqual([{ kind: 'max', value: 0.7, unit: null }, { kind: 'max', value: 1.8, unit: null }]);
    expect(target?.value).toBeNull();
    expect(result.problems.filter((problem) => problem.column === 2)).toEqual([]);
  });

  it('full-width slash and lower bounds with units are read too; a bound in another unit is a problem', () => {
    expect(parseBoundPair('≥95%／≥90%')?.map((part) => [part.kind, part.value, part.unit])).toEqual([['min', 95, '%'], ['min', 90, '%']]);
    const result = importRows([['达标率（%）', '90', '≥95亿元/≥90%', '约束性']]);
    expect(result.problems.map((problem) => problem.code)).toContain('import.value_unit_mismatch');
  });

  it('a value and its running total (75/1280) stays the grammar’s reading, and 0.7–1.8 is a range', () => {
    expect(parseBoundPair('75/1280')).toBeNull();
    const json = importResultJson(importRows([['新增（个）', '10', '0.7–1.8', '预期性']]));
    expect(json.indicators[0]?.values[1]).toMatchObject({ kind: 'range', low: 0.7, high: 1.8 });
    expect(json.indicators[0]?.values[1]?.parts).toBeUndefined();
  });

  it('anything else with a slash stays unread and is reported', () => {
    expect(parseBoundPair('≤0.7/约2')).toBeNull();
    expect(parseBoundPair('≤1/≤2/≤3')).toBeNull();
    const result = importRows([['指标甲（%）', '1', '≤0.7/显著提升', '预期性']]);
    expect(result.problems.map((problem) => problem.code)).toContain('import.unreadable_value');
  });
});

describe('a unit printed only in the value cells', () => {
  it('sets the row’s unit when the row prints none', () => {
    const json = importResultJson(importRows([['城镇化率', '65%', '71%', '预期性'], ['每万人发明专利拥有量', '10.2件', '13.7件', '预期性']]));
    expect(json.indicators.map((indicator) => indicator.unit)).toEqual(['%', '件']);
    expect(json.indicators[0]?.values[1]).toMatchObject({ kind: 'exact', value: 71 });
  });

  it('does not override a unit printed with the name, and gives none when cells disagree or print only 万', () => {
    const json = importResultJson(importRows([
      ['研发人员（万人）', '12人', '15人', '预期性'],
      ['新增企业', '5家', '6个', '预期性'],
      ['常住人口', '500万', '520万', '预期性'],
      ['森林覆盖率', '61', '≥62%', '约束性'],
    ]));
    expect(json.indicators.map((indicator) => indicator.unit)).toEqual(['万人', null, null, '%']);
  });
});

describe('changes in the value cells (增长5%左右, 提高2个百分点)', () => {
  it('reads a growth target of a quantity without taking the rate’s % as the quantity’s unit', () => {
    const result = recogniseIndicatorTable({ cells: [
      ['2024年主要目标完成情况'],
      ['指标名称', '属性', '全年目标', '全年完成'],
      ['全市生产总值', '预期性', '增长5%左右', '增长5%'],
      ['单位建设用地生产总值', '预期性', '提高5%以上', '提高5%左右'],
    ] });
    const json = importResultJson(result);
    expect(json.indicators.map((indicator) => indicator.unit)).toEqual([null, null]);
    expect(json.indicators.flatMap((indicator) => indicator.values.map((value) => [value.role, value.kind, value.value]))).toEqual([
      ['target', 'approx', 5], ['actual', 'exact', 5], ['target', 'min', 5], ['actual', 'approx', 5],
    ]);
    expect(result.problems).toEqual([]);
  });

  it('lets a change in % fit any row, percentage points fit a share, and reports points on an amount', () => {
    const result = importRows([
      ['地区生产总值（亿元）', '1000', '增长6%左右', '预期性'],
      ['常住人口城镇化率（%）', '60', '提高2个百分点', '预期性'],
      ['单位GDP能耗（吨标准煤/万元）', '0.5', '下降15%', '约束性'],
      ['一般公共预算收入（亿元）', '100', '提高2个百分点', '预期性'],
    ]);
    expect(result.indicators.slice(0, 3).map((indicator) => indicator.values[1]?.parsed?.kind)).toEqual(['approx', 'exact', 'exact']);
    expect(result.problems.map((problem) => [problem.code, problem.cell])).toEqual([['import.value_unit_mismatch', 'C5']]);
  });
});

describe('a figure of a 年均 column in a row of a rate', () => {
  const growth = (header: string, cell: string) => {
    const json = importResultJson(recogniseIndicatorTable({ cells: [['指标', '2010年', '2015年', header], ['中医医院出院人数占医院出院人数比重（%）', '13.5', '15.0', cell]] }));
    const value = json.indicators[0]?.values[2];
    return [value?.role, value?.kind, value?.change, value?.changeUnit];
  };

  it('is the share’s average growth when the header names growth and the figure is exact (13.5 → 15.0 is 2 % a year)', () => {
    expect(growth('年均增长(%)', '2')).toEqual(['average_growth', 'exact', 'increase', '%']);
    expect(growth('年均增速', '2')).toEqual(['average_growth', 'exact', 'increase', '%']);
  });

  it('is the rate’s yearly level under a header that does not name growth, or when it is a bound', () => {
    expect(growth('年均/累计', '2')).toEqual(['average_growth', 'exact', null, null]);
    expect(growth('年均增长(%)', '<5.5')).toEqual(['average_growth', 'max', null, null]);
  });
});
