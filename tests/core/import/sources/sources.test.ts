import { htmlTables, importResultJson, recogniseIndicatorTable, tableWithSurroundings, textTableCells } from '../../../../src/core/import';

const EXPECTED_ROWS = [['指标', '2020年', '2025年'], ['研发经费投入强度（%）', '2.4', '3.2'], ['高新技术企业数（家）', '650', '>1000']];

function readRows(cells: string[][]): Array<[string, string | null, string[]]> {
  const json = importResultJson(recogniseIndicatorTable({ cells }));
  return json.indicators.map((indicator) => [indicator.name, indicator.unit, indicator.values.map((v) => `${v.year}:${v.role}:${v.raw}`)]);
}

const READ = [
  ['研发经费投入强度', '%', ['2020:baseline:2.4', '2025:target:3.2']],
  ['高新技术企业数', '家', ['2020:baseline:650', '2025:target:>1000']],
];

describe('pasted text', () => {
  it('reads tab-separated text (Word, WPS, Excel)', () => {
    expect(readRows(textTableCells(EXPECTED_ROWS.map((row) => row.join('\t')).join('\n')))).toEqual(READ);
  });

  it('reads columns aligned with spaces (a PDF viewer), names with one space inside kept whole', () => {
    const text = '指标                      2020年   2025年\n研发经费投入强度（%）     2.4      3.2\n高新技术企业数（家）       650      >1000\n';
    expect(readRows(textTableCells(text))).toEqual(READ);
  });

  it('reads one cell per line (a web page), with the caption above and the notes below', () => {
    const text = ['表1 主要指标', ...EXPECTED_ROWS.flat(), '注：2020年为预计数。'].join('\n');
    const cells = textTableCells(text);
    const result = recogniseIndicatorTable({ cells });
    expect(result.caption?.text).toBe('表1 主要指标');
    expect(result.notes.map((note) => note.text)).toEqual(['注：2020年为预计数。']);
    expect(readRows(cells)).toEqual(READ);
  });

  it('reads a PDF’s text with single spaces between cells, a year set apart from 年 joined back (2020 年目标值)', () => {
    const text = ['“十三五”规划主要指标完成情况', '表1', '序号 指标名称 2020 年目标值 2020 年预计值 完成情况', '1 全区生产总值(亿元) 1000 1008.5 完成'].join('\n');
    const result = recogniseIndicatorTable({ cells: textTableCells(text) });
    expect(result.caption?.text).toBe('表1 “十三五”规划主要指标完成情况');
    expect(readRows(textTableCells(text))).toEqual([['全区生产总值', '亿元', ['2020:target:1000', '2020:estimate:1008.5']]]);
    expect(result.problems).toEqual([]);
  });

  it('reads a Markdown pipe table, skipping the separator line', () => {
    const text = ['| 指标 | 2020年 | 2025年 |', '| :--- | ---: | --- |', '| 研发经费投入强度（%） | 2.4 | 3.2 |', '| 高新技术企业数（家） | 650 | >1000 |'].join('\n');
    expect(readRows(textTableCells(text))).toEqual(READ);
  });
});

