import { refOf, booleanCell, check, dateCell, errorCell, findingsOf, indicator, onlyFinding, sheet, tallyOf, type Entry } from '../support';

const HIGHTECH = 'yuecheng-2021-2025.hightech-enterprises';
const COVERAGE = 'yuecheng-2021-2025.enterprise-rd-institution-coverage';
const RANK = 'yuecheng-2021-2025.national-hightech-zone-rank';
const TECH_SMES_116X = 'shengzhou-116x-2024-2030.tech-smes';

function yuecheng(id: string, values: Record<number, Entry>) {
  return sheet({ planIds: ['yuecheng-2021-2025'], reportingYear: 2023, years: [2021, 2022, 2023] }).row(indicator(id), values).build();
}

describe('rule not_a_number (error)', () => {
  it('valid: a number passes', () => {
    const report = check(yuecheng(HIGHTECH, { 2023: 420 }));
    expect(findingsOf(report, 'not_a_number')).toEqual([]);
    expect(tallyOf(report, 'not_a_number').passes).toBe(1);
  });

  it('invalid: text that is not a number is quoted, in the cell where it was typed', () => {
    const built = yuecheng(HIGHTECH, { 2023: '四百二十' });
    const finding = onlyFinding(check(built), 'not_a_number');
    expect(finding).toMatchObject({
      ref: refOf(built, HIGHTECH, 2023), indicatorId: HIGHTECH, severity: 'error', code: 'check.not_a_number',
      value: '四百二十', expected: '家',
    });
    expect(finding.message.zh).toBe('「高新技术企业数」2023年实绩填的是“四百二十”，不是数值。请填写以“家”为单位的数字。');
  });

  it('invalid: every year column is checked, not only the reporting year', () => {
    const built = yuecheng(HIGHTECH, { 2021: 'n/a', 2023: 420 });
    expect(onlyFinding(check(built), 'not_a_number')).toMatchObject({ ref: refOf(built, HIGHTECH, 2021), value: 'n/a' });
  });

  it.each([
    [errorCell('#N/A'), 'check.not_a_number.error_value', '#N/A'],
    [dateCell('2023-04-20'), 'check.not_a_number.date', '2023-04-20'],
    [booleanCell(true), 'check.not_a_number.boolean', 'TRUE'],
    ['420元', 'check.not_a_number.unit_mismatch', '420元'],
  ])('invalid: %j gives %s', (entry, code, value) => {
    expect(onlyFinding(check(yuecheng(HIGHTECH, { 2023: entry })), 'not_a_number')).toMatchObject({ code, value, severity: 'error' });
  });

  it('a qualitative target takes 是/否; anything else asks for 是 or 否', () => {
    expect(findingsOf(check(yuecheng(COVERAGE, { 2023: '是' })), 'not_a_number')).toEqual([]);
    const finding = onlyFinding(check(yuecheng(COVERAGE, { 2023: '基本覆盖' })), 'not_a_number');
    expect(finding).toMatchObject({ code: 'check.not_a_number.answer', value: '基本覆盖', expected: '是/否' });
    expect(finding.message.zh).toContain('请填“是”或“否”');
  });

  it('a row without a unit asks for a number without naming one', () => {
    expect(onlyFinding(check(yuecheng(RANK, { 2023: '前五十' })), 'not_a_number')).toMatchObject({ code: 'check.not_a_number.no_unit', expected: null });
  });

  it('an increment/cumulative indicator takes "75/1130" and explains the form when it cannot read the entry', () => {
    const built = (entry: string) => sheet({ planIds: ['shengzhou-116x-2024-2030'], reportingYear: 2025, years: [2025] })
      .row(indicator(TECH_SMES_116X), { 2025: entry }).build();
    expect(findingsOf(check(built('75/1130')), 'not_a_number')).toEqual([]);
    const finding = onlyFinding(check(built('75 of 1130')), 'not_a_number');
    expect(finding.code).toBe('check.not_a_number.pair');
    expect(finding.message.zh).toContain('“新增数/累计数”');
  });

  it('undecidable: an empty cell is not available to this rule (required_missing deals with it)', () => {
    const report = check(yuecheng(HIGHTECH, {}));
    expect(findingsOf(report, 'not_a_number')).toEqual([]);
    expect(tallyOf(report, 'not_a_number')).toEqual({ passes: 0, fails: 0, notAvailable: 3 });
  });
});
