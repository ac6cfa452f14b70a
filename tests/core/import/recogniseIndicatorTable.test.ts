import { flatNumbers } from '../../../src/core/notation';
import { importResultJson, recogniseIndicatorTable, type ImportResult } from '../../../src/core/import';
import { realCatalog } from '../../support/catalog';

/** Hand-made pastes: the shapes Word → Excel gives that the seeds do not all show. */
const recognise = (cells: string[][], origin?: { row: number; column: number }) => recogniseIndicatorTable(origin ? { cells, origin } : { cells });
const values = (result: ImportResult) => result.indicators.map((i) => [i.name, ...i.values.map((v) => `${v.year} ${v.role} ${v.raw}`)]);
const codes = (result: ImportResult) => result.problems.map((p) => p.code);

describe('the header', () => {
  // Each header as plans print it, in the second column after 指标, or first for the first year column.
  it.each([
    ['2020年', 'value', 2020, 'baseline'], ['2020 年', 'value', 2020, 'baseline'], ['２０２０年', 'value', 2020, 'baseline'],
    ['2020年规划目标', 'value', 2020, 'target'], ['2020年实绩', 'value', 2020, 'actual'], ['2025年目标', 'value', 2025, 'target'],
    ['2020年（基期）', 'value', 2020, 'baseline'], ['基期', 'value', undefined, 'baseline'],
    ['序号', 'seq', undefined, undefined], ['类 别', 'category', undefined, undefined], ['属性', 'attribute', undefined, undefined],
    ['责任部门', 'responsible', undefined, undefined], ['责任单位', 'responsible', undefined, undefined], ['牵头单位', 'responsible', undefined, undefined],
    ['牵头负责司局', 'responsible', undefined, undefined],
    ['备注', 'note', undefined, undefined], ['是否完成', 'completed', undefined, undefined], ['单位', 'unit', undefined, undefined],
    // A weight is no value of the indicator, though the header says 目标.
    ['目标任务考核指标权 重', 'unknown', undefined, undefined], ['权重', 'unknown', undefined, undefined],
  ])('reads “%s” as a %s column (year %s, %s)', (header, kind, year, role) => {
    const column = recognise([['指标', header], ['研发人员（人）', '']]).header?.columns[1];
    expect([column?.kind, column?.year, column?.role]).toEqual([kind, year, role]);
  });

  it.each(['指标', '指标名称', '指   标', '主要指标', '指标名称（单位）', '监测指标', '考核指标', '考评指标'])('reads “%s” as the name column', (header) => {
    expect(recognise([['序号', header], ['1', '研发人员（人）']]).indicators.map((i) => i.name)).toEqual(['研发人员']);
  });

  it('reads a header split over two rows, a merged 目标 cell spread over the years under it (texts joined)', () => {
    const result = recognise([
      ['序号', '指标名称', '基期', '目标', '', '属性'],
      ['', '', '2020年', '2025年', '2035年', ''],
      ['1', '研发经费投入强度（%）', '2.4', '3.2', '4.0', '预期性'],
    ]);
    expect(result.header?.rows).toBe(2);
    expect(result.header?.columns.map((c) => [c.kind, c.header, c.year, c.role])).toEqual([
      ['seq', '序号', undefined, undefined],
      ['name', '指标名称', undefined, undefined],
      ['value', '基期 2020年', 2020, 'baseline'],
      ['value', '目标 2025年', 2025, 'target'],
      ['value', '目标 2035年', 2035, 'target'],
      ['attribute', '属性', undefined, undefined],
    ]);
    expect(values(result)).toEqual([['研发经费投入强度', '2020 baseline 2.4', '2025 target 3.2', '2035 target 4.0']]);
    expect(result.indicators[0]?.attribute).toBe('预期性');
    expect(result.problems).toEqual([]);
  });

  it('reads headers with spaces inside (类 别, 指   标), full-width years and years with a space before 年', () => {
    const result = recognise([
      ['类 别', '序  号', '指   标', '２０２０年', '2025 年', '责任单位'],
      ['创新投入', '1', '研发经费投入强度（％）', '２．４', '３．２', '区科技局'],
    ]);
    expect(result.header?.columns.map((c) => [c.kind, c.year])).toEqual([
      ['category', undefined], ['seq', undefined], ['name', undefined], ['value', 2020], ['value', 2025], ['responsible', undefined],
    ]);
    const [indicator] = result.indicators;
    expect(indicator).toMatchObject({ category: '创新投入', seq: '1', name: '研发经费投入强度', unit: '％', responsible: '区科技局' });
    // Full-width text stays as printed; the grammar reads it.
    expect(indicator?.values.map((v) => [v.raw, v.parsed === null ? undefined : flatNumbers(v.parsed).value])).toEqual([['２．４', 2.4], ['３．２', 3.2]]);
  });

  it('takes the roles the header states: 规划目标 and 实绩, 2020年（基期）, 2025年目标 in the first column', () => {
    const completion = recognise([['序号', '指标', '2020年\n规划目标', '2020年实绩', '是否完成'], ['1', '高新技术企业数（家）', '170', '369', '是']]);
    expect(values(completion)).toEqual([['高新技术企业数', '2020 target 170', '2020 actual 369']]);
    expect(completion.indicators[0]?.completed).toBe('是');
    const based = recognise([['指标', '2025年目标', '2020年（基期）'], ['高新技术企业数（家）', '650', '344']]);
    expect(values(based)).toEqual([['高新技术企业数', '2025 target 650', '2020 baseline 344']]);
  });

  it('reads a table’s one year column as its targets when the caption’s plan period ends that year, else as its base year', () => {
    const roleOf = (caption: string) => recognise([[caption], ['指 标', '2025 年', '属 性'], ['1.残疾人基本养老保险参保率(%)', '90', '预期性']]).indicators[0]?.values[0]?.role;
    expect(roleOf('专栏 1 “十四五”时期残疾人事业发展主要指标')).toBe('target');
    expect(roleOf('专栏 1 “十五五”时期残疾人事业发展主要指标')).toBe('baseline');
    expect(roleOf('残疾人事业发展主要指标')).toBe('baseline');
  });

  it('reads the first year column as targets when a cell of it prints a bound, unless its header states a role', () => {
    const goals = recognise([['指标', '单位', '2020', '2030'], ['新区常住人口', '万人', '150', '180'], ['新区城镇登记失业率', '%', '3.5以内', '3以内']]);
    expect(values(goals)).toEqual([['新区常住人口', '2020 target 150', '2030 target 180'], ['新区城镇登记失业率', '2020 target 3.5以内', '2030 target 3以内']]);
    const observed = recognise([['指标', '2020年', '2025年'], ['学前教育毛入园率(%)', '99%', '99%以上']]);
    expect(values(observed)).toEqual([['学前教育毛入园率', '2020 baseline 99%', '2025 target 99%以上']]);
    const stated = recognise([['指标', '2020年（基期）', '2025年'], ['城镇登记失业率(%)', '<5', '<5.5']]);
    expect(values(stated)).toEqual([['城镇登记失业率', '2020 baseline <5', '2025 target <5.5']]);
  });

  it('reports a 基期 column that names no year and leaves its cells out', () => {
    const result = recognise([['指标', '基期', '2025年'], ['高新技术企业数（家）', '344', '650']], { row: 2, column: 1 });
    expect(values(result)).toEqual([['高新技术企业数', '2025 target 650']]);
    expect(result.problems).toEqual([{ code: 'import.year_missing', row: 0, column: 1, cell: 'C3', params: { cell: 'C3', header: '基期' } }]);
  });

  it('finds the header under a caption and keeps the caption', () => {
    const result = recognise([['表1 “十四五”科技创新主要指标', '', ''], ['', '', ''], ['指标名称', '2020年', '2025年'], ['高新技术企业数（家）', '344', '650']]);
    expect(result.caption).toEqual({ text: '表1 “十四五”科技创新主要指标', row: 0 });
    expect(result.header?.row).toBe(2);
  });

  it('reports a table without a recognisable header, and reads no indicator from it', () => {
    const result = recognise([['项目', '2020', '2025'], ['高新技术企业数（家）', '344', '650']]);
    expect(result.indicators).toEqual([]);
    expect(result.header).toBeUndefined();
    expect(codes(result)).toEqual(['import.no_header']);
  });

  it('reports a header with no row under it', () => {
    expect(codes(recognise([['指标', '2020年', '2025年'], ['', '', '']]))).toEqual(['import.no_rows']);
  });

  it('reports a column it does not know, and one without a header that holds something', () => {
    const result = recognise([
      ['指标', '2020年', '2025年', '数据来源', '', ''],
      ['高新技术企业数（家）', '344', '650', '统计局', '', '?'],
    ]);
    expect(result.problems.map((p) => [p.code, p.cell, p.params['header'] ?? p.params['text']])).toEqual([
      ['import.column_ignored', 'D1', '数据来源'],
      ['import.column_unheaded', 'F2', '?'],
    ]);
    expect(values(result)).toEqual([['高新技术企业数', '2020 baseline 344', '2025 target 650']]);
  });
});

