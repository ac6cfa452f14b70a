/**
 * Decision 0243, in the rules runner: a 说明 the form's metadata records as carried from last year's return, left
 * unchanged, explains no warning about the reporting year, and a finding on its cell says why; an edited one does;
 * a warning about an earlier year's value is still explained by it; a form without the record reads as before.
 */
import { DEFAULT_RULES } from '../../../src/core/checks';
import type { CellRule } from '../../../src/core/checks/rule';
import { fail } from '../../../src/core/checks/rule';
import { placeA1 } from '../../../src/core/form';
import type { ReturnSheet } from '../../../src/core/returns';
import { shown } from '../../support/shown';
import { check, findingsOf, indicator, sheet } from '../../support/core/checks/builtSheets';

const HIGHTECH = 'zj-opinions-2018.hightech-enterprises';
const CARRIED = '2022年起按新口径统计（口径调整）';

/** 22000 typed in 2023 where 万家 is asked (a 10⁴ slip against 2022's 2.3), under `explanation`. */
function slipUnder(explanation: string, carried: string | null): ReturnSheet {
  const built = sheet({ planIds: ['zj-opinions-2018'], reportingYear: 2023, years: [2022, 2023] })
    .row(indicator(HIGHTECH), { 2022: 2.3, 2023: 22000 }, { explanation })
    .build();
  if (carried === null || built.metadata === null) return built;
  return { ...built, metadata: { ...built.metadata, carriedExplanations: { fromYear: 2022, texts: { [HIGHTECH]: carried } } } };
}

describe('a 说明 carried from last year’s return', () => {
  it('left unchanged, explains no warning about the reporting year, and its cell says why', () => {
    const built = slipUnder(CARRIED, CARRIED);
    const report = check(built);
    expect(findingsOf(report, 'magnitude_slip').map((finding) => [finding.explained, finding.explanation])).toEqual([[false, null]]);
    const [carried, ...more] = report.findings.filter((finding) => finding.code === 'check.explanation_carried');
    expect(more).toEqual([]);
    expect(carried).toMatchObject({ ruleId: 'explanation', severity: 'warning', explained: false, value: CARRIED });
    const cell = built.rows[0]?.explanation.address;
    expect(carried?.ref === null || carried?.ref === undefined ? null : placeA1(carried.ref)).toBe(cell);
    expect(carried === undefined ? '' : shown(carried, 'zh-CN')).toBe(
      `「高新技术企业」的说明（${cell}）是由 2022 年报表带入的原文，未改动：它写的是 2022 年的情况，不能说明本表 2023 年数值的 1 处警告。请先核实 2023 年的数值；核实无误的，在说明栏写明 2023 年的情况。`,
    );
    expect(report.verdict).toBe('rejected');
  });

  it('edited, explains it as any 说明 does', () => {
    const report = check(slipUnder('2023年新认定企业较多，单位为家，已核实', CARRIED));
    expect(findingsOf(report, 'magnitude_slip').map((finding) => finding.explained)).toEqual([true]);
    expect(report.findings.filter((finding) => finding.code === 'check.explanation_carried')).toEqual([]);
    expect(report.verdict).toBe('accepted_with_explanations');
  });

  it('without the record (a form made before it was kept), explains it as before', () => {
    const report = check(slipUnder(CARRIED, null));
    expect(findingsOf(report, 'magnitude_slip').map((finding) => finding.explained)).toEqual([true]);
    expect(report.verdict).toBe('accepted_with_explanations');
  });

  it('still explains a warning about an earlier year’s value, the year it was written for', () => {
    const earlier: CellRule = {
      id: 'test_every_year', scope: 'cell', severity: 'warning', years: 'every', codes: ['check.magnitude_slip.previous'], description: 'test',
      appliesTo: (subject) => subject.year === 2022,
      run: (subject) => fail('check.magnitude_slip.previous', { name: subject.indicator.name }),
    };
    const report = check(slipUnder(CARRIED, CARRIED), { options: { rules: [...DEFAULT_RULES, earlier] } });
    expect(findingsOf(report, 'test_every_year').map((finding) => [finding.explained, finding.explanation])).toEqual([[true, CARRIED]]);
    expect(findingsOf(report, 'magnitude_slip').map((finding) => finding.explained)).toEqual([false]);
  });
});
