import fc from 'fast-check';
import {
  checkReturn, buildCheckContext, DEFAULT_RULES, fail, type CellRule, type CheckRule, type SheetRule,
} from '../../../src/core/checks';
import type { CellValue } from '../../../src/core/returns';
import { catalogPlans, check, findingsOf, indicator, onlyFinding, sheet, tallyOf, type Entry } from '../../support/core/checks/builtSheets';
import { placeA1 } from '../../../src/core/form';
import { shown } from '../../support/shown';

const HIGHTECH = 'yuecheng-2021-2025.hightech-enterprises';
const SMES = 'yuecheng-2021-2025.tech-smes';
const RD = 'yuecheng-2021-2025.rd-gdp-share';

function yuecheng(rows: Array<[string, Record<number, Entry>, string?]>) {
  const builder = sheet({ planIds: ['yuecheng-2021-2025'], reportingYear: 2023, years: [2022, 2023] });
  for (const [id, values, explanation] of rows) builder.row(indicator(id), values, explanation === undefined ? {} : { explanation });
  return builder.build();
}

describe('checkReturn: the verdict', () => {
  it('accepted: no errors, no warnings', () => {
    const report = check(yuecheng([[HIGHTECH, { 2022: 400, 2023: 420 }], [RD, { 2022: 2.5, 2023: 2.6 }]]));
    expect(report).toMatchObject({ verdict: 'accepted', errors: 0, warnings: 0, unexplainedWarnings: 0, findings: [] });
  });

  it('accepted with explanations: every warning has its 说明', () => {
    const report = check(yuecheng([[HIGHTECH, { 2022: 400, 2023: 1300 }, '2023年新认定企业集中入库'], [RD, { 2022: 2.5, 2023: 2.6 }]]));
    expect(onlyFinding(report, 'yoy_change')).toMatchObject({ explained: true, explanation: '2023年新认定企业集中入库' });
    expect(report).toMatchObject({ verdict: 'accepted_with_explanations', errors: 0, warnings: 1, unexplainedWarnings: 0 });
  });

  it('rejected: a warning without explanation', () => {
    const report = check(yuecheng([[HIGHTECH, { 2022: 400, 2023: 1300 }], [RD, { 2022: 2.5, 2023: 2.6 }]]));
    expect(report).toMatchObject({ verdict: 'rejected', errors: 0, warnings: 1, unexplainedWarnings: 1 });
  });

  it('rejected: a 说明 of spaces explains nothing', () => {
    expect(check(yuecheng([[HIGHTECH, { 2022: 400, 2023: 1300 }, '   ']])).verdict).toBe('rejected');
  });

  it('rejected: an error, even explained (errors are corrected, not explained)', () => {
    const report = check(yuecheng([[HIGHTECH, { 2022: 400, 2023: '四百二十' }, '统计口径调整']]));
    expect(onlyFinding(report, 'not_a_number')).toMatchObject({ explained: false, explanation: '统计口径调整' });
    expect(report).toMatchObject({ verdict: 'rejected', errors: 1 });
  });
});

describe('checkReturn: a rule that breaks', () => {
  const throwsOnCells: CellRule = {
    id: 'broken_cell_rule', scope: 'cell', severity: 'warning', years: 'reporting', codes: [], description: 'throws',
    appliesTo: () => true,
    run: () => { throw new TypeError('cannot read properties of undefined'); },
  };
  const throwsOnSheet: SheetRule = {
    id: 'broken_sheet_rule', scope: 'sheet', severity: 'warning', codes: [], description: 'throws',
    run: () => { throw new Error('boom'); },
  };
  const undeclaredCode: CellRule = {
    id: 'undeclared_code', scope: 'cell', severity: 'warning', years: 'reporting', codes: ['check.yoy_change.up'], description: 'emits a code it did not declare',
    appliesTo: () => true,
    run: () => fail('check.yoy_change.down', {}),
  };

  it('is recorded as a rule_error finding per confrontation, and the other rules still run', () => {
    const built = yuecheng([[HIGHTECH, { 2023: 'abc' }], [SMES, { 2023: 1500 }]]);
    const report = check(built, { options: { rules: [...DEFAULT_RULES, throwsOnCells, throwsOnSheet] } });
    const broken = findingsOf(report, 'broken_cell_rule');
    expect(broken).toHaveLength(2);
    expect(broken[0]).toMatchObject({ code: 'check.rule_error', severity: 'error', ref: { sheet: built.sheet, row: 5, column: 4 }, params: { rule: 'broken_cell_rule', detail: 'TypeError: cannot read properties of undefined' } });
    expect(shown(broken[0], 'zh-CN')).toContain('检查规则“broken_cell_rule”运行出错');
    expect(onlyFinding(report, 'broken_sheet_rule')).toMatchObject({ code: 'check.rule_error', ref: null });
    expect(onlyFinding(report, 'not_a_number').value).toBe('abc');
    expect(tallyOf(report, 'broken_cell_rule')).toEqual({ passes: 0, fails: 0, notAvailable: 2 });
    expect(report.verdict).toBe('rejected');
  });

  it('a rule emitting a code it did not declare is a broken rule too', () => {
    const report = check(yuecheng([[HIGHTECH, { 2023: 420 }]]), { options: { rules: [undeclaredCode] } });
    expect(onlyFinding(report, 'undeclared_code')).toMatchObject({ code: 'check.rule_error', params: expect.objectContaining({ detail: 'Error: undeclared message code check.yoy_change.down' }) });
  });
});