describe('the rows', () => {
  const tidy = [
    ['序号', '指标', '2020年', '2025年'],
    ['1', '高新技术企业数（家）', '344', '650'],
    ['2', '研发经费投入强度（%）', '2.4（预计）', '3.5'],
  ];

  it('reads the same with extra empty columns and rows anywhere, and ragged rows', () => {
    const padded = [
      ['', '', '', '', '', '', ''],
      ['', '序号', '指标', '', '2020年', '2025年', ''],
      ['', '1', '高新技术企业数（家）', '', '344', '650'],
      [''],
      ['', '2', '研发经费投入强度（%）', '', '2.4（预计）', '3.5', '', ''],
      ['', '', '', '', '', '', ''],
    ];
    const plain = recognise(tidy);
    const result = recognise(padded);
    expect(values(result)).toEqual(values(plain));
    expect(result.indicators.map((i) => i.seq)).toEqual(['1', '2']);
    expect(result.problems).toEqual([]);
    expect(result.header?.columns.map((c) => c.header)).toEqual(['序号', '指标', '2020年', '2025年']);
  });

  it('splits the unit bracket and the marks off the name, and keeps brackets that are part of it', () => {
    const result = recognise([
      ['指标', '2020年'],
      ['R&D经费支出占GDP比重（%）*', '3.0▲'],
      ['全社会劳动生产率(万元/人)', '21'],
      ['首台（套）产品（项）', '43'],
      ['数字经济增加值*（亿元）', '27000*'],
      ['规模以上工业企业R&D经费支出占营业收入比重', '1.8*'],
    ]);
    expect(result.indicators.map((i) => [i.name, i.unit, i.marks])).toEqual([
      ['R&D经费支出占GDP比重', '%', ['*']],
      ['全社会劳动生产率', '万元/人', []],
      ['首台（套）产品', '项', []],
      ['数字经济增加值', '亿元', ['*']],
      ['规模以上工业企业R&D经费支出占营业收入比重', '', []],
    ]);
    expect(result.indicators[0]?.values[0]?.parsed).toMatchObject({ kind: 'exact', value: 3, estimated: true, marks: ['▲'] });
  });

  it('takes a footnote reference after a name as a mark, not a part of it: [1], ［2］, with a unit column or a unit bracket', () => {
    const result = recognise([
      ['指标', '单位', '2025年'],
      ['每万人口高价值发明专利拥有量[1]', '件', '30左右'],
      ['数字经济增加值占全市生产总值比重［2］*', '%', '>60'],
      ['R&D经费支出占GDP比重（%）[3]', '', '4.5'],
      ['近岸海域水质优良（一、二类）比例[10]', '%', '70'],
    ]);
    expect(result.indicators.map((i) => [i.name, i.unit, i.marks])).toEqual([
      ['每万人口高价值发明专利拥有量', '件', ['[1]']],
      ['数字经济增加值占全市生产总值比重', '%', ['［2］', '*']],
      ['R&D经费支出占GDP比重', '%', ['[3]']],
      ['近岸海域水质优良（一、二类）比例', '%', ['[10]']],
    ]);
  });

  it('reports a bracket at the end of a name that is not a unit, keeping it in the name', () => {
    const result = recognise([['指标', '2020年'], ['研发人员（全时）', '120']]);
    expect(result.indicators.map((i) => [i.name, i.unit])).toEqual([['研发人员（全时）', '']]);
    expect(result.problems.map((p) => [p.code, p.cell, p.params['unit']])).toEqual([['import.unknown_unit', 'A2', '全时']]);
  });

  it('takes the unit from a 单位 column when the name prints none', () => {
    const result = recognise([['指标名称', '单位', '2020年'], ['高新技术企业数', '家', '344'], ['研发投入', '万块', '5']]);
    expect(result.indicators.map((i) => [i.name, i.unit])).toEqual([['高新技术企业数', '家'], ['研发投入', '']]);
    expect(codes(result)).toEqual(['import.unknown_unit_column']);
  });

  it('carries a merged category down over its group, joining a category broken over two lines', () => {
    const result = recognise([
      ['类别', '序号', '指标', '2024年', '责任部门'],
      ['创新主体\n提质体系', '1', '科技型中小企业（家）', '1055', '市科技局'],
      ['', '2', '高新技术企业（家）', '326', '市科技局'],
      ['创新平台\n提档体系', '3', '省级以上孵化器（家）', '2', '市科技局'],
      ['', '4', '省级制造业中试平台（个）', '—', '市科技局'],
    ]);
    expect(result.indicators.map((i) => i.category)).toEqual(['创新主体提质体系', '创新主体提质体系', '创新平台提档体系', '创新平台提档体系']);
  });

  it('reads a category printed as a row of its own', () => {
    const result = recognise([
      ['序号', '指标', '2020年'],
      ['一、创新投入', '', ''],
      ['1', '研发经费投入强度（%）', '2.4'],
      ['二、创新产出', '', ''],
      ['2', '高新技术企业数（家）', '344'],
    ]);
    expect(result.indicators.map((i) => [i.name, i.category])).toEqual([['研发经费投入强度', '一、创新投入'], ['高新技术企业数', '二、创新产出']]);
  });

  it('reads a category row as a category though a column it does not read (权重) holds a figure beside it', () => {
    const result = recognise([
      ['指 标', '指 标', '权重', '单位', '2015年目标', '牵头部门'],
      ['一、核心指标(2项)(权重占50%)', '一、核心指标(2项)(权重占50%)', '50', '', '', ''],
      ['1', '城镇居民人均可支配收入', '25', '元', '31000', ''],
      ['二、发展指标(2项)(权重占10%)', '二、发展指标(2项)(权重占10%)', '10', '', '', ''],
      ['3', '非公有经济增加值占GDP比重', '5', '%', '65', '省经信委'],
    ]);
    expect(result.indicators.map((i) => [i.seq, i.category, i.name, i.values.map((v) => v.raw).join()])).toEqual([
      ['1', '一、核心指标(2项)(权重占50%)', '城镇居民人均可支配收入', '31000'],
      ['3', '二、发展指标(2项)(权重占10%)', '非公有经济增加值占GDP比重', '65'],
    ]);
    expect(codes(result)).toEqual(['import.column_ignored']);
  });

  it('reads a category row merged across the whole table (its text in every column) as a category, not an indicator', () => {
    const result = recognise([
      ['指标', '单位', '2013年', '2020年'],
      ['1. 宽带用户规模', '1. 宽带用户规模', '1. 宽带用户规模', '1. 宽带用户规模'],
      ['固定宽带接入用户', '万户', '2.1', '4.0'],
      ['其中:城市宽带用户', '万户', '1.6', '——'],
    ]);
    expect(result.indicators.map((i) => [i.name, i.category])).toEqual([['固定宽带接入用户', '1. 宽带用户规模'], ['其中:城市宽带用户', '1. 宽带用户规模']]);
    expect(result.problems).toEqual([]);
  });

  it('takes a number alone left of the names as the 序号, and a numbered text merged down beside names as an indicator with parts', () => {
    const result = importResultJson(recognise([
      ['指标名称', '指标名称', '指标名称', '单位', '2020年目标值'],
      ['一、创新驱动', '一、创新驱动', '一、创新驱动', '一、创新驱动', '一、创新驱动'],
      ['9', '万人发明专利拥有量', '万人发明专利拥有量', '件', '≥ 20'],
      ['10', '人力资源水平', '每万劳动力中研发人员数', '人年', '≥140'],
      ['10', '人力资源水平', '每万劳动力中高技能人才数', '人', '≥750'],
      ['11', '科技进步贡献率', '科技进步贡献率', '%', '≥ 65'],
    ]));
    expect(result.indicators.map((i) => [i.seq, i.category, i.name, i.parent, i.values.map((v) => v.raw).join()])).toEqual([
      ['9', '一、创新驱动', '万人发明专利拥有量', null, '≥ 20'],
      ['10', '一、创新驱动', '人力资源水平', null, ''],
      [null, '一、创新驱动', '每万劳动力中研发人员数', '人力资源水平', '≥140'],
      [null, '一、创新驱动', '每万劳动力中高技能人才数', '人力资源水平', '≥750'],
      ['11', '一、创新驱动', '科技进步贡献率', null, '≥ 65'],
    ]);
  });

  it('beside a 类别 column, reads a text merged down beside names as an indicator with parts, and joins a wrapped category', () => {
    const result = importResultJson(recognise([
      ['类别', '指标', '指标', '单位', '2009年', '2015年'],
      ['质量效益 指标', '现代服务业比重', '现代服务业比重', '%', '44.2', '50'],
      ['质量效益 指标', '服务业税收', '总量', '亿元', '219', '400'],
      ['质量效益 指标', '服务业税收', '比重', '%', '50', '55'],
      ['支柱产业 指标', '服务业投资', '总量', '亿元', '1040', '2800'],
      ['支柱产业 指标', '服务业投资', '比重', '%', '63', '68'],
    ]));
    expect(result.indicators.map((i) => [i.seq, i.category, i.name, i.unit, i.parent, i.values.map((v) => v.raw).join()])).toEqual([
      [null, '质量效益指标', '现代服务业比重', '%', null, '44.2,50'],
      [null, '质量效益指标', '服务业税收', null, null, ','],
      [null, '质量效益指标', '总量', '亿元', '服务业税收', '219,400'],
      [null, '质量效益指标', '比重', '%', '服务业税收', '50,55'],
      // The group takes the category of its own rows, not the one above.
      [null, '支柱产业指标', '服务业投资', null, null, ','],
      [null, '支柱产业指标', '总量', '亿元', '服务业投资', '1040,2800'],
      [null, '支柱产业指标', '比重', '%', '服务业投资', '63,68'],
    ]);
  });

  it('reads a text merged down beside names with its value cells merged down too as an indicator made of those components', () => {
    const result = importResultJson(recognise([
      ['监测指标', '监测指标', '单位', '2020年目标值'],
      ['二、民主法制', '二、民主法制', '二、民主法制', '二、民主法制'],
      ['11.基层民主参选率', '11.基层民主参选率', '%', '≥95'],
      ['12.社会安全指数', '每万人口刑事犯罪人数', '%', '=100'],
      ['12.社会安全指数', '每万人口交通事故死亡人数', '%', '=100'],
      ['13.公共交通服务指数', '每万人拥有公共交通车辆', '标车', '=100'],
      ['13.公共交通服务指数', '行政村客运班线通达率', '%', '=100'],
      ['14.平均预期寿命', '14.平均预期寿命', '岁', '≥76'],
    ]));
    expect(result.indicators.map((i) => [i.seq, i.category, i.name, i.unit, i.parent, i.values.map((v) => v.raw).join()])).toEqual([
      ['11', '二、民主法制', '基层民主参选率', '%', null, '≥95'],
      ['12', '二、民主法制', '社会安全指数', '%', null, '=100'],
      [null, '二、民主法制', '每万人口刑事犯罪人数', null, '社会安全指数', ''],
      [null, '二、民主法制', '每万人口交通事故死亡人数', null, '社会安全指数', ''],
      // Components printing units of their own keep them; the index then has none.
      ['13', '二、民主法制', '公共交通服务指数', null, null, '=100'],
      [null, '二、民主法制', '每万人拥有公共交通车辆', '标车', '公共交通服务指数', ''],
      [null, '二、民主法制', '行政村客运班线通达率', '%', '公共交通服务指数', ''],
      ['14', '二、民主法制', '平均预期寿命', '岁', null, '≥76'],
    ]);
  });

  it('keeps a category beside numbered names a category when each row has its own number', () => {
    const result = recognise([
      ['指标', '指标', '指标', '2025年'],
      ['1', '经济发展', '地区生产总值增长（%）', '6'],
      ['2', '经济发展', '城镇化率（%）', '70'],
    ]);
    expect(result.indicators.map((i) => [i.seq, i.category, i.name, i.parent])).toEqual([['1', '经济发展', '地区生产总值增长', undefined], ['2', '经济发展', '城镇化率', undefined]]);
  });

  it('reads categories printed in the left part of a 指标 cell merged over two columns', () => {
    const result = recognise([
      ['指标', '', '2020年', '2025年'],
      ['高新技术产业增加值增速（%）', '', '9.7', '高于工业增加值 1\n个百分点'],
      ['产业力量', '省级技术创新中心（家）', '0', '10-15'],
      ['', '国家技术创新中心（家）', '0', '1-2'],
    ]);
    expect(result.indicators.map((i) => [i.name, i.category])).toEqual([
      ['高新技术产业增加值增速', undefined], ['省级技术创新中心', '产业力量'], ['国家技术创新中心', '产业力量'],
    ]);
    expect(result.indicators[0]?.values[1]).toMatchObject({ raw: '高于工业增加值 1 个百分点', parsed: { kind: 'relative', margin: 1, unit: '个百分点' } });
  });

  it('makes 其中 rows parts of the row above that is not a 其中 row', () => {
    const result = recognise([
      ['序号', '指标', '2024年'],
      ['18', '首台（套）产品（项）', '43'],
      ['', '其中国际国内首台（套）产品（项）', '1'],
      ['', '其中：省内首台（套）产品（项）', '30'],
      ['19', '创新联合体（家）', '0'],
    ]);
    expect(result.indicators.map((i) => [i.key, i.name, i.parent])).toEqual([
      ['row-1', '首台（套）产品', undefined],
      ['row-2', '其中国际国内首台（套）产品', 'row-1'],
      ['row-3', '其中：省内首台（套）产品', 'row-1'],
      ['row-4', '创新联合体', undefined],
    ]);
  });

  it('splits a cell printing an indicator and its 其中 parts as paragraphs, values stacked the same way', () => {
    const result = recognise([
      ['指标', '2020年', '2025年', '属性'],
      ['4.义务教育标准班额比例(%)\n其中:小学\n初中', '34.52%\n77.34%', '80%以上\n85%以上', '预期性'],
      ['1.幼儿教师专科及以上学历比例(%)\n其中:本科及以上学历比例(%)', '97.74%\n49.85%', '100%\n50%', '预期性'],
      ['2.合计(%)\n说明：两项之和', '1\n2\n3', '4', ''],
    ]);
    expect(result.indicators.map((i) => [i.key, i.seq, i.name, i.unit, i.parent, i.attribute, ...i.values.map((v) => v.raw)])).toEqual([
      ['row-1', '4', '义务教育标准班额比例', '%', undefined, '预期性', '', ''],
      ['row-2', undefined, '其中:小学', '%', 'row-1', '预期性', '34.52%', '80%以上'],
      ['row-3', undefined, '初中', '%', 'row-1', '预期性', '77.34%', '85%以上'],
      ['row-4', '1', '幼儿教师专科及以上学历比例', '%', undefined, '预期性', '97.74%', '100%'],
      ['row-5', undefined, '其中:本科及以上学历比例', '%', 'row-4', '预期性', '49.85%', '50%'],
      // Paragraphs that do not line up (no 其中, counts differ) stay one row, its stacked cells reported.
      ['row-6', '2', '合计(%) 说明：两项之和', '', undefined, undefined, '1 2 3', '4'],
    ]);
    expect(result.problems.map((p) => [p.code, p.cell])).toContainEqual(['import.unreadable_value', 'B4']);
  });

  it('joins a name broken by a space between Chinese characters, reads 亿亩, and [n] as 〔n〕 under a 累计 header', () => {
    const result = recognise([
      ['指标', '2020年', '2025年', '年均增(5年累计)'],
      ['农产品质量安全例行监测合格 率(%)', '97.8', '98', '[0.2]'],
      ['高标准农田面积(亿亩)', '8', '10.75', '2.75'],
      ['R&D 经费投入强度(%)', '2.4', '2.8', ''],
    ]);
    expect(result.indicators.map((i) => [i.name, i.unit, i.values[2]?.parsed?.periodTotal ?? false])).toEqual([
      ['农产品质量安全例行监测合格率', '%', true], ['高标准农田面积', '亿亩', false], ['R&D 经费投入强度', '%', false],
    ]);
    const json = importResultJson(result);
    expect(json.indicators.map((i) => i.values[2]?.role)).toEqual(['cumulative', 'average_growth', 'average_growth']);
  });

  it('reads 指标 merged over two category columns and the names: categories outer / inner', () => {
    // Clipboard HTML repeats a colspan cell's text in each column it covers, a rowspan cell's in each row.
    const result = recognise([
      ['指标', '指标', '指标', '2015年', '2020年', '属性'],
      ['生态环境质量', '1.空气质量', '优良天数比率(%)', '76.7', '>80', '约束性'],
      ['生态环境质量', '1.空气质量', '重度污染天数比例下降(%)', '-', '〔25〕', '预期性'],
      ['生态环境质量', '2.水环境质量', 'Ⅲ类水体比例(%)', '66', '>70', '约束性'],
      ['主要污染物排放总量减少(%)', '主要污染物排放总量减少(%)', '主要污染物排放总量减少(%)', '-', '〔10〕', '约束性'],
    ]);
    expect(result.indicators.map((i) => [i.name, i.category, i.unit])).toEqual([
      ['优良天数比率', '生态环境质量 / 1.空气质量', '%'],
      ['重度污染天数比例下降', '生态环境质量 / 1.空气质量', '%'],
      ['Ⅲ类水体比例', '生态环境质量 / 2.水环境质量', '%'],
      ['主要污染物排放总量减少', undefined, '%'],
    ]);
    expect(codes(result)).toEqual([]);
  });

  it('skips a header row printed again further down', () => {
    const result = recognise([...tidy.slice(0, 2), ['序号', '指标', '2020年', '2025年'], ...tidy.slice(2)]);
    expect(result.indicators.map((i) => i.name)).toEqual(['高新技术企业数', '研发经费投入强度']);
  });

  it('skips a two-row header printed again further down', () => {
    const header = [['序号', '指标', '目标', ''], ['', '', '2025年', '2030年']];
    const result = recognise([...header, ['1', '高新技术企业数（家）', '650', '800'], ...header, ['2', '科技型中小企业数（家）', '2100', '3000']]);
    expect(values(result)).toEqual([['高新技术企业数', '2025 target 650', '2030 target 800'], ['科技型中小企业数', '2025 target 2100', '2030 target 3000']]);
    expect(result.problems).toEqual([]);
  });

  it('reads a name-only row as an indicator when the table has a 类别 column, and a bare 序号 as a row without a name', () => {
    const result = recognise([
      ['类别', '序号', '指标', '2024年'],
      ['目标体系', '1', '研发投入强度（%）', '2.7'],
      ['', '', '未来产业先导区', ''],
      ['', '2', '', ''],
      ['', '3', '（%）', '5'],
    ]);
    expect(result.indicators.map((i) => [i.name, i.category])).toEqual([['研发投入强度', '目标体系'], ['未来产业先导区', '目标体系']]);
    expect(result.problems.map((p) => [p.code, p.cell])).toEqual([['import.name_missing', 'C4'], ['import.name_missing', 'C5']]);
  });

  it('reads 属性, 牵头单位 and 备注, and reports an attribute plans do not print', () => {
    const result = recognise([
      ['指标', '2025年', '属性', '牵头单位', '备注'],
      ['高新技术企业数（家）', '650', '约束性', '区科技局', '累计数'],
      ['研发经费投入强度（%）', '3.5', '指导性', '区发改局', ''],
    ]);
    expect(result.indicators.map((i) => [i.attribute, i.responsible, i.remark])).toEqual([['约束性', '区科技局', '累计数'], [undefined, '区发改局', undefined]]);
    expect(result.problems.map((p) => [p.code, p.cell, p.params['text']])).toEqual([['import.unknown_attribute', 'C3', '指导性']]);
  });

  it('reports a row with values but no name', () => {
    const result = recognise([['序号', '指标', '2020年'], ['1', '', '344']]);
    expect(result.indicators).toEqual([]);
    expect(result.problems.map((p) => [p.code, p.cell, p.params['text']])).toEqual([['import.no_rows', undefined, undefined], ['import.name_missing', 'B2', '1 344']]);
  });
});

