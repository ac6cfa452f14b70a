import type { CrossIndicatorRule, PlanCatalog } from '../../../../src/core/catalog';
import { refOf, catalogPlans, check, findingsOf, indicator, onlyFinding, sheet, tallyOf, type Entry } from '../../../support/core/checks/builtSheets';
import { shown } from '../../../support/shown';

const RD = 'zj-opinions-2018.rd-gdp-share';
const FISCAL = 'zj-opinions-2018.fiscal-st-spending-growth';

function opinions(rd: Record<number, Entry>, fiscal: Record<number, Entry>, explanation?: string) {
  return sheet({ planIds: ['zj-opinions-2018'], reportingYear: 2023, years: [2022, 2023] })
    .row(indicator(RD), rd)
    .row(indicator(FISCAL), fiscal, explanation === undefined ? {} : { explanation })
    .build();
}

describe('rule joint_decline (the 2018 opinions’ 一票否优)', () => {
  it('valid: only one of the two falls', () => {
    const report = check(opinions({ 2022: 2.9, 2023: 2.8 }, { 2022: 8, 2023: 12 }));
    expect(findingsOf(report, 'joint_decline')).toEqual([]);
    expect(tallyOf(report, 'joint_decline')).toEqual({ passes: 1, fails: 0, notAvailable: 0 });
  });

  it('invalid: R&D ratio and fiscal S&T spending growth both fall', () => {
    const built = opinions({ 2022: 2.9, 2023: 2.8 }, { 2022: 12, 2023: 8 });
    const report = check(built);
    const finding = onlyFinding(report, 'joint_decline');
    expect(finding).toMatchObject({
      ref: refOf(built, RD, 2023), indicatorId: RD, severity: 'warning', code: 'check.joint_decline', value: '2.8 / 8', expected: '≥ 2.9 / ≥ 12',
    });
    expect(shown(finding, 'zh-CN')).toContain('两项同时下降，考核时将实行“一票否优”');
    expect(shown(finding, 'zh-CN')).toContain('「财政科技投入增幅」由上年 12% 降至 8%');
    expect(report.verdict).toBe('rejected');
  });

  it('explained in the 说明 of either row', () => {
    const report = check(opinions({ 2022: 2.9, 2023: 2.8 }, { 2022: 12, 2023: 8 }, '上年含一次性专项资金'));
    expect(onlyFinding(report, 'joint_decline')).toMatchObject({ explained: true, explanation: '上年含一次性专项资金' });
  });

  it('applies to a district sheet through the concepts (越城区 rows, the opinions among the plans)', () => {
    const built = sheet({ planIds: ['yuecheng-2021-2025', 'zj-opinions-2018'], reportingYear: 2023, years: [2022, 2023] })
      .row(indicator('yuecheng-2021-2025.rd-gdp-share'), { 2022: 2.6, 2023: 2.5 })
      .row(indicator('yuecheng-2021-2025.fiscal-st-budget-growth'), { 2022: 15, 2023: 9 })
      .build();
    expect(onlyFinding(check(built), 'joint_decline').indicatorId).toBe('yuecheng-2021-2025.rd-gdp-share');
  });

  it('is generic over the catalog’s rules: concepts, consequence and severity come from the data', () => {
    const rule: CrossIndicatorRule = {
      id: 'test.hightech-smes-joint-decline', planId: 'yuecheng-2021-2025', kind: 'joint_decline', indicators: ['hightech_enterprises', 'tech_smes'],
      severity: 'error', raw: '（测试规则）', source: { seed: 'test', line: 1, kind: 'prose' },
    };
    const yuecheng = catalogPlans().find((plan) => plan.plan.id === 'yuecheng-2021-2025') as PlanCatalog;
    const built = sheet({ planIds: ['yuecheng-2021-2025'], reportingYear: 2023, years: [2022, 2023] })
      .row(indicator('yuecheng-2021-2025.hightech-enterprises'), { 2022: 400, 2023: 390 })
      .row(indicator('yuecheng-2021-2025.tech-smes'), { 2022: 1500, 2023: 1490 })
      .build();
    const report = check(built, { catalogs: [{ ...yuecheng, rules: [rule] }] });
    expect(onlyFinding(report, 'joint_decline')).toMatchObject({ severity: 'error', code: 'check.joint_decline.no_consequence' });
  });

  it('undecidable: a value or last year’s value missing, or one of the indicators not on the sheet', () => {
    expect(tallyOf(check(opinions({ 2022: 2.9, 2023: 2.8 }, { 2023: 8 })), 'joint_decline')).toEqual({ passes: 0, fails: 0, notAvailable: 1 });
    const rdOnly = sheet({ planIds: ['zj-opinions-2018'], reportingYear: 2023, years: [2022, 2023] }).row(indicator(RD), { 2022: 2.9, 2023: 2.8 }).build();
    expect(tallyOf(check(rdOnly), 'joint_decline')).toEqual({ passes: 0, fails: 0, notAvailable: 1 });
  });

  it('not confronted where none of its indicators is on the sheet', () => {
    const other = sheet({ planIds: ['zj-opinions-2018'], reportingYear: 2023, years: [2023] }).row(indicator('zj-opinions-2018.hightech-enterprises'), { 2023: 2 }).build();
    expect(tallyOf(check(other), 'joint_decline')).toEqual({ passes: 0, fails: 0, notAvailable: 0 });
  });
});
