/**
 * One return that breaks every rule in every way it has a message for, for the locale tests: each finding's
 * wording must come from the tables. Built from real catalog indicators, like the rule tests.
 */
import type { CrossIndicatorRule, PlanCatalog } from '../../../../src/core/catalog/index';
import { DEFAULT_RULES, type CellRule, type CheckOptions } from '../../../../src/core/checks/index';
import type { ReaderObservation, ReturnSheet } from '../../../../src/core/returns/index';
import type { Indicator } from '../../../../src/core/catalog/index';
import { parseNotation } from '../../../../src/core/notation/index';
import { booleanCell, catalogWith, dateCell, errorCell, formulaCell, indicator, percentCell, sheet, variantOf, type CheckSpec } from './builtSheets';

const PLAN_IDS = ['yuecheng-2021-2025', 'shengzhou-116x-2024-2030', 'zj-opinions-2018', 'zj-hightech-industry-2021-2025'];

const OBSERVATIONS: ReaderObservation['code'][] = [
  'structure.metadata_missing', 'structure.metadata_unreadable', 'structure.header_changed', 'structure.merged_entry_cells',
  'structure.protection_removed', 'dangerous.external_reference', 'structure.sheet_renamed', 'structure.sheet_copied',
  'structure.sheet_missing', 'structure.frame_changed', 'structure.printed_value_changed', 'structure.formula_replaced',
  'dangerous.dde', 'dangerous.network', 'dangerous.code', 'dangerous.indirect', 'dangerous.defined_name', 'dangerous.formula_elsewhere',
  'dangerous.macro_project', 'dangerous.external_link', 'dangerous.ole_object', 'dangerous.linked_picture', 'dangerous.data_connection',
  'dangerous.hyperlink', 'dangerous.hyperlink_at', 'form.number_format_hides', 'form.sheet_hidden', 'form.row_hidden', 'form.columns_hidden', 'form.protection_password',
  'form.conditional_formats_changed', 'form.validation_changed', 'form.cell_unlocked', 'form.metadata_visible',
  'structure.catalog_version_unknown', 'structure.catalog_version_unavailable',
  'structure.cached_result_forged',
  'structure.cover_changed', 'structure.locked_cell_changed', 'form.workbook_locked', 'form.style_hides', 'form.number_format_changed',
  'dangerous.custom_ui', 'form.sheet_lookalike', 'form.drawing_over',
  'form.zeros_hidden', 'form.number_format_changed_general',
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

const CARRIED = '2024年起按新口径统计，数值已核实';

export interface KitchenSink {
  sheet: ReturnSheet;
  spec: CheckSpec;
  catalogs: PlanCatalog[];
}

/** A 家 indicator with no baseline: its magnitude comes from a target, else from a footnote's reference value. */
function magnitudeOnly(id: string, role: 'target' | 'reference', raw: string): Indicator {
  const parsed = parseNotation(raw);
  if (!parsed.ok) throw new Error(`unreadable ${raw}`);
  const base = indicator('yuecheng-2021-2025.hightech-enterprises');
  return { ...base, id, values: [{ year: 2025, role, raw, parsed: parsed.value, ...(role === 'reference' ? { region: '浙江' } : {}) }] };
}

export function kitchenSink(): KitchenSink {
  const y = (id: string) => indicator(`yuecheng-2021-2025.${id}`);
  const s = (id: string) => indicator(`shengzhou-116x-2024-2030.${id}`);
  const o = (id: string) => indicator(`zj-opinions-2018.${id}`);
  const investment = 'yuecheng-2021-2025.hightech-industry-investment-growth';
  const below = variantOf(investment, 'yuecheng-2021-2025.test-below', 2025, '低于固定资产投资增速');
  const atMost = variantOf(investment, 'yuecheng-2021-2025.test-at-most', 2025, '不高于固定资产投资增速 2 个百分点');
  const byTarget = magnitudeOnly('yuecheng-2021-2025.test-by-target', 'target', '500家');
  const byReference = magnitudeOnly('yuecheng-2021-2025.test-by-reference', 'reference', '5000家');
  const byReferenceTiny = magnitudeOnly('yuecheng-2021-2025.test-by-reference-tiny', 'reference', '5000家');
  const huge = magnitudeOnly('yuecheng-2021-2025.test-huge', 'target', '500家');
  // The sheet is 越城区's: the rows of the province's and 嵊州's plans are its contributions, not judged (decision 0050),
  // so the codes that need a target, a margin or a printed baseline are raised on rows of its own plan.
  const byTargetSmall = magnitudeOnly('yuecheng-2021-2025.test-by-target-small', 'target', '500家');
  const margin = variantOf(investment, 'yuecheng-2021-2025.test-margin', 2025, '高于固定资产投资增速 1 个百分点');
  const noCompanion = variantOf(investment, 'yuecheng-2021-2025.test-no-companion', 2025, '高于固定资产投资增速');
  // A share with no baseline ("—") compared with its target (3.0) when typed as a fraction.
  const shareByTarget = { ...y('industrial-rd-revenue-share'), id: 'yuecheng-2021-2025.test-share-by-target' };
  const builder = sheet({ planIds: PLAN_IDS, reportingYear: 2025, years: [2024, 2025, 2026] })
    .row(y('hightech-enterprises'), { 2024: 400, 2025: '四百' })
    .row(y('tech-smes'), { 2024: 1500, 2025: errorCell('#N/A') })
    .row(y('tech-market-turnover'), { 2025: 170000 })
    .row(y('rd-gdp-share'), { 2024: 2.9, 2025: 0.03 })
    .row({ id: 'yuecheng-2021-2025.rd-gdp-share#numerator', name: '全社会R&D经费支出', unit: '亿元' }, { 2025: 50 })
    .row({ id: 'yuecheng-2021-2025.rd-gdp-share#denominator', name: '地区生产总值', unit: '亿元' }, { 2025: 1500 })
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
    .row(y('national-hightech-zone-rank'), { 2024: formulaCell('D6*2', 40), 2025: '前五十' })
    .row(indicator('zj-hightech-industry-2021-2025.hangzhou-ningbo-hightech-zone-rank'), { 2025: booleanCell(true) })
    .row(indicator('zj-opinions-2018.complexes-cluster-coverage'), { 2024: 100, 2025: formulaCell('D6', 1) })
    .row(s('manufacturing-va-gdp-share'), { 2025: formulaCell('D6*2', 60) })
    // A 说明 that says nothing under a warning: a finding of its own (on a row with nothing to explain it is none).
    .row(s('tech-transaction-value'), { 2024: 40, 2025: 10 }, { explanation: '同上' })
    .row(s('innovation-consortia'), { 2024: 14, 2025: 0 })
    .row(s('industrial-new-product-output-rate'), { 2024: 45, 2025: 20 })
    .row(s('large-manufacturing-projects'), { 2024: 2, 2025: -1 })
    .row(s('business-burden-reduction'), { 2024: 18, 2025: 12 })
    .row(s('high-value-invention-patents-per-10k'), { 2025: 90000 })
    .row(y('special-support-talent'), { 2025: 100 }, { name: '特支计划人才' })
    .row(y('biomedicine-output'), { 2025: 900 }, { unit: '万元' })
    .row(y('labour-productivity-growth'), { 2025: 7 }, { id: null })
    .row(y('tech-smes'), { 2025: 1500 }, { explanation: { value: { type: 'text', value: '因统计口径调整，新增了培育企业' }, formula: '"-"' } })
    .row(y('industrial-rd-revenue-share'), { 2025: percentCell(0.021) })
    .row(y('high-level-talent-cumulative'), { 2025: '1,800' })
    .row(y('enterprise-rd-expenditure-coverage'), { 2025: '达到' })
    .row(indicator('zj-opinions-2018.industrial-county-hightech-park-coverage'), { 2025: booleanCell(false) })
    .row(y('fiscal-st-budget-growth'), { 2025: 3, 2026: 4 }, { explanation: '同上' })
    .row(y('innovation-voucher-use'), {}, { explanation: '口径调整。'.repeat(120) })
    .row(s('industrial-output'), { 2025: 8_643_000 })
    // 零的突破 takes a count, and last year's 1.5 is none (decision 0270).
    .row(s('chain-leader-enterprises'), { 2024: 1.5, 2025: formulaCell('300', 650) })
    .row(s('hq-leading-enterprises'), { 2025: formulaCell('D6*2', 12) })
    .row(byTarget, { 2025: 5_000_000 })
    .row(byReference, { 2025: 50_000_000 })
    .row(byReferenceTiny, { 2025: 0.5 })
    .row(huge, { 2025: 1e300 })
    .row(byTargetSmall, { 2025: 0.05 })
    .row(margin, { 2025: 8.5 })
    .row({ id: `${margin.id}#companion`, name: '固定资产投资增速', unit: '%' }, { 2025: 8 })
    .row(noCompanion, { 2025: 9 })
    .row({ id: `${noCompanion.id}#companion`, name: '固定资产投资增速', unit: '%' }, {})
    .row(y('high-value-invention-patents-per-10k'), { 2024: 16, 2025: 160_000 }, { explanation: CARRIED })
    .row(shareByTarget, { 2025: 0.03 })
    .row({ id: 'yuecheng-2021-2025.no-such-row', name: '自增指标', unit: '个' }, { 2025: 1 });
  for (const code of OBSERVATIONS) {
    // Observations about the workbook rather than a cell of the sheet say what they saw in `detail`.
    const detail = ({
      'structure.cover_changed': 'B6', 'form.workbook_locked': 'lockStructure',
      // A reason that needs words of its own, nested twice: worded in the finding's language, from the tables.
      'form.style_hides': { code: 'form.style_hides.run', params: { look: { code: 'form.style_hides.colour', params: { color: '#FFFFFF', fill: '#FFFFFF' } }, text: '四百' } },
      'form.number_format_changed': '6.6 → 660%', 'form.number_format_changed_general': '6.6 → 7', 'form.sheet_lookalike': 'Sheet1', 'dangerous.hyperlink_at': 'Sheet1!Q15',
    } as Partial<Record<ReaderObservation['code'], ReaderObservation['detail']>>)[code];
    builder.observe({ code, at: { row: 0, column: 0 }, ...(detail === undefined ? {} : { detail }) });
  }
  const read = builder.build();
  const beside = read.rows.find((row) => row.indicatorId === s('industrial-output').id) ?? null;
  // Typed beside the form: a note below it, a number in an indicator's row (the content_outside rule).
  const built: ReturnSheet = {
    ...read,
    // A 说明 carried unchanged from last year's return (template --from) explains none of this year's warnings.
    metadata: read.metadata === null ? null : { ...read.metadata, carriedExplanations: { fromYear: 2024, texts: { [y('high-value-invention-patents-per-10k').id]: CARRIED } } },
    outside: [
      { row: 60, col: 0, cell: { value: { type: 'text', value: '注：部分为估计数' } }, tableRow: null, headerYear: null, isHeader: false },
      { row: beside?.row ?? 0, col: 30, cell: { value: { type: 'number', value: 8_600_000 } }, tableRow: beside, headerYear: null, isHeader: false },
    ],
  };
  const onSheet = built.rows.map((row) => row.indicatorId).filter((id): id is string => id !== null && id !== 'yuecheng-2021-2025.no-such-row');
  const unique = [...new Set(onSheet)];
  // The generated order had the first row last, and one row that is no longer on the sheet.
  const expectedRowIds = [...unique.slice(1), unique[0] ?? '', 'yuecheng-2021-2025.biomedicine-output-deleted'];
  const catalogs = catalogWith('yuecheng-2021-2025', [below, atMost, byTarget, byReference, byReferenceTiny, huge, byTargetSmall, margin, noCompanion, shareByTarget])
    .map((plan) => (plan.plan.id === 'shengzhou-116x-2024-2030' ? { ...plan, rules: [...plan.rules, ...testRules()] } : plan));
  const options: Partial<CheckOptions> = { rules: [...DEFAULT_RULES, brokenRule] };
  return { sheet: built, spec: { expectedRowIds, catalogs, options }, catalogs };
}