describe('clipboard HTML', () => {
  it('honours rowspan and colspan: a merged 类别 reaches every row it covers, a merged header every column', () => {
    const html = `<p>表2 “十四五”主要指标</p><table>
      <tr><td rowspan="2">类别</td><td rowspan="2">指标</td><td rowspan="2">2020年</td><td colspan="2">规划目标</td></tr>
      <tr><td>2025年</td><td>2030年</td></tr>
      <tr><td rowspan="2">创新投入</td><td><p>研发经费投入</p><p>强度（%）</p></td><td>2.4</td><td>3.2</td><td>3.5</td></tr>
      <tr><td>高新技术企业数（家）</td><td>650</td><td>&gt;1000</td><td>1500</td></tr>
    </table><p>注：〔〕内为五年累计数。</p><p>下一段正文。</p>`;
    const [table] = htmlTables(html);
    expect(table?.caption).toBe('表2 “十四五”主要指标');
    const cells = tableWithSurroundings(table ?? { cells: [], after: [] });
    expect(cells.at(-1)).toEqual(['注：〔〕内为五年累计数。']);
    const json = importResultJson(recogniseIndicatorTable({ cells }));
    expect(json.indicators.map((i) => [i.category, i.name])).toEqual([['创新投入', '研发经费投入强度'], ['创新投入', '高新技术企业数']]);
    expect(json.notes).toEqual(['注：〔〕内为五年累计数。']);
    expect(json.indicators[0]?.values.map((v) => [v.column, v.year, v.role])).toEqual([['2020年', 2020, 'baseline'], ['规划目标 2025年', 2025, 'target'], ['规划目标 2030年', 2030, 'target']]);
  });
});

describe('headers of real plans', () => {
  it('places 现值 and 目标值 by the caption’s plan period, and 预计值 as an estimated baseline', () => {
    const cells = [['“十五五”科技创新主要指标'], ['指标', '现值', '目标值', '2025年预计值'], ['研发经费投入强度（%）', '2.9', '3.3', '3.0']];
    const json = importResultJson(recogniseIndicatorTable({ cells }));
    expect(json.indicators[0]?.values.map((v) => [v.column, v.year, v.role])).toEqual([['现值', 2025, 'baseline'], ['目标值', 2030, 'target'], ['2025年预计值', 2025, 'estimate']]);
  });

  it('asks for the year of 目标值 when the caption names no period, and reports the column until then', () => {
    const cells = [['指标', '目标值'], ['研发经费投入强度（%）', '3.3']];
    expect(recogniseIndicatorTable({ cells }).problems.map((p) => [p.code, p.cell])).toEqual([['import.year_missing', 'B1']]);
    const asked = importResultJson(recogniseIndicatorTable({ cells, yearForUndated: 2027 }));
    expect(asked.indicators[0]?.values.map((v) => [v.year, v.role, v.value])).toEqual([[2027, 'target', 3.3]]);
  });

  it('dates 全年目标 and 全年完成 by the one year an annual plan’s caption names, and only when no column prints a year', () => {
    const annual = [['表一  2024年上海市国民经济和社会发展主要目标完成情况'], ['指标名称', '属性', '全年目标', '全年完成'], ['工业战略性新兴产业总产值占规模以上工业总产值比重', '预期性', '44%以上', '43.6%']];
    const json = importResultJson(recogniseIndicatorTable({ cells: annual }));
    expect(json.indicators[0]?.values.map((v) => [v.column, v.year, v.role, v.value])).toEqual([['全年目标', 2024, 'target', 44], ['全年完成', 2024, 'actual', 43.6]]);
    const dated = [['2024年主要指标'], ['指标', '2020年', '目标值'], ['研发经费投入强度（%）', '2.4', '3.3']];
    expect(recogniseIndicatorTable({ cells: dated }).problems.map((p) => [p.code, p.cell])).toEqual([['import.year_missing', 'C2']]);
  });

  it('reads 年均增长 columns and 年均 prefixes as average growth, 〔〕 as totals when the notes say so', () => {
    const cells = [['指标', '2020年', '2025年', '年均增长'], ['地区生产总值（%）', '3.6', '—', '年均6%左右'], ['单位GDP能耗降低（%）', '—', '—', '〔14〕'], ['注：〔〕内为五年累计数。']];
    const json = importResultJson(recogniseIndicatorTable({ cells }));
    expect(json.indicators.map((i) => i.values.map((v) => [v.role, v.kind, v.value]).at(-1))).toEqual([['average_growth', 'approx', 6], ['cumulative', 'exact', 14]]);
  });

  it('splits the numbering off the name into 序号', () => {
    const cells = [['指标', '2025年'], ['1. 国内生产总值增长（%）', '6'], ['（2）全员劳动生产率（万元/人）', '20']];
    const json = importResultJson(recogniseIndicatorTable({ cells }));
    expect(json.indicators.map((i) => [i.seq, i.name, i.unit])).toEqual([['1', '国内生产总值增长', '%'], ['2', '全员劳动生产率', '万元/人']]);
  });
});