describe('the value cells', () => {
  it('reads every notation of the plans', () => {
    const result = recognise([
      ['指标', '2025年'],
      ['甲（%）', '>66'], ['乙（家）', '20 家左右'], ['丙（个）', '1～2'], ['丁（家）', '75/1280'], ['戊（%）', '增速高于固定资产投资增速'],
      ['己（个）', '设区市国家高新区全覆盖'], ['庚（家）', '６７００'], ['辛（%）', '—'], ['壬（%）', ''],
    ]);
    expect(result.indicators.map((i) => i.values[0]?.parsed?.kind)).toEqual(['min', 'approx', 'range', 'increment_cumulative', 'relative', 'qualitative', 'exact', 'blank', 'blank']);
    expect(result.indicators[6]?.values[0]).toMatchObject({ raw: '６７００', parsed: { value: 6700 } });
    expect(result.problems).toEqual([]);
  });

  it('quotes a cell it cannot read, and does not guess its value', () => {
    const result = recognise([['序号', '指标名称', '2020年', '2025年'], ['1', '研发经费投入强度（%）', '2.4（预计', '3.5']], { row: 4, column: 1 });
    expect(result.indicators[0]?.values.map((v) => [v.raw, v.parsed === null ? null : flatNumbers(v.parsed).value])).toEqual([['2.4（预计', null], ['3.5', 3.5]]);
    expect(result.problems).toEqual([{
      code: 'import.unreadable_value', row: 1, column: 2, cell: 'D6',
      params: { cell: 'D6', text: '2.4（预计', name: '研发经费投入强度', header: '2020年' },
    }]);
  });

  it('reports a value printed in a unit that does not convert into the row’s', () => {
    const result = recognise([['指标', '2025年', '2030年'], ['高新技术企业数（家）', '20亿元', '2.2万家']]);
    expect(result.indicators[0]?.values.map((v) => v.parsed === null ? null : flatNumbers(v.parsed).value)).toEqual([null, 2.2]);
    expect(result.problems.map((p) => [p.code, p.params['text'], p.params['typedUnit'], p.params['unit']])).toEqual([['import.value_unit_mismatch', '20亿元', '亿元', '家']]);
  });
});

