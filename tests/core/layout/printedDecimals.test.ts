import type { Indicator } from '../../../src/core/catalog';
import { rowDecimals, rowNumberFormat } from '../../../src/core/layout';
import { planOf } from '../../support/catalog';

function indicator(id: string): Indicator {
  const found = planOf(id.slice(0, id.indexOf('.'))).indicators.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no indicator ${id}`);
  return found;
}

/** The format of an indicator's own row, in its own unit. */
const formatOf = (id: string): string => {
  const row = indicator(id);
  return rowNumberFormat([row], row.unit);
};

describe('the number format of a row, from the figures its plan prints', () => {
  it('shows as many decimals as the plan prints for the row, trailing zeros and estimate marks included', () => {
    // 2.8 and 3.00▲: the printed 3.00 counts two decimals, though the number is 3.
    expect(formatOf('keqiao-2021-2025.s13-rd-gdp-share')).toBe('0.00');
    // 3.0▲ | 3.5 | 4.0
    expect(formatOf('keqiao-2021-2025.rd-gdp-share')).toBe('0.0');
    // 1.97% (a baseline in prose) | 2.84% | 3.39% (other districts, for comparison) | 2.4（预计） | 3.5
    expect(formatOf('yuecheng-2021-2025.rd-gdp-share')).toBe('0.00');
    // 8.48 | 10.28 | 12.08 | 18.1件 | 15.9件
    expect(formatOf('shengzhou-116x-2024-2030.high-value-invention-patents-per-10k')).toBe('0.00');
    // 74.65人年 | — | 185
    expect(formatOf('yuecheng-2021-2025.rd-personnel-per-10k-employed')).toBe('0.00');
  });

  it('counts in 家 show whole numbers; so does a 家 row printing increments and running totals (25/400)', () => {
    expect(formatOf('yuecheng-2021-2025.hightech-enterprises')).toBe('0');
    expect(formatOf('keqiao-2021-2025.hightech-enterprises')).toBe('0');
    expect(formatOf('shengzhou-116x-2024-2030.hightech-enterprises')).toBe('0');
    // Full-width digits: １０００ 家
    expect(formatOf('zj-opinions-2018.chengxi-hightech-enterprises')).toBe('0');
  });

  it('亿元 with the plan’s decimals: 0.5亿元 | 21.27 shows two, 14 | 20 none, 千亿 (a number in words) none', () => {
    expect(formatOf('keqiao-2021-2025.tech-market-turnover')).toBe('0.00');
    expect(formatOf('yuecheng-2021-2025.tech-market-turnover')).toBe('0');
    expect(formatOf('zj-talent-2021-2025.major-platform-cumulative-investment')).toBe('0');
  });

  it('percent rows as plain numbers in the unit column, with the plan’s decimals and at least one (３％ → 0.0, 9.7 → 0.0)', () => {
    // A round target (３％, 14%, 7) still shows its actuals with one decimal: 6.8 must not print as the target's 7.
    expect(formatOf('zj-opinions-2018.rd-gdp-share')).toBe('0.0');
    expect(formatOf('zj-talent-2021-2025.st-talent-total-growth')).toBe('0.0');
    expect(formatOf('yuecheng-2021-2025.labour-productivity-growth')).toBe('0.0');
    expect(formatOf('zj-hightech-industry-2021-2025.hightech-industry-va-growth')).toBe('0.0');
    expect(rowNumberFormat([indicator('zj-hightech-industry-2021-2025.hightech-industry-va-growth')], '%')).not.toMatch(/%/u);
  });

  it('a target relative to another quantity adds no decimals: its margin (1 个百分点) is no level of the row', () => {
    // 18.1 | 增速高于固定资产投资增速: the baseline decides.
    expect(formatOf('keqiao-2021-2025.hightech-industry-investment-growth')).toBe('0.0');
    expect(formatOf('yuecheng-2021-2025.hightech-industry-investment-growth')).toBe('0.0');
  });

  it('a count in 万家 or 万人 shows four decimals, the places that keep a whole count whole, whatever the plan rounds to', () => {
    // The plan prints 2.2 and 3.5 万家; a county's 512 家 is 0.0512 万家, which one decimal would print as 0.1.
    expect(formatOf('zj-hightech-industry-2021-2025.hightech-enterprises')).toBe('0.0000');
    expect(formatOf('zj-opinions-2018.hightech-enterprises')).toBe('0.0000');
    expect(formatOf('zj-talent-2021-2025.st-talent-total')).toBe('0.0000');
    // 6039 人 | 1.2 万人: the figure printed in 人 is whole in 万人 at four places.
    expect(formatOf('zj-tech-transfer-2021-2025.technology-brokers')).toBe('0.0000');
  });

  it('a merged row reads every plan’s figures in the row’s unit', () => {
    const county = indicator('yuecheng-2021-2025.hightech-enterprises');
    const province = indicator('zj-hightech-industry-2021-2025.hightech-enterprises');
    // 2.2 万家 in a 家 row is 22000 家: no decimals.
    expect(rowDecimals([county, province], '家')).toBe(0);
    expect(rowDecimals([province, county], '万家')).toBe(4);
  });

  it('a row whose plan prints no number shows its unit’s decimals; with no unit the registry knows, General', () => {
    // 高技术制造业增加值占规上工业比重: every year printed blank; a share is shown with two decimals.
    expect(formatOf('shengzhou-116x-2024-2030.high-tech-manufacturing-va-share')).toBe('0.00');
    // 基础研究经费占研发经费比重: "倍增", no unit.
    expect(formatOf('zj-hightech-industry-2021-2025.basic-research-rd-share')).toBe('General');
    // A companion or a ratio's part (no figures of its own): by its unit alone.
    expect(rowNumberFormat([], '亿元')).toBe('0.00');
    expect(rowNumberFormat([], '家')).toBe('0');
    expect(rowNumberFormat([], '万家')).toBe('0.0000');
  });

  it('every row of every plan gets a format of 0 to 4 decimals or General, never a percent or text format', () => {
    const formats = new Set<string>();
    for (const plan of ['yuecheng-2021-2025', 'keqiao-2021-2025', 'shengzhou-116x-2024-2030', 'zj-hightech-industry-2021-2025', 'zj-opinions-2018', 'zj-talent-2021-2025']) {
      for (const row of planOf(plan).indicators) formats.add(rowNumberFormat([row], row.unit));
    }
    expect([...formats].filter((format) => !/^(?:0(?:\.0{1,4})?|General)$/u.test(format))).toEqual([]);
    expect([...formats]).toEqual(expect.arrayContaining(['0', '0.0', '0.00', '0.0000', 'General']));
  });
});
