/**
 * One return that breaks every rule in every way it has a message for, for the locale tests: each finding's
 * wording must come from the tables. Built from real catalog indicators, like the rule tests.
 */
import type { CrossIndicatorRule, PlanCatalog } from '../../../src/core/catalog';
import { DEFAULT_RULES, type CellRule, type CheckOptions } from '../../../src/core/checks';
import type { ReaderObservation, ReturnSheet } from '../../../src/core/returns';
import { booleanCell, catalogWith, dateCell, errorCell, indicator, sheet, variantOf, type CheckSpec } from './support';

const PLAN_IDS = ['yuecheng-2021-2025', 'shengzhou-116x-2024-2030', 'zj-opinions-2018', 'zj-hightech-industry-2021-2025'];

const OBSERVATIONS: ReaderObservation['code'][] = [
  'structure.metadata_missing', 'structure.metadata_unreadable', 'structure.header_changed', 'structure.merged_entry_cells',
  'structure.protection_removed', 'structure.external_reference', 'structure.sheet_renamed', 'structure.sheet_copied',
  'structure.sheet_missing', 'structure.frame_changed', 'structure.printed_value_changed', 'structure.formula_replaced',
];

const brokenRule: CellRule = {
  id: 'broken', scope: 'cell', severity: 'warning', years: 'reporting', codes: [], description: 'always throws',
  appliesTo: (subject) => subject.indicator.id === 'yuecheng-2021-2025.hightech-enterprises',
  run: () => { throw new Error('broken on purpose'); },
};

function testRules(): CrossIndicatorRule[] {
  const concept = (id: string) => indicator(id).concept;
  const source = { seed: 'test', line: 1, kind: 'prose' as const };
  return [
    {
      id: 'test.two-fall', planId: 'shengzhou-116x-2024-2030', kind: 'joint_decline', severity: 'warning', raw: '（测试）', source,
      indicators: [concept('shengzhou-116x-2024-2030.industrial-new-product-output-rate'), concept('shengzhou-116x-2024-2030.large-manufacturing-projects')],
    },
    {
      id: 'test.three-fall', planId: 'shengzhou-116x-2024-2030', kind: 'joint_decline', severity: 'warning', raw: '（测试）', source, consequence: '通报',
      indicators: [
        concept('shengzhou-116x-2024-2030.industrial-new-product-output-rate'), concept('shengzhou-116x-2024-2030.large-manufacturing-projects'),
        concept('shengzhou-116x-2024-2030.business-burden-reduction'),
      ],
    },
  ];
}

export interface KitchenSink {
  sheet: ReturnSheet;
  spec: CheckSpec;
  catalogs: PlanCatalog[];
}