// Regression: 单位：亿元 under the caption became the caption and every row lost its unit; （单位：亿元） in the caption
// was ignored; a header 指标（单位：亿元） was no header at all (nothing imported).
describe('a unit the table states for all its rows', () => {
  const units = (result: ImportResult) => [result.caption?.text ?? null, ...result.indicators.map((i) => `${i.name} ${i.unit}`)];

  it.each([
    ['on a line of its own under the caption', [['表1 主要指标'], ['单位：亿元'], ['指标', '2020年', '2025年']], '表1 主要指标'],
    ['in a cell of its own beside the caption', [['表1 主要指标', '', '单位：亿元'], ['指标', '2020年', '2025年']], '表1 主要指标'],
    ['in brackets in the caption', [['表1 主要指标（单位：亿元）'], ['指标', '2020年', '2025年']], '表1 主要指标（单位：亿元）'],
    ['in the name column’s header', [['表1 主要指标'], ['指标（单位：亿元）', '2020年', '2025年']], '表1 主要指标'],
  ])('%s: rows printing none take it, rows printing their own keep theirs', (_where, top, caption) => {
    const result = recognise([...top, ['技术合同成交额', '100', '150'], ['研发经费投入强度（%）', '2.8', '3.2']]);
    expect(units(result)).toEqual([caption, '技术合同成交额 亿元', '研发经费投入强度 %']);
    expect(result.problems).toEqual([]);
  });
});