describe('a 其中 row printing no 序号, copied from a PDF', () => {
  const read = (text: string) => importResultJson(recogniseIndicatorTable({ cells: textTableCells(text) })).indicators
    .map((indicator) => [indicator.seq, indicator.name, indicator.parent, indicator.values.map((value) => value.raw)]);
  const expected = [
    ['3', '基本养老保险参保率', null, ['91', '95']],
    [null, '其中：城乡居民基本养老保险参保率', '基本养老保险参保率', ['88', '93']],
    ['4', '失业保险参保人数', null, ['512', '600']],
  ];

  it('aligned with spaces: the indented row’s cells go under the header cells they start at, not a column to the left', () => {
    const text = [
      '序号      指标                                   2020年      2025年      属性',
      '3         基本养老保险参保率（%）                91          95          预期性',
      '          其中：城乡居民基本养老保险参保率（%）  88          93          预期性',
      '4         失业保险参保人数（万人）               512         600         预期性',
    ].join('\n');
    expect(read(text)).toEqual(expected);
  });

  it('split by single spaces: the row one cell short starting with its name gets its blank 序号 back', () => {
    const text = '序号 指标 2020年 2025年 属性\n3 基本养老保险参保率（%） 91 95 预期性\n其中：城乡居民基本养老保险参保率（%） 88 93 预期性\n4 失业保险参保人数（万人） 512 600 预期性\n';
    expect(read(text)).toEqual(expected);
  });
});

describe('Markdown around the table', () => {
  it('a title set in bold or as a heading is the caption without its marks', () => {
    const table = '| 指标 | 2020年 | 2025年 |\n| --- | --- | --- |\n| 研发投入强度（%） | 3.1 | 3.5以上 |\n';
    for (const title of ['**表1 “十四五”时期开发区发展主要指标**', '## 表1 “十四五”时期开发区发展主要指标']) {
      expect(importResultJson(recogniseIndicatorTable({ cells: textTableCells(`${title}\n\n${table}`) })).caption).toBe('表1 “十四五”时期开发区发展主要指标');
    }
  });
});

describe('a table going on over a page break as a second table', () => {
  const part = (rows: string[][]) => `<table>${rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('')}</table>`;
  const header = ['指标', '2020年', '2025年'];

  it('is read as one: the caption of the first part, the notes under the last, 〔〕 read as the notes say', () => {
    const html = `<p>表1 “十四五”时期城乡建设主要指标</p>${part([header, ['城镇老旧小区改造（个）', '—', '〔120〕']])}${part([header, ['城市燃气普及率（%）', '97', '99以上']])}<p>注：〔〕内为五年累计数。</p>`;
    const tables = htmlTables(html);
    expect(tables).toHaveLength(1);
    const json = importResultJson(recogniseIndicatorTable({ cells: tableWithSurroundings(tables[0] ?? { cells: [], after: [] }) }));
    expect([json.caption, json.notes]).toEqual(['表1 “十四五”时期城乡建设主要指标', ['注：〔〕内为五年累计数。']]);
    expect(json.indicators.map((indicator) => [indicator.name, indicator.values[1]?.role])).toEqual([['城镇老旧小区改造', 'cumulative'], ['城市燃气普及率', 'target']]);
  });

  it('two tables with a caption or text between them, or of other widths, stay two', () => {
    expect(htmlTables(`${part([header])}<p>表2 人才指标</p>${part([header])}`)).toHaveLength(2);
    expect(htmlTables(`${part([header])}${part([['指标', '2025年']])}`)).toHaveLength(2);
  });
});
