import { importResultJson, recogniseIndicatorTable, textTableCells } from '../../../src/core/import';
import { normalizeCellText, parseNotation } from '../../../src/core/notation';

/**
 * Readings of plan tables as counties, departments and statistics offices print them, found trying tables the
 * corpus does not hold (decision 0257). Each names what a user would otherwise have been given.
 */
const importText = (text: string) => importResultJson(recogniseIndicatorTable({ cells: textTableCells(text) }));
const rows = (text: string) => importText(text).indicators;
const codes = (text: string) => importText(text).problems.map((problem) => [problem.code, problem.cell]);

describe('units in the value cells', () => {
  const table = '表1 “十四五”交通主要指标\n指标\t2020年\t2025年\t属性\n铁路旅客发送量\t8,650万人次\t1.2亿人次\t预期性\n';

  it('cells printing units of one quantity give the row the first one, and the JSON numbers are in it (not 1.2 of 万人次)', () => {
    const [row] = rows(table);
    expect(row?.unit).toBe('万人次');
    expect(row?.values.map((value) => [value.raw, value.value])).toEqual([['8,650万人次', 8650], ['1.2亿人次', 12000]]);
  });

  it('cells printing units of different quantities still give the row none', () => {
    const [row] = rows('指标\t2020年\t2025年\n示范项目\t12个\t30亿元\n');
    expect(row?.unit).toBeNull();
  });
});

describe('a county’s completion table', () => {
  const table = '2023年主要预期目标完成情况\n序号\t指标\t年度目标\t完成情况\t是否完成\n1\t地区生产总值增长\t6.5%左右\t6.8%\t是\n2\t固定资产投资增长\t8%\t-2.1%\t否\n3\t单位GDP能耗下降\t完成省下达任务\t完成\t是\n';

  it('a 完成情况 column of figures holds the year’s actual values, not dropped', () => {
    expect(rows(table).map((row) => row.values.map((value) => [value.column, value.year, value.role, value.value]))).toEqual([
      [['年度目标', 2023, 'target', 6.5], ['完成情况', 2023, 'actual', 6.8]],
      [['年度目标', 2023, 'target', 8], ['完成情况', 2023, 'actual', -2.1]],
      [['年度目标', 2023, 'target', null], ['完成情况', 2023, 'actual', null]],
    ]);
  });

  it('a 完成情况 column of verdicts stays the completion column', () => {
    const result = recogniseIndicatorTable({ cells: textTableCells('2023年目标完成情况\n指标\t年度目标\t完成情况\n地区生产总值增长\t6.5%左右\t已完成\n') });
    expect(result.indicators[0]?.completed).toBe('已完成');
    expect(result.indicators[0]?.values.map((value) => value.role)).toEqual(['target']);
  });
});

describe('a column of part of a year', () => {
  it('2023年1-9月完成 and 上半年 are not the year’s actual values: not read, and told', () => {
    const table = '指标名称\t2022年实绩\t2023年目标\t2023年1-9月完成\t2023年上半年\n研发经费投入（亿元）\t12\t13.5\t9.8\t6\n';
    expect(rows(table)[0]?.values.map((value) => [value.column, value.role])).toEqual([['2022年实绩', 'actual'], ['2023年目标', 'target']]);
    expect(codes(table)).toEqual([['import.column_ignored', 'D1'], ['import.column_ignored', 'E1']]);
  });
});

describe('the base year', () => {
  it('stays the base year of the caption’s plan period though one of its cells prints a bound (基本医保参保率 ≥95)', () => {
    const table = '“十四五”卫生健康发展主要指标\n主要指标\t单位\t2020年\t2025年\n人均预期寿命\t岁\t78.3\t79左右\n基本医保参保率\t%\t≥95\t稳定在95以上\n';
    expect(rows(table).map((row) => row.values.map((value) => [value.year, value.role]))).toEqual([
      [[2020, 'baseline'], [2025, 'target']], [[2020, 'baseline'], [2025, 'target']],
    ]);
  });
});