// Regression: “十四五”末 / “十三五”末 headers were columns the import did not know: their values were not imported.
it('dates a column headed by a five-year plan’s end (“十三五”末 2020 baseline, “十四五”末 2025 target)', () => {
  const result = recognise([
    ['指标', '单位', '“十三五”末', '“十四五”末', '“十四五”累计'],
    ['技术合同成交额', '亿元', '100', '150', '600'],
  ]);
  expect(values(result)).toEqual([['技术合同成交额', '2020 baseline 100', '2025 target 150', '2025 target 600']]);
  expect(result.header?.columns.map((column) => column.measure ?? null)).toEqual([null, null, null, null, 'cumulative']);
  expect(result.problems).toEqual([]);
});

// Regression: a 合计 row came in as an indicator named 合计, a row pasted twice as two indicators, without a word.
describe('rows that are not one more indicator', () => {
  const result = recognise([
    ['指标', '单位', '2020年', '2025年'],
    ['技术合同成交额', '亿元', '100', '150'],
    ['高新技术产业投资', '亿元', '50', '70'],
    ['高新技术产业投资', '亿元', '50', '70'],
    ['技术合同成交额', '亿元', '100', '160'],
    ['合  计', '', '150', '220'],
    ['全市合计', '亿元', '150', '220'],
  ]);

  it('leaves a total row and a row pasted twice out, and keeps two rows of one name that differ, each named', () => {
    expect(values(result)).toEqual([
      ['技术合同成交额', '2020 baseline 100', '2025 target 150'],
      ['高新技术产业投资', '2020 baseline 50', '2025 target 70'],
      ['技术合同成交额', '2020 baseline 100', '2025 target 160'],
    ]);
    expect(result.problems.map((p) => [p.code, p.cell, p.params['other'] ?? p.params['text']])).toEqual([
      ['import.repeated_row', 'A4', '3'],
      ['import.same_name', 'A5', '2'],
      ['import.total_row', 'A6', '合  计'],
      ['import.total_row', 'A7', '全市合计'],
    ]);
  });

  it('keeps 其中 rows of one name under two parents', () => {
    const parts = recognise([
      ['指标', '单位', '2020年', '2025年'],
      ['研发经费支出', '亿元', '100', '150'],
      ['其中：企业', '亿元', '80', '120'],
      ['财政科技支出', '亿元', '10', '15'],
      ['其中：企业', '亿元', '80', '120'],
    ]);
    expect(parts.indicators).toHaveLength(4);
    expect(parts.problems).toEqual([]);
  });
});

