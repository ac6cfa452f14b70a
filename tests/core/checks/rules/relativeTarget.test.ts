import { refOf, catalogWith, check, findingsOf, indicator, onlyFinding, sheet, tallyOf, variantOf, type Entry } from '../../../support/core/checks/builtSheets';
import { shown } from '../../../support/shown';

const INVESTMENT = 'yuecheng-2021-2025.hightech-industry-investment-growth';
const VA_GROWTH = 'zj-hightech-industry-2021-2025.hightech-industry-va-growth';
/** The layout reports the companion quantity on the row under the indicator, id `<row id>#companion`. */
const companionOf = (id: string, name: string) => ({ id: `${id}#companion`, name, unit: '%' });

function investment(value: Entry, companion: Entry) {
  return sheet({ planIds: ['yuecheng-2021-2025'], reportingYear: 2023, years: [2023] })
    .row(indicator(INVESTMENT), { 2023: value })
    .row(companionOf(INVESTMENT, '固定资产投资增速'), { 2023: companion })
    .build();
}

function vaGrowth(value: Entry, companion: Entry) {
  return sheet({ planIds: ['zj-hightech-industry-2021-2025'], reportingYear: 2023, years: [2023] })
    .row(indicator(VA_GROWTH), { 2023: value })
    .row(companionOf(VA_GROWTH, '工业增加值增速'), { 2023: companion })
    .build();
}

describe('rule relative_target (warning)', () => {
  it('valid: 增速高于固定资产投资增速 with 12 against 8', () => {
    const report = check(investment(12, 8));
    expect(findingsOf(report, 'relative_target')).toEqual([]);
    expect(tallyOf(report, 'relative_target').passes).toBe(1);
  });

  it('invalid: 6 is not above 8', () => {
    const built = investment(6, 8);
    const finding = onlyFinding(check(built), 'relative_target');
    expect(finding).toMatchObject({
      ref: refOf(built, INVESTMENT, 2023), severity: 'warning', code: 'check.relative_target.above', value: '6', expected: '> 8',
    });
    expect(shown(finding, 'zh-CN')).toBe(
      '「高新技术产业投资增速」2023年实绩 6% 未高于「固定资产投资增速」的 8%，未达到目标“增速高于固定资产投资增速”。请核实；如无误请在说明栏注明原因。',
    );
  });

  it('invalid: equal is not above', () => {
    expect(onlyFinding(check(investment(8, 8)), 'relative_target').code).toBe('check.relative_target.above');
  });

  it('a margin: 高于工业增加值 1 个百分点 needs at least 9 against 8', () => {
    expect(findingsOf(check(vaGrowth(9, 8)), 'relative_target')).toEqual([]);
    expect(onlyFinding(check(vaGrowth(8.5, 8)), 'relative_target')).toMatchObject({ code: 'check.relative_target.at_least', expected: '≥ 9' });
  });

  it('mirrored for targets below the companion (低于…, 不高于… 2 个百分点)', () => {
    const below = variantOf(INVESTMENT, 'yuecheng-2021-2025.test-below', 2025, '低于固定资产投资增速');
    const atMost = variantOf(INVESTMENT, 'yuecheng-2021-2025.test-at-most', 2025, '不高于固定资产投资增速 2 个百分点');
    const catalogs = catalogWith('yuecheng-2021-2025', [below, atMost]);
    const built = (value: number) => sheet({ planIds: ['yuecheng-2021-2025'], reportingYear: 2023, years: [2023] })
      .row(below, { 2023: value }).row(companionOf(below.id, '固定资产投资增速'), { 2023: 8 })
      .row(atMost, { 2023: value }).row(companionOf(atMost.id, '固定资产投资增速'), { 2023: 8 })
      .build();
    expect(findingsOf(check(built(5), { catalogs }), 'relative_target')).toEqual([]);
    const found = (value: number) => findingsOf(check(built(value), { catalogs }), 'relative_target').map((finding) => [finding.code, finding.expected]);
    expect(found(7)).toEqual([['check.relative_target.at_most', '≤ 6']]);
    expect(found(9)).toEqual([['check.relative_target.below', '< 8'], ['check.relative_target.at_most', '≤ 6']]);
  });

  it('on a merged sheet, the concept row and its companion', () => {
    const built = sheet({ planIds: ['yuecheng-2021-2025', 'zj-hightech-industry-2021-2025'], reportingYear: 2023, years: [2023], merged: true })
      .row({ id: 'concept:hightech_industry_investment_growth', name: '高新技术产业投资增速', unit: '%' }, { 2023: 6 })
      .row(companionOf('concept:hightech_industry_investment_growth', '固定资产投资增速'), { 2023: 8 })
      .build();
    expect(onlyFinding(check(built), 'relative_target')).toMatchObject({ indicatorId: 'concept:hightech_industry_investment_growth', expected: '> 8' });
  });

  it('the companion row can be named in the context', () => {
    const built = sheet({ planIds: ['yuecheng-2021-2025'], reportingYear: 2023, years: [2023] })
      .row(indicator(INVESTMENT), { 2023: 6 })
      .row({ id: 'fai-growth', name: '固定资产投资增速', unit: '%' }, { 2023: 8 })
      .build();
    expect(findingsOf(check(built), 'relative_target')).toEqual([]);
    expect(onlyFinding(check(built, { companionRows: { [INVESTMENT]: 'fai-growth' } }), 'relative_target').expected).toBe('> 8');
  });

  it('the companion row is checked like any entry: text in it is not a number, and it is required', () => {
    const typed = onlyFinding(check(investment(12, '八')), 'not_a_number');
    expect(typed).toMatchObject({ indicatorId: `${INVESTMENT}#companion`, value: '八' });
    const missing = onlyFinding(check(investment(12, null)), 'required_missing');
    expect(missing).toMatchObject({ code: 'check.required_missing.companion', indicatorId: `${INVESTMENT}#companion` });
    expect(shown(missing, 'zh-CN')).toBe('「固定资产投资增速」2023年数值未填报。判断「高新技术产业投资增速」是否达标需要这一数值，必须填报。');
  });

  it('undecidable: no companion value, no companion row, or no value', () => {
    expect(tallyOf(check(investment(6, null)), 'relative_target').notAvailable).toBe(1);
    expect(tallyOf(check(investment(null, 8)), 'relative_target').notAvailable).toBe(1);
    const alone = sheet({ planIds: ['yuecheng-2021-2025'], reportingYear: 2023, years: [2023] }).row(indicator(INVESTMENT), { 2023: 6 }).build();
    expect(tallyOf(check(alone), 'relative_target')).toEqual({ passes: 0, fails: 0, notAvailable: 1 });
  });
});
