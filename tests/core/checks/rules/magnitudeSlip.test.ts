import { refOf, check, findingsOf, indicator, onlyFinding, sheet, tallyOf, type Entry } from '../../../support/core/checks/builtSheets';
import { shown } from '../../../support/shown';

const OPINIONS_HIGHTECH = 'zj-opinions-2018.hightech-enterprises';
const TURNOVER = 'yuecheng-2021-2025.tech-market-turnover';
const HIGHTECH = 'yuecheng-2021-2025.hightech-enterprises';
const PATENTS_116X = 'shengzhou-116x-2024-2030.high-value-invention-patents-per-10k';

function oneRow(id: string, values: Record<number, Entry>, years: number[], reportingYear: number) {
  return sheet({ planIds: [id.split('.')[0] ?? ''], reportingYear, years }).row(indicator(id), values).build();
}

describe('rule magnitude_slip (warning)', () => {
  it('valid: a value of the same order as last year', () => {
    const report = check(oneRow(OPINIONS_HIGHTECH, { 2022: 2.3, 2023: 2.4 }, [2022, 2023], 2023));
    expect(findingsOf(report, 'magnitude_slip')).toEqual([]);
    expect(tallyOf(report, 'magnitude_slip').passes).toBe(1);
  });

  it('invalid: 家 typed where 万家 is asked (about 10⁴ times last year)', () => {
    const built = oneRow(OPINIONS_HIGHTECH, { 2022: 2.3, 2023: 22000 }, [2022, 2023], 2023);
    const finding = onlyFinding(check(built), 'magnitude_slip');
    expect(finding).toMatchObject({
      ref: refOf(built, OPINIONS_HIGHTECH, 2023), severity: 'warning', code: 'check.magnitude_slip.previous.unit',
      value: '22000', expected: '≈ 2.3', explained: false,
    });
    expect(shown(finding, 'zh-CN')).toBe('「高新技术企业」2023年实绩 22000 与上年 2.3 相差约 10⁴ 倍，可能把“万家”填成了“家”，请核实单位；如无误请在说明栏注明原因。');
  });

  it('invalid: 万元 typed where 亿元 is asked, against the printed baseline when last year is unknown', () => {
    const built = oneRow(TURNOVER, { 2023: 150000 }, [2023], 2023);
    const finding = onlyFinding(check(built), 'magnitude_slip');
    expect(finding).toMatchObject({ code: 'check.magnitude_slip.baseline.unit', expected: '≈ 14' });
    expect(finding.params).toMatchObject({ typedUnit: '万元', askedUnit: '亿元', referenceYear: 2020, factor: '10⁴' });
    expect(shown(finding, 'zh-CN')).toContain('与2020年基期值 14 相差约 10⁴ 倍，可能把“亿元”填成了“万元”');
  });

  it('invalid: 元 typed where 亿元 is asked (10⁸)', () => {
    const finding = onlyFinding(check(oneRow(TURNOVER, { 2022: 16, 2023: 1.6e9 }, [2022, 2023], 2023)), 'magnitude_slip');
    expect(finding.params).toMatchObject({ factor: '10⁸', typedUnit: '元' });
  });

  it('invalid: 万家 typed where 家 is asked (1/10⁴)', () => {
    const finding = onlyFinding(check(oneRow(HIGHTECH, { 2022: 400, 2023: 0.0412 }, [2022, 2023], 2023)), 'magnitude_slip');
    expect(finding.params).toMatchObject({ typedUnit: '万家', askedUnit: '家' });
  });

  it('invalid: without a unit to name, the message speaks of 万 and 亿', () => {
    const finding = onlyFinding(check(oneRow(PATENTS_116X, { 2025: 90000 }, [2025], 2025)), 'magnitude_slip');
    expect(finding.code).toBe('check.magnitude_slip.previous');
    expect(shown(finding, 'zh-CN')).toContain('可能混淆了“万”“亿”等计量单位');
  });

  it('is reported once: yoy_change leaves a unit slip to this rule', () => {
    const report = check(oneRow(OPINIONS_HIGHTECH, { 2022: 2.3, 2023: 22000 }, [2022, 2023], 2023));
    expect(findingsOf(report, 'yoy_change')).toEqual([]);
  });

  it('a change by 10² is no unit slip (yoy_change reports it)', () => {
    const report = check(oneRow(HIGHTECH, { 2022: 400, 2023: 40000 }, [2022, 2023], 2023));
    expect(findingsOf(report, 'magnitude_slip')).toEqual([]);
    expect(findingsOf(report, 'yoy_change')).toHaveLength(1);
  });

  it('undecidable: no value, or nothing to compare with', () => {
    expect(tallyOf(check(oneRow(OPINIONS_HIGHTECH, { 2022: 2.3 }, [2022, 2023], 2023)), 'magnitude_slip').notAvailable).toBe(1);
    // Without last year or a baseline the target gives the magnitude (issue 10.4): no longer undecidable.
    expect(tallyOf(check(oneRow('yuecheng-2021-2025.biomedicine-output', { 2023: 1e11 }, [2023], 2023)), 'magnitude_slip').notAvailable).toBe(0);
  });
});