describe('the notes under the table', () => {
  it('keeps 注 and 备注 lines verbatim, each line of a merged note cell on its own', () => {
    const result = recognise([
      ['指标', '2020年', '2025年'],
      ['高新技术企业数（家）*', '344', '650'],
      ['', '', ''],
      ['注：1. 标*为“六倍增、六提高”指标；\n2. 标▲为预计数。', '', ''],
      ['备注：“**/**”格式的数据，“/”前为年度新增数。', '', ''],
    ]);
    expect(result.notes).toEqual([
      { text: '注：1. 标*为“六倍增、六提高”指标；', row: 3 },
      { text: '2. 标▲为预计数。', row: 3 },
      { text: '备注：“**/**”格式的数据，“/”前为年度新增数。', row: 4 },
    ]);
    expect(result.indicators).toHaveLength(1);
  });

  it('keeps a note merged across the table once, though clipboard HTML repeats it in every column', () => {
    const note = '注:约束性指标是指确保如期完成的目标。';
    const result = recognise([
      ['序号', '指标名称', '2018年目标', '备注'],
      ['1', '绿色制造示范典型发布数量', '400项', ''],
      [note, note, note, note],
    ]);
    expect(result.notes).toEqual([{ text: note, row: 2 }]);
  });
});

describe('concepts', () => {
  const { catalog } = realCatalog();

  it('links a name that is a concept’s name, spacing and width aside, when the unit fits', () => {
    const result = recogniseIndicatorTable({
      cells: [['指标', '2025年'], ['全社会 R&D经费支出占 GDP比重（%）', '3.5'], ['全社会R&D经费支出占GDP比重（家）', '3'], ['R&D经费投入强度（%）', '3']],
      concepts: catalog.concepts,
    });
    expect(result.indicators.map((i) => i.concept)).toEqual(['rd_gdp_share', undefined, undefined]);
  });
});
