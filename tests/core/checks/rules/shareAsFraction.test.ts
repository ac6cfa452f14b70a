import { refOf, check, findingsOf, indicator, onlyFinding, percentCell, sheet, tallyOf, type Entry } from '../../../support/core/checks/builtSheets';
import { shown } from '../../../support/shown';

const RD = 'yuecheng-2021-2025.rd-gdp-share';

function rd(values: Record<number, Entry>, years = [2022, 2023]) {
  return sheet({ planIds: ['yuecheng-2021-2025'], reportingYear: 2023, years }).row(indicator(RD), values).build();
}

describe('rule share_as_fraction (warning)', () => {
  it('valid: a share typed as a percentage', () => {
    expect(findingsOf(check(rd({ 2022: 2.5, 2023: 2.6 })), 'share_as_fraction')).toEqual([]);
  });

  it('2.6% typed into a percent-formatted cell (stored 0.026, which the sheet computes with) is not counted: type 2.6', () => {
    const report = check(rd({ 2022: 2.5, 2023: percentCell(0.026) }));
    expect(findingsOf(report, 'share_as_fraction')).toEqual([]);
    expect(onlyFinding(report, 'not_a_number')).toMatchObject({ code: 'check.not_a_number.percent_format', value: '2.6%', expected: '2.6' });
  });

  it('invalid: 0.026 where last year was 2.5', () => {
    const built = rd({ 2022: 2.5, 2023: 0.026 });
    const finding = onlyFinding(check(built), 'share_as_fraction');
    expect(finding).toMatchObject({
      ref: refOf(built, RD, 2023), severity: 'warning', code: 'check.share_as_fraction.previous', value: '0.026', expected: '≈ 2.6',
    });
    expect(shown(finding, 'zh-CN')).toBe(
      '「全社会R&D经费支出占GDP比重」2023年实绩 0.026 疑似把百分比填成了小数（上年为 2.5%）：0.026 应填为 2.6。请核实；如无误请在说明栏注明原因。',
    );
  });

  it('invalid: against the printed baseline (2.4 in 2020) when last year is unknown', () => {
    const finding = onlyFinding(check(rd({ 2023: 0.026 }, [2023])), 'share_as_fraction');
    expect(finding).toMatchObject({ code: 'check.share_as_fraction.baseline', params: expect.objectContaining({ reference: 2.4, referenceYear: 2020 }) });
  });

  it('regression: a first-year return of a share without a baseline is compared with its target (3.0 in 2025)', () => {
    const NO_BASELINE = 'yuecheng-2021-2025.industrial-rd-revenue-share';
    const built = sheet({ planIds: ['yuecheng-2021-2025'], reportingYear: 2021, years: [2021] }).row(indicator(NO_BASELINE), { 2021: 0.026 }).build();
    const finding = onlyFinding(check(built), 'share_as_fraction');
    expect(finding).toMatchObject({ code: 'check.share_as_fraction.target', value: '0.026', expected: '≈ 2.6', params: expect.objectContaining({ reference: 3, referenceYear: 2025 }) });
    expect(shown(finding, 'zh-CN')).toBe(
      '「规上工业企业R&D经费支出占营业收入比重」2021年实绩 0.026 疑似把百分比填成了小数（2025年目标为 3%）：0.026 应填为 2.6。请核实；如无误请在说明栏注明原因。',
    );
    const typedRight = sheet({ planIds: ['yuecheng-2021-2025'], reportingYear: 2021, years: [2021] }).row(indicator(NO_BASELINE), { 2021: 2.6 }).build();
    expect(findingsOf(check(typedRight), 'share_as_fraction')).toEqual([]);
  });

  it('a small share far from 1/100 of last year is something else, not a fraction', () => {
    expect(findingsOf(check(rd({ 2022: 2.5, 2023: 0.5 })), 'share_as_fraction')).toEqual([]);
  });

  it('undecidable: no value, or a reference below 1 (a fraction cannot be told from a small share)', () => {
    expect(tallyOf(check(rd({ 2022: 2.5 })), 'share_as_fraction')).toEqual({ passes: 0, fails: 0, notAvailable: 1 });
    expect(tallyOf(check(rd({ 2022: 0.8, 2023: 0.5 })), 'share_as_fraction')).toEqual({ passes: 0, fails: 0, notAvailable: 1 });
  });
});
