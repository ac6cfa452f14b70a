import { refOf, check, findingsOf, indicator, onlyFinding, sheet, tallyOf, type Entry } from '../../../support/core/checks/builtSheets';
import { shown } from '../../../support/shown';

const HIGHTECH = 'yuecheng-2021-2025.hightech-enterprises';
const RD = 'yuecheng-2021-2025.rd-gdp-share';
const GROWTH = 'yuecheng-2021-2025.hightech-industry-investment-growth';

function yuecheng(id: string, values: Record<number, Entry>, years = [2022, 2023]) {
  return sheet({ planIds: ['yuecheng-2021-2025'], reportingYear: 2023, years }).row(indicator(id), values).build();
}

describe('rule yoy_change (warning)', () => {
  it('valid: an amount within ×3 / ÷3 of last year', () => {
    const report = check(yuecheng(HIGHTECH, { 2022: 344, 2023: 400 }));
    expect(findingsOf(report, 'yoy_change')).toEqual([]);
    expect(tallyOf(report, 'yoy_change').passes).toBe(1);
  });

  it('invalid: an amount more than three times last year', () => {
    const built = yuecheng(HIGHTECH, { 2022: 344, 2023: 1200 });
    const finding = onlyFinding(check(built), 'yoy_change');
    // 344 ÷ 3 = 114.67, 344 × 3 = 1032; 1200 ÷ 344 = 3.488
    expect(finding).toMatchObject({
      ref: refOf(built, HIGHTECH, 2023), severity: 'warning', code: 'check.yoy_change.up', value: '1200', expected: '114.7–1032',
    });
    expect(shown(finding, 'zh-CN')).toBe(
      '「高新技术企业数」2023年实绩 1200家 是上年 344家 的 3.488 倍，超过 3 倍的核实范围。请核实；如无误请在说明栏注明原因。',
    );
  });

  it('regression: a share typed as a fraction gives one warning (share_as_fraction), not also a drop in points', () => {
    const report = check(yuecheng(RD, { 2022: 2.9, 2023: 0.031 }));
    expect(findingsOf(report, 'yoy_change')).toEqual([]);
    expect(findingsOf(report, 'share_as_fraction')).toHaveLength(1);
  });

  it('invalid: an amount below a third of last year', () => {
    expect(onlyFinding(check(yuecheng(HIGHTECH, { 2022: 344, 2023: 100 })), 'yoy_change')).toMatchObject({ code: 'check.yoy_change.down' });
  });

  it('invalid: a share moving more than 20 percentage points', () => {
    const finding = onlyFinding(check(yuecheng(RD, { 2022: 2.5, 2023: 25 })), 'yoy_change');
    expect(finding).toMatchObject({ code: 'check.yoy_change.points_up', expected: '0–22.5', params: expect.objectContaining({ points: 22.5, bound: 20 }) });
  });

  it('growth rates swing more: 25 points pass, 35 points are checked', () => {
    expect(findingsOf(check(yuecheng(GROWTH, { 2022: 10, 2023: 35 })), 'yoy_change')).toEqual([]);
    expect(onlyFinding(check(yuecheng(GROWTH, { 2022: 10, 2023: -25 })), 'yoy_change')).toMatchObject({ code: 'check.yoy_change.points_down', expected: '-20–40' });
  });

  it('the bounds are options', () => {
    const built = yuecheng(HIGHTECH, { 2022: 344, 2023: 600 });
    expect(findingsOf(check(built), 'yoy_change')).toEqual([]);
    expect(onlyFinding(check(built, { options: { yoyMaxRatio: 1.5 } }), 'yoy_change').params).toMatchObject({ bound: 1.5 });
  });

  it("last year's value comes from the catalog when the sheet has none (柯桥 2020 实绩 369)", () => {
    const built = sheet({ planIds: ['keqiao-2021-2025'], reportingYear: 2021, years: [2021] })
      .row(indicator('keqiao-2021-2025.s13-hightech-enterprises'), { 2021: 1500 }).build();
    expect(onlyFinding(check(built), 'yoy_change').params).toMatchObject({ previous: 369 });
  });

  it('undecidable: no value, no previous value, or a previous value of 0', () => {
    expect(tallyOf(check(yuecheng(HIGHTECH, { 2022: 344 })), 'yoy_change').notAvailable).toBe(1);
    expect(tallyOf(check(yuecheng(HIGHTECH, { 2023: 400 })), 'yoy_change').notAvailable).toBe(1);
    expect(tallyOf(check(yuecheng(HIGHTECH, { 2022: 0, 2023: 4 })), 'yoy_change').notAvailable).toBe(1);
  });
});