describe('names, marks, 属性 and 序号', () => {
  it('marks after the unit bracket (▲, ①, 注①) leave the unit and the name clean', () => {
    const table = '指标\t2020年\t2025年\n高新技术企业数（家）▲\t1856\t3000\nR&D经费支出占GDP比重（%）①\t2.31\t2.8\n每万名劳动力中研发人员数（人年）注②\t98\t130\n';
    expect(rows(table).map((row) => [row.name, row.unit])).toEqual([['高新技术企业数', '家'], ['R&D经费支出占GDP比重', '%'], ['每万名劳动力中研发人员数', '人年']]);
    expect(recogniseIndicatorTable({ cells: textTableCells(table) }).indicators.map((row) => row.marks)).toEqual([['▲'], ['①'], ['注②']]);
  });

  it('属性 printed in brackets or shortened, and headed 指标性质, is read', () => {
    const table = '指标\t2020年\t2025年\t指标性质\n甲（%）\t1\t2\t〔预期性〕\n乙（%）\t1\t2\t（约束性）\n丙（%）\t1\t2\t约束\n丁（%）\t1\t2\t预期性指标\n';
    expect(rows(table).map((row) => row.attribute)).toEqual(['预期性', '约束性', '约束性', '预期性']);
    expect(codes(table)).toEqual([]);
  });

  it('a section numbered in the 序号 column (一 | 对外贸易) is the category of the rows under it, not an indicator', () => {
    const table = '序号\t指标\t单位\t2020年\t2025年\n一\t对外贸易\t\t\t\n1\t货物进出口总额\t亿元\t1520\t2000\n（二）\t利用外资\t利用外资\t利用外资\t利用外资\n2\t实际使用外资\t亿美元\t5.2\t8\n';
    expect(rows(table).map((row) => [row.seq, row.category, row.name])).toEqual([['1', '对外贸易', '货物进出口总额'], ['2', '利用外资', '实际使用外资']]);
    expect(codes(table)).toEqual([]);
  });

  it('a name numbered ① … is split from its number, the 序号', () => {
    expect(rows('指标\t2020年\t2025年\n①人口自然增长率（‰）\t2.1\t3左右\n⑫户籍人口（万人）\t85.3\t90\n').map((row) => [row.seq, row.name])).toEqual([['1', '人口自然增长率'], ['12', '户籍人口']]);
  });

  it('a dash in the 单位 column is no unit, not an unknown one', () => {
    const table = '指标\t单位\t2020年\t2025年\n出生人口性别比\t—\t107\t103-107\n';
    expect(rows(table)[0]?.unit).toBeNull();
    expect(codes(table)).toEqual([]);
  });

  it('a totals row printing its unit (合计（亿元）) is left out and named', () => {
    const table = '序号\t指标\t2020年\t2025年\n1\t全社会R&D经费支出（亿元）\t128.5\t220\n合计（亿元）\t合计（亿元）\t224.8\t370\n';
    expect(rows(table).map((row) => row.name)).toEqual(['全社会R&D经费支出']);
    expect(codes(table)).toEqual([['import.total_row', 'B3']]);
  });
});

describe('the caption', () => {
  it('a line listing several units under the title is not the caption', () => {
    expect(importText('表3 “十四五”时期全市科技创新主要指标\n单位：亿元、%、件\n指标\t2020年\t2025年\n技术合同成交额（亿元）\t96.3\t150\n').caption).toBe('表3 “十四五”时期全市科技创新主要指标');
  });

  it('a title merged across the table’s columns (a workbook repeats it in each) is read once', () => {
    const cells = [['表5 教育发展主要指标', '表5 教育发展主要指标', '表5 教育发展主要指标'], ['指标', '2020年', '2025年'], ['高等教育毛入学率（%）', '45.6', '50左右']];
    expect(importResultJson(recogniseIndicatorTable({ cells })).caption).toBe('表5 教育发展主要指标');
  });
});

