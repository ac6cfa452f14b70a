import { importResultJson, recogniseIndicatorTable } from '../../../src/core/import';
import { parseNotation } from '../../../src/core/notation';
import { findUnit } from '../../../src/core/units';
import { simplifiedForms } from '../../../src/core/util/simplifiedForms';

/** A table printed in traditional characters (a Hong Kong / Macao printing, or a document converted for one). */
describe('traditional characters in plan tables', () => {
  it('reads the headers, attributes, units and notes as their simplified forms, keeping names and values as printed', () => {
    const result = recogniseIndicatorTable({ cells: [
      ['表1 “十四五”時期經濟社會發展主要指標'],
      ['序號', '類別', '指標名稱', '單位', '2020年', '預期值', '年均增長', '屬性'],
      ['1', '經濟發展', '地區生產總值', '億元', '1000', '1400', '7%左右', '預期性'],
      ['2', '', '常住人口城鎮化率', '%', '60', '提高2個百分點', '', '預期性'],
      ['3', '綠色生態', '單位地區生產總值能耗降低', '%', '', '〔13.5〕', '', '約束性'],
      ['4', '', '城鎮調查失業率', '%', '5.2', '5.5以內', '', '預期性'],
      ['註：〔〕內為五年累計數。'],
    ] });
    const json = importResultJson(result);
    expect(result.problems).toEqual([]);
    expect(result.header?.columns.map((column) => column.kind)).toEqual(['seq', 'category', 'name', 'unit', 'value', 'value', 'value', 'attribute']);
    expect(json.indicators.map((indicator) => [indicator.seq, indicator.category, indicator.name, indicator.unit, indicator.attribute])).toEqual([
      ['1', '經濟發展', '地區生產總值', '亿元', '预期性'],
      ['2', '經濟發展', '常住人口城鎮化率', '%', '预期性'],
      ['3', '綠色生態', '單位地區生產總值能耗降低', '%', '约束性'],
      ['4', '綠色生態', '城鎮調查失業率', '%', '预期性'],
    ]);
    expect(json.indicators[0]?.values.map((value) => [value.year, value.role, value.kind, value.value])).toEqual([
      [2020, 'baseline', 'exact', 1000], [2025, 'target', 'exact', 1400], [2025, 'average_growth', 'approx', 7],
    ]);
    expect(json.indicators[1]?.values[1]).toMatchObject({ raw: '提高2個百分點', kind: 'exact', value: 2 });
    expect(json.indicators[2]?.values[1]).toMatchObject({ raw: '〔13.5〕', role: 'cumulative', kind: 'exact', value: 13.5 });
    expect(json.indicators[3]?.values[1]).toMatchObject({ raw: '5.5以內', role: 'target', kind: 'max', value: 5.5 });
    expect(json.notes).toEqual(['註：〔〕內為五年累計數。']);
  });

  it('reads the other header forms too: 指標名稱（單位）, 2020年基數, 年均增長（%）, 指標屬性, 責任單位, 備註, and 高於 in a cell', () => {
    const result = recogniseIndicatorTable({ cells: [
      ['表2 “十四五”科技創新主要指標'],
      ['序號', '指標名稱（單位）', '2020年基數', '2025年目標', '年均增長（%）', '指標屬性', '責任單位', '備註'],
      ['1', '研究與試驗發展經費投入強度（%）', '2.4', '3', '〔0.6〕', '預期性', '科技局', ''],
      ['2', '全員勞動生產率（萬元/人）', '11', '>14', '高於GDP增長', '預期性', '統計局', ''],
      ['註：〔〕內為五年累計數。'],
    ] });
    expect(result.problems).toEqual([]);
    expect(result.header?.columns.map((column) => [column.kind, column.role, column.year])).toEqual([
      ['seq', undefined, undefined], ['name', undefined, undefined], ['value', 'baseline', 2020], ['value', 'target', 2025],
      ['value', 'target', 2025], ['attribute', undefined, undefined], ['responsible', undefined, undefined], ['note', undefined, undefined],
    ]);
    const json = importResultJson(result);
    expect(json.indicators.map((indicator) => [indicator.unit, indicator.values.map((value) => [value.role, value.kind, value.value])])).toEqual([
      ['%', [['baseline', 'exact', 2.4], ['target', 'exact', 3], ['cumulative', 'exact', 0.6]]],
      ['万元/人', [['baseline', 'exact', 11], ['target', 'min', 14], ['average_growth', 'relative', null]]],
    ]);
  });

  it('takes a traditional unit bracket off a name as the registry’s unit', () => {
    const json = importResultJson(recogniseIndicatorTable({ cells: [['指標', '2025年'], ['研發經費投入(億元)', '50'], ['新增就業(萬人)', '12']] }));
    expect(json.indicators.map((indicator) => [indicator.name, indicator.unit])).toEqual([['研發經費投入', '亿元'], ['新增就業', '万人']]);
  });

  it('folds only traditional characters: a simplified text is unchanged, and the grammar reads both alike', () => {
    const simplified = '指标名称 预期值 单位 年均增长 约束性 亿元 个百分点 以内 不超过 完成情况 责任单位 备注 序号 干 后 著';
    expect(simplifiedForms(simplified)).toBe(simplified);
    expect(findUnit('萬人次')?.symbol).toBe('万人次');
    const trad = parseNotation('年均增長6%以上');
    expect(trad.ok && trad.value).toMatchObject({ kind: 'min', value: 6, averageGrowth: true });
    const cap = parseNotation('不超過5億噸');
    expect(cap.ok && cap.value).toMatchObject({ kind: 'max', value: 5, unit: '亿吨' });
  });
});
