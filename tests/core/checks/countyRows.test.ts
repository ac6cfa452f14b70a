/**
 * A county's return of the province's plan: its rows are its contributions, monitored and not judged (decision 0050,
 * judgedIndicator). The province's printed figures — targets, baseline, footnotes — are neither a county's target, nor
 * its last year's value, nor the size its value should have. The same figures on the province's own sheet still are.
 */
import { check, findingsOf, indicator, onlyFinding, sheet, type Entry } from '../../support/core/checks/builtSheets';
import { shown } from '../../support/shown';

const PLAN = 'zj-hightech-industry-2021-2025';
const DIGITAL = `${PLAN}.digital-economy-va`;
const ENTERPRISES = `${PLAN}.hightech-enterprises`;
const VA_GROWTH = `${PLAN}.hightech-industry-va-growth`;
const SHENGSI = { name: '舟山市嵊泗县', code: '330922' };
const PROVINCE = { name: '浙江省', code: '330000' };

/** A first-year (2021) return: no earlier year on the sheet, so only the plan's printed 2020 figures could be "last year". */
function firstYear(region: { name: string; code: string }, values: { digital: Entry; enterprises: Entry; growth: Entry; companion: Entry }) {
  return sheet({ planIds: [PLAN], reportingYear: 2021, years: [2021], region })
    .row(indicator(DIGITAL), { 2021: values.digital })
    .row(indicator(ENTERPRISES), { 2021: values.enterprises })
    .row(indicator(VA_GROWTH), { 2021: values.growth })
    .row({ id: `${VA_GROWTH}#companion`, name: '工业增加值增速', unit: '%' }, { 2021: values.companion })
    .build();
}

// 嵊泗县's 5 亿元 and 30 家 (0.003 万家) against the province's 27000 亿元 and 2.2 万家 of 2020; its growth 10 % under
// an industrial growth of 12 %, which the province's 高于工业增加值 1 个百分点 would call missed.
const SMALL_COUNTY = { digital: 5, enterprises: 0.003, growth: 10, companion: 12 };

describe('a county’s return of the province’s plan is judged by what applies to it', () => {
  it('its first-year figures are not compared with the province’s printed figures', () => {
    const report = check(firstYear(SHENGSI, SMALL_COUNTY));
    expect(report.findings.map((finding) => finding.ruleId)).toEqual([]);
  });

  it('the same figures on the province’s own sheet are (the rules still run where the figures are its own)', () => {
    const rules = check(firstYear(PROVINCE, SMALL_COUNTY)).findings.map((finding) => `${finding.ruleId}:${finding.indicatorId ?? ''}`);
    expect(rules).toEqual(expect.arrayContaining([
      `magnitude_slip:${DIGITAL}`, `yoy_change:${ENTERPRISES}`, `relative_target:${VA_GROWTH}`,
    ]));
  });

  it('a contribution left empty is a monitored value missing (a warning to explain), not the province’s target missing', () => {
    const built = firstYear(SHENGSI, { ...SMALL_COUNTY, digital: null, companion: null });
    const report = check(built);
    expect(findingsOf(report, 'required_missing')).toEqual([]);
    const missing = findingsOf(report, 'monitoring_missing');
    expect(missing.map((finding) => [finding.indicatorId, finding.severity])).toEqual([[DIGITAL, 'warning']]);
    expect(shown(onlyFinding(report, 'monitoring_missing'), 'zh-CN')).toBe('「数字经济增加值」2021年实绩未填报。该指标为仅监测指标；如本地区无此数据，请在说明栏注明原因。');
  });

  it('on the province’s own sheet the same empty cells are required: its target and the companion its target needs', () => {
    const report = check(firstYear(PROVINCE, { ...SMALL_COUNTY, digital: null, companion: null }));
    expect(findingsOf(report, 'required_missing').map((finding) => [finding.indicatorId, finding.code])).toEqual([
      [DIGITAL, 'check.required_missing'], [`${VA_GROWTH}#companion`, 'check.required_missing.companion'],
    ]);
  });
});

describe('a merged sheet of 越城区 with the province’s plan named first', () => {
  const YUECHENG = { name: '绍兴市越城区', code: '330602' };
  const merged = (values: { share: Entry; digital: Entry }) => sheet({ planIds: [PLAN, 'yuecheng-2021-2025'], reportingYear: 2025, years: [2025], merged: true, region: YUECHENG })
    .row(indicator('yuecheng-2021-2025.hightech-industry-va-share'), { 2025: values.share }, { id: 'concept:hightech_industry_va_share' })
    .row(indicator(DIGITAL), { 2025: values.digital }, { id: 'concept:digital_economy_va' })
    .build();

  it('judges a concept of its own plan by its own target (a value required), the province’s other rows as contributions', () => {
    const report = check(merged({ share: null, digital: null }));
    expect(report.findings.map((finding) => [finding.indicatorId, finding.code])).toEqual([
      ['concept:hightech_industry_va_share', 'check.required_missing'],
      ['concept:digital_economy_va', 'check.monitoring_missing'],
    ]);
    expect(shown(onlyFinding(report, 'required_missing'), 'zh-CN')).toContain('该指标有2025年目标“>66”');
  });
});