export function kitchenSink(locales?: CheckOptions['locales']): KitchenSink {
  const y = (id: string) => indicator(`yuecheng-2021-2025.${id}`);
  const s = (id: string) => indicator(`shengzhou-116x-2024-2030.${id}`);
  const o = (id: string) => indicator(`zj-opinions-2018.${id}`);
  const investment = 'yuecheng-2021-2025.hightech-industry-investment-growth';
  const below = variantOf(investment, 'yuecheng-2021-2025.test-below', 2025, '低于固定资产投资增速');
  const atMost = variantOf(investment, 'yuecheng-2021-2025.test-at-most', 2025, '不高于固定资产投资增速 2 个百分点');
  const builder = sheet({ planIds: PLAN_IDS, reportingYear: 2025, years: [2024, 2025] })
    .row(y('hightech-enterprises'), { 2024: 400, 2025: '四百' })
    .row(y('tech-smes'), { 2024: 1500, 2025: errorCell('#N/A') })
    .row(y('tech-market-turnover'), { 2025: 170000 })
    .row(y('rd-gdp-share'), { 2024: 2.9, 2025: 0.03 })
    .row(y('digital-core-va-gdp-share'), { 2025: 0.05 })
    .row(y('hightech-industry-va-share'), { 2024: 60, 2025: 105 })
    .row(y('new-provincial-enterprise-rd-institutions'), {})
    .row(s('future-industry-pilot-zones'), {})
    .row(y('provincial-incubators-maker-spaces'), { 2024: 26, 2025: 90 })
    .row(y('hightech-industry-investment-growth'), { 2024: 10, 2025: 5 })
    .row({ id: `${investment}#companion`, name: '固定资产投资增速', unit: '%' }, { 2025: 8 })
    .row(below, { 2025: 9 })
    .row({ id: `${below.id}#companion`, name: '固定资产投资增速', unit: '%' }, { 2025: 8 })
    .row(atMost, { 2025: 7 })
    .row({ id: `${atMost.id}#companion`, name: '固定资产投资增速', unit: '%' }, { 2025: 8 })
    .row(indicator('zj-hightech-industry-2021-2025.hightech-industry-investment-growth'), { 2025: 12 })
    .row({ id: 'zj-hightech-industry-2021-2025.hightech-industry-investment-growth#companion', name: '固定资产投资增速', unit: '%' }, {})
    .row(o('hightech-enterprises'), { 2024: 2.3, 2025: 22000 })
    .row(y('rd-personnel-per-10k-employed'), { 2025: 750000 })
    .row(indicator('zj-hightech-industry-2021-2025.hightech-industry-va-growth'), { 2025: 8.5 })
    .row({ id: 'zj-hightech-industry-2021-2025.hightech-industry-va-growth#companion', name: '工业增加值增速', unit: '%' }, { 2025: 8 })
    .row(s('first-unit-products'), { 2024: 45, 2025: 50 })
    .row(s('intl-domestic-first-unit-products'), { 2024: 55, 2025: 60 })
    .row(s('tech-smes'), { 2024: 1100, 2025: '75/1200' })
    .row(o('fiscal-st-spending-growth'), { 2024: 12, 2025: 8 })
    .row(s('enterprise-technology-centres'), { 2024: 15, 2025: 16.5 })
    .row(s('leading-talents'), { 2025: '95元' })
    .row(s('little-giant-enterprises'), { 2025: dateCell('2025-03-15') })
    .row(s('high-skilled-workers-trained'), { 2025: booleanCell(true) })
    .row(y('enterprise-rd-institution-coverage'), { 2025: '基本覆盖' })
    .row(s('hightech-enterprises'), { 2025: 'a/b' })
    .row(y('national-hightech-zone-rank'), { 2025: '前五十' })
    .row(s('tech-transaction-value'), { 2024: 40, 2025: 10 })
    .row(s('industrial-new-product-output-rate'), { 2024: 45, 2025: 20 })
    .row(s('large-manufacturing-projects'), { 2024: 2, 2025: -1 })
    .row(s('business-burden-reduction'), { 2024: 18, 2025: 12 })
    .row(s('high-value-invention-patents-per-10k'), { 2025: 90000 })
    .row(y('special-support-talent'), { 2025: 100 }, { name: '特支计划人才' })
    .row(y('biomedicine-output'), { 2025: 900 }, { unit: '万元' })
    .row(y('labour-productivity-growth'), { 2025: 7 }, { id: null })
    .row(y('tech-smes'), { 2025: 1500 })
    .row({ id: 'yuecheng-2021-2025.no-such-row', name: '自增指标', unit: '个' }, { 2025: 1 });
  for (const code of OBSERVATIONS) builder.observe({ code, at: { row: 0, column: 0 } });
  const built = builder.build();
  const onSheet = built.rows.map((row) => row.indicatorId).filter((id): id is string => id !== null && id !== 'yuecheng-2021-2025.no-such-row');
  const unique = [...new Set(onSheet)];
  // The generated order had the first row last, and one row that is no longer on the sheet.
  const expectedRowIds = [...unique.slice(1), unique[0] ?? '', 'yuecheng-2021-2025.biomedicine-output-deleted'];
  const catalogs = catalogWith('yuecheng-2021-2025', [below, atMost])
    .map((plan) => (plan.plan.id === 'shengzhou-116x-2024-2030' ? { ...plan, rules: [...plan.rules, ...testRules()] } : plan));
  const options: Partial<CheckOptions> = { rules: [...DEFAULT_RULES, brokenRule], ...(locales === undefined ? {} : { locales }) };
  return { sheet: built, spec: { expectedRowIds, catalogs, options }, catalogs };
}