describe('totals and levels stated in words', () => {
  it('累计3 is a total over the period, whatever the notes say of brackets', () => {
    const [row] = rows('指标\t2020年\t2025年\n新增城镇就业（万人）\t—\t累计3\n');
    expect(row?.values[1]).toMatchObject({ raw: '累计3', role: 'cumulative', kind: 'exact', value: 3 });
  });

  it('a stretch word before a verb reaching a level reads as the level (力争降至25, 确保控制在5%以内)', () => {
    expect(parseNotation('力争降至25')).toMatchObject({ ok: true, value: { kind: 'exact', value: 25 } });
    expect(parseNotation('确保控制在5%以内')).toMatchObject({ ok: true, value: { kind: 'max', value: 5, unit: '%' } });
    expect(parseNotation('累计新增3')).toMatchObject({ ok: true, value: { kind: 'exact', value: 3, increase: true } });
  });

  it('达到全国平均水平 is a relative target naming what it compares with, as 不低于全国平均水平 is', () => {
    expect(parseNotation('达到全国平均水平')).toMatchObject({ ok: true, value: { kind: 'relative', reference: '全国平均水平', relation: 'above', strict: false } });
    expect(parseNotation('达到全省平均水平以上')).toMatchObject({ ok: true, value: { kind: 'relative', reference: '全省平均水平' } });
  });

  it('a footnote mark on a figure (3.5①, 85.2²) is a mark, never a digit of it (3.51, 85.22)', () => {
    expect(parseNotation('3.5①')).toMatchObject({ ok: true, value: { kind: 'exact', value: 3.5, marks: ['①'] } });
    expect(parseNotation('85.2²')).toMatchObject({ ok: true, value: { kind: 'exact', value: 85.2, marks: ['²'] } });
    expect(parseNotation('≥95%③')).toMatchObject({ ok: true, value: { kind: 'min', value: 95, unit: '%', marks: ['③'] } });
    // The one spelling every reader of a cell uses (the checks too) keeps the mark a mark.
    expect(normalizeCellText('３．５①')).toBe('3.5①');
  });

  it('a ratio to one (城乡居民收入比 1.86:1, ２．２：１以内) is its first figure', () => {
    expect(parseNotation('１．８６：１')).toMatchObject({ ok: true, value: { kind: 'exact', value: 1.86 } });
    expect(parseNotation('2.2:1以内')).toMatchObject({ ok: true, value: { kind: 'max', value: 2.2 } });
    expect(parseNotation('1:2')).toMatchObject({ ok: false });
  });
});

describe('units of culture, digital-economy, land-use and health plans', () => {
  it('册, 万架, 万元/亩, /10万 and 个工作日 in a 单位 column are units, not problems', () => {
    const table = '指标\t单位\t2020年\t2025年\n公共图书馆人均藏书量\t册\t1.2\t1.5\n数据中心标准机架数\t万架\t0.8\t2\n亩均税收\t万元/亩\t28.6\t35\n孕产妇死亡率\t/10万\t8.1\t≤9.5\n企业开办时间\t个工作日\t1\t0.5以内\n';
    expect(rows(table).map((row) => row.unit)).toEqual(['册', '万架', '万元/亩', '/10万', '个工作日']);
    expect(codes(table)).toEqual([]);
  });
});

describe('a figure of another year', () => {
  it('2.5（2024年） under 2025年 is taken as the column prints it and told, naming both years; 95%以上（2025） under 2025年 is not', () => {
    const table = '指标\t2025年（预计）\t2030年\n研发经费投入强度（%）\t2.5（2024年）\t3以上\n高新技术企业数（家）\t650\t95以上（2030）\n';
    expect(codes(table)).toEqual([['import.value_of_other_year', 'B2']]);
    expect(importText(table).problems[0]?.message).toContain('2024');
    expect(rows(table)[0]?.values[0]).toMatchObject({ year: 2025, value: 2.5 });
  });
});

describe('指标类型: the attribute or the category, told by what the column holds', () => {
  it('a 指标类型 column of 预期性 / 约束性 is the attribute, not a column left unread', () => {
    const table = '表2 主要指标\n序号\t指标\t2020年\t2025年\t指标类型\n1\t研发经费投入强度（%）\t2.9\t3.3\t预期性\n2\t单位GDP能耗下降（%）\t—\t〔14〕\t约束性\n';
    expect(rows(table).map((row) => row.attribute)).toEqual(['预期性', '约束性']);
    expect(codes(table).map(([code]) => code)).not.toContain('import.column_ignored');
  });

  it('a 类型 column of fields stays the category', () => {
    const table = '表2 主要指标\n类型\t指标\t2020年\t2025年\n创新驱动\t研发经费投入强度（%）\t2.9\t3.3\n绿色发展\t森林覆盖率（%）\t61.2\t61.5\n';
    expect(rows(table).map((row) => [row.category, row.attribute])).toEqual([['创新驱动', null], ['绿色发展', null]]);
  });
});
