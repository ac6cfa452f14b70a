import { importResultJson, recogniseIndicatorTable } from '../../../src/core/import';

/**
 * What a web page or PDF copy does to a plan table, each class once: footnote references flattened into names,
 * — copied as 一, 〔〕 turned into mismatched or round brackets, a 单位 cell wrapped in a narrow column.
 */
function importTable(header: string[], rows: string[][]) {
  const result = recogniseIndicatorTable({ cells: [header, ...rows] });
  return { result, json: importResultJson(result) };
}

describe('footnote references flattened into the names', () => {
  it('takes counting digits between Chinese characters out of the names and keeps them as marks', () => {
    const { result, json } = importTable(['指标', '2015年', '2020年'], [
      ['地级及以上城市2空气质量优良天数比率(%)', '76.7', '>80'],
      ['地表水质量劣Ⅴ类水体比例(%)', '9.7', '5'],
      ['地表水质量3达到或好于Ⅲ类水体比例(%)', '66', '>70'],
      ['森林覆盖率4(%)', '21.66', '23.04'],
    ]);
    expect(json.indicators.map((indicator) => [indicator.name, indicator.unit])).toEqual([
      ['地级及以上城市空气质量优良天数比率', '%'], ['地表水质量劣Ⅴ类水体比例', '%'], ['地表水质量达到或好于Ⅲ类水体比例', '%'], ['森林覆盖率', '%'],
    ]);
    expect(result.indicators.map((indicator) => indicator.marks)).toEqual([['[2]'], [], ['[3]'], ['[4]']]);
  });

  it('leaves numbers that are parts of names: a unit or counter follows, or a lone digit that counts nothing', () => {
    const { json } = importTable(['指标', '2020年', '2025年'], [
      ['每千人口拥有3岁以下婴幼儿托位数(个)', '1.8', '4.5'],
      ['15分钟健身圈覆盖率(%)', '80', '90'],
      ['城市1小时通勤圈人口比重(%)', '60', '70'],
      ['新建5G基站(个)', '100', '300'],
    ]);
    expect(json.indicators.map((indicator) => indicator.name)).toEqual([
      '每千人口拥有3岁以下婴幼儿托位数', '15分钟健身圈覆盖率', '城市1小时通勤圈人口比重', '新建5G基站',
    ]);
  });

  it('leaves a single digit between Chinese characters alone: nothing shows it is a reference', () => {
    const { json } = importTable(['指标', '2020年'], [['城市2空气质量优良天数比率(%)', '80'], ['森林覆盖率(%)', '60']]);
    expect(json.indicators[0]?.name).toBe('城市2空气质量优良天数比率');
  });
});

describe('dashes and brackets as a copy turns them', () => {
  it('reads 一 alone in a value cell as a dash (no value), keeping the printed text', () => {
    const { json, result } = importTable(['指标', '2020年', '2025年'], [['粮食综合生产能力(亿吨)', '一', '>6.5']]);
    expect(json.indicators[0]?.values[0]).toMatchObject({ raw: '一', kind: 'blank', value: null });
    expect(result.problems).toEqual([]);
  });

  it('reads a figure in mismatched or round brackets as 〔〕: a total where the header says so', () => {
    const { json } = importTable(['指标', '2020年', '2025年', '年均增(5年累计)'], [
      ['高标准农田面积(亿亩)', '8', '10.75', '[2.75)'],
      ['乡村义务教育学校专任教师本科以上学历比例(%)', '60.4', '62', '（1.6〕'],
      ['农村居民人均可支配收入增长(%)', '', '', '(9)'],
      ['农作物耕种收综合机械化率(%)', '71', '75', '4'],
    ]);
    const last = json.indicators.map((indicator) => indicator.values[2]);
    expect(last.map((value) => [value?.role, value?.kind, value?.value])).toEqual([
      ['cumulative', 'exact', 2.75], ['cumulative', 'exact', 1.6], ['cumulative', 'exact', 9], ['average_growth', 'exact', 4],
    ]);
  });

  it('keeps words in round brackets as an annotation, not a total', () => {
    const { json } = importTable(['指标', '2020年', '2025年'], [['人均预期寿命(岁)', '77.3', '(预期性)']]);
    expect(json.indicators[0]?.values[1]?.role).toBe('target');
    expect(json.indicators[0]?.values[1]?.kind).not.toBe('exact');
  });
});

describe('a 单位 column as the copy prints it', () => {
  it('reads a unit wrapped in a narrow column (万平 方米) and per-output rates (人/亿元)', () => {
    const { json, result } = importTable(['序号', '指标', '单位', '2025年'], [
      ['12', '中心城区二级旧里以下房屋 改造面积', '万平 方米', '〔110〕'],
      ['20', '单位生产总值生产安全事故死亡率', '人/亿元', '<0.01'],
    ]);
    expect(json.indicators.map((indicator) => [indicator.name, indicator.unit])).toEqual([
      ['中心城区二级旧里以下房屋改造面积', '万平方米'], ['单位生产总值生产安全事故死亡率', '人/亿元'],
    ]);
    expect(result.problems).toEqual([]);
  });
});

describe('a unit bracket that lost its closing half', () => {
  it('reads a known unit after an unclosed bracket as the row’s unit, and leaves any other unclosed bracket in the name', () => {
    const { json } = importTable(['指标', '2015年', '2020年'], [
      ['小麦稻谷自给率(%', '100', '100'],
      ['粮食综合生产能力（亿吨', '5', '5.5'],
      ['村级综合服务设施覆盖率（含', '50', '80'],
    ]);
    expect(json.indicators.map((indicator) => [indicator.name, indicator.unit])).toEqual([
      ['小麦稻谷自给率', '%'], ['粮食综合生产能力', '亿吨'], ['村级综合服务设施覆盖率（含', null],
    ]);
  });
});