describe('checkReturn: the summary', () => {
  it('counts passes, fails and not-available per rule and per indicator', () => {
    const built = yuecheng([[HIGHTECH, { 2022: 1, 2023: 'x' }], [SMES, { 2023: 5 }], [RD, {}]]);
    const report = check(built, { options: { rules: [DEFAULT_RULES.find((rule) => rule.id === 'not_a_number') as CheckRule] } });
    expect(report.summary.byRule).toEqual({ not_a_number: { passes: 2, fails: 1, notAvailable: 3 } });
    expect(report.summary.byIndicator).toEqual({
      [HIGHTECH]: { passes: 1, fails: 1, notAvailable: 0 },
      [SMES]: { passes: 1, fails: 0, notAvailable: 1 },
      [RD]: { passes: 0, fails: 0, notAvailable: 2 },
    });
  });

  it('lists every rule, confronted or not', () => {
    const report = check(yuecheng([[HIGHTECH, { 2023: 420 }]]));
    expect(Object.keys(report.summary.byRule).sort()).toEqual(DEFAULT_RULES.map((rule) => rule.id).sort());
  });

  it('lists findings top to bottom, left to right, sheet-wide ones first', () => {
    const built = sheet({ planIds: ['yuecheng-2021-2025'], reportingYear: 2023, years: [2022, 2023] })
      .row(indicator(HIGHTECH), { 2022: 'a', 2023: 'b' })
      .row(indicator(SMES), { 2022: 'c', 2023: 1500 })
      .observe({ code: 'structure.protection_removed' })
      .build();
    expect(check(built).findings.map((finding) => [finding.ref && placeA1(finding.ref), finding.code])).toEqual([
      [null, 'structure.protection_removed'],
      ['D6', 'check.not_a_number'],
      ['E6', 'check.not_a_number'],
      ['D7', 'check.not_a_number'],
    ]);
  });
});

describe('checkReturn: a merged sheet (one row per concept across plans)', () => {
  it('reads a concept row as the indicator the layout shows for it: the first plan’s current one', () => {
    const keqiao = indicator('keqiao-2021-2025.rd-gdp-share');
    const built = sheet({ planIds: ['keqiao-2021-2025', 'yuecheng-2021-2025'], reportingYear: 2023, years: [2023], merged: true })
      .row({ id: 'concept:rd_gdp_share', name: `${keqiao.name}*`, unit: '%' }, { 2023: 105 })
      .build();
    const report = check(built);
    expect(findingsOf(report, 'structure')).toEqual([]);
    expect(onlyFinding(report, 'hard_range')).toMatchObject({ indicatorId: 'concept:rd_gdp_share', code: 'check.hard_range.above_maximum' });
    expect(shown(onlyFinding(report, 'hard_range'))).toContain(`「${keqiao.name}」`);
  });
});

describe('checkReturn: any entry', () => {
  const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
    fc.constant<CellValue>({ type: 'empty' }),
    fc.double({ noNaN: false }).map((value): CellValue => ({ type: 'number', value })),
    fc.oneof(fc.string(), fc.constantFrom('75/1280', '是', '３．５', '22000家', '—', '1e400', '#')).map((value): CellValue => ({ type: 'text', value })),
    fc.boolean().map((value): CellValue => ({ type: 'boolean', value })),
    fc.constantFrom<CellValue>({ type: 'error', value: '#N/A' }, { type: 'date', value: '2023-01-01' }),
  );
  const indicators = catalogPlans().filter((plan) => ['yuecheng-2021-2025', 'shengzhou-116x-2024-2030', 'zj-opinions-2018'].includes(plan.plan.id))
    .flatMap((plan) => plan.indicators);

  it('never throws and never breaks a rule; every fail is a finding', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...indicators), cellValue, cellValue, fc.boolean()), { minLength: 1, maxLength: 8 }), (rows) => {
        const builder = sheet({ planIds: ['yuecheng-2021-2025', 'shengzhou-116x-2024-2030', 'zj-opinions-2018'], reportingYear: 2025, years: [2024, 2025] });
        for (const [source, previous, current, percent] of rows) {
          builder.row(source, { 2024: { value: previous }, 2025: percent ? { value: current, numberFormat: '0.0%' } : { value: current } });
        }
        const built = builder.build();
        const report = checkReturn(built, buildCheckContext(built, catalogPlans(), rows.map(([source]) => source.id)));
        expect(report.findings.filter((finding) => finding.code === 'check.rule_error')).toEqual([]);
        const fails = Object.values(report.summary.byRule).reduce((total, tally) => total + tally.fails, 0);
        expect(report.findings).toHaveLength(fails);
      }),
      { numRuns: 200 },
    );
  });
});
