import { sheetActuals } from '../../../../src/core/checks';
import { refOf, booleanCell, check, dateCell, errorCell, findingsOf, formulaCell, indicator, onlyFinding, percentCell, sheet, tallyOf, type Entry } from '../../../support/core/checks/builtSheets';
import { shown } from '../../../support/shown';

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
    expect(shown(finding, 'zh-CN')).toBe('「高新技术企业数」2023年实绩填的是“四百二十”，不是数值。请填写以“家”为单位的数字。');
  });

  it('invalid: every year column is checked, not only the reporting year', () => {
    const built = yuecheng(HIGHTECH, { 2021: 'n/a', 2023: 420 });
    expect(onlyFinding(check(built), 'not_a_number')).toMatchObject({ ref: refOf(built, HIGHTECH, 2021), value: 'n/a' });
  });

  it.each([
    [errorCell('#N/A'), 'check.not_a_number.error_value', '#N/A'],
    [dateCell('2023-04-20'), 'check.not_a_number.date', '2023-04-20'],
    // As the readers give a date (ISO text in UTC): shown as the cell shows it, never as a developer's timestamp.
    [dateCell('2023-04-20T00:00:00.000Z'), 'check.not_a_number.date', '2023-04-20'],
    [dateCell('2023-04-20T08:30:00.000Z'), 'check.not_a_number.date', '2023-04-20 08:30'],
    [booleanCell(true), 'check.not_a_number.boolean', 'TRUE'],
    ['420元', 'check.not_a_number.unit_mismatch', '420元'],
  ])('invalid: %j gives %s', (entry, code, value) => {
    expect(onlyFinding(check(yuecheng(HIGHTECH, { 2023: entry })), 'not_a_number')).toMatchObject({ code, value, severity: 'error' });
  });

  it('regression: a date typed where a number goes is worded as a date, in both languages', () => {
    const finding = onlyFinding(check(yuecheng(HIGHTECH, { 2023: dateCell('2025-06-01T00:00:00.000Z') })), 'not_a_number');
    expect(shown(finding, 'zh-CN')).toBe('「高新技术企业数」2023年实绩被 Excel 存成了日期（2025-06-01），不是数值。请把单元格格式设为“常规”或“数值”后重新填写。');
    expect(shown(finding, 'en-US')).toContain('(2025-06-01)');
  });

  it('a qualitative target takes 是/否; anything else asks for 是 or 否', () => {
    expect(findingsOf(check(yuecheng(COVERAGE, { 2023: '是' })), 'not_a_number')).toEqual([]);
    const finding = onlyFinding(check(yuecheng(COVERAGE, { 2023: '基本覆盖' })), 'not_a_number');
    expect(finding).toMatchObject({ code: 'check.not_a_number.answer', value: '基本覆盖', expected: '是/否' });
    expect(shown(finding, 'zh-CN')).toContain('请填“是”或“否”');
  });

  it('a row without a unit asks for a number without naming one', () => {
    expect(onlyFinding(check(yuecheng(RANK, { 2023: '前五十' })), 'not_a_number')).toMatchObject({ code: 'check.not_a_number.no_unit', expected: null });
  });

  // Decision 0267: what the sheet cannot compute is named with what to type, never a unit “” nor a number for 是/否.
  it('a number in a 是/否 row, which its sheet shows as 未填报, is named and counted nowhere (it passed unsaid)', () => {
    const built = yuecheng(COVERAGE, { 2023: 100 });
    const finding = onlyFinding(check(built), 'not_a_number');
    expect(finding).toMatchObject({ ref: refOf(built, COVERAGE, 2023), code: 'check.not_a_number.answer_number', value: '100', expected: '是/否' });
    expect(shown(finding, 'zh-CN')).toContain('本表状态显示“未填报”');
    expect(sheetActuals(built, () => indicator(COVERAGE)).get(COVERAGE)?.get(2023)).toBeUndefined();
  });

  it.each([[errorCell('#N/A'), '#N/A'], [dateCell('2023-04-20'), '2023-04-20']])('%j in a 是/否 row asks for 是 or 否, not for a number', (entry, text) => {
    const finding = onlyFinding(check(yuecheng(COVERAGE, { 2023: entry })), 'not_a_number');
    expect(finding).toMatchObject({ code: 'check.not_a_number.answer', value: text });
  });

  it.each([
    ['a logical value, in a row without a unit', RANK, booleanCell(true), 'not_a_number', 'check.not_a_number.boolean.no_unit', '请改填数字。'],
    ['a formula over cells, in a row without a unit', RANK, formulaCell('H9*2', 40), 'entry_formula', 'check.entry_formula.no_unit', '请直接填写数字。'],
    ['a formula over cells, in a 是/否 row', COVERAGE, formulaCell('H9', 1), 'entry_formula', 'check.entry_formula.answer', '请直接填“是”或“否”（是否已实现）。'],
    // Not "如 10 正确，请改填 10": a number there is answer_number, another error.
    ['plain arithmetic, in a 是/否 row without a unit', COVERAGE, formulaCell('5+5', 10), 'entry_formula', 'check.entry_formula.answer', '请直接填“是”或“否”（是否已实现）。'],
    ['a formula over cells, in a row with a unit', HIGHTECH, formulaCell('H9*2', 40), 'entry_formula', 'check.entry_formula', '请直接填写以“家”为单位的数值。'],
  ])('%s says what to type instead', (_title, id, entry, rule, code, ending) => {
    const finding = onlyFinding(check(yuecheng(id, { 2023: entry })), rule);
    expect(finding.code).toBe(code);
    expect(shown(finding, 'zh-CN')).not.toContain('“”');
    expect(shown(finding, 'zh-CN')?.endsWith(ending)).toBe(true);
    expect(shown(finding, 'en-US')).not.toMatch(/\{|in \.$/u);
  });

  it('an increment/cumulative indicator takes "75/1130" and explains the form when it cannot read the entry', () => {
    const built = (entry: string | number) => sheet({ planIds: ['shengzhou-116x-2024-2030'], reportingYear: 2025, years: [2025] })
      .row(indicator(TECH_SMES_116X), { 2025: entry }).build();
    expect(onlyFinding(check(built('75/1130')), 'not_a_number')).toMatchObject({ code: 'check.not_a_number.pair_typed', expected: '1130' });
    expect(findingsOf(check(built(1130)), 'not_a_number')).toEqual([]);
    const finding = onlyFinding(check(built('75 of 1130')), 'not_a_number');
    expect(finding.code).toBe('check.not_a_number.pair');
    expect(shown(finding, 'zh-CN')).toContain('年末累计数');
  });

  it('undecidable: an empty cell is not available to this rule (required_missing deals with it)', () => {
    const report = check(yuecheng(HIGHTECH, {}));
    expect(findingsOf(report, 'not_a_number')).toEqual([]);
    expect(tallyOf(report, 'not_a_number')).toEqual({ passes: 0, fails: 0, notAvailable: 3 });
  });

  // Regression (issue 10): these were accepted by check and counted by the pane, the annex tables and the
  // consolidation while the county's own sheet showed 未填报 (its formulas use ISNUMBER and ="是").
  it.each([
    [HIGHTECH, '540', 'check.not_a_number.text_number', '540'],
    [HIGHTECH, '1,800', 'check.not_a_number.text_number', '1800'],
    [HIGHTECH, '１１３０', 'check.not_a_number.text_number', '1130'],
    [HIGHTECH, '540家', 'check.not_a_number.text_number', '540'],
    ['yuecheng-2021-2025.rd-gdp-share', '10.6%', 'check.not_a_number.text_number', '10.6'],
    ['yuecheng-2021-2025.rd-gdp-share', percentCell(0.106), 'check.not_a_number.percent_format', '10.6'],
    [COVERAGE, booleanCell(true), 'check.not_a_number.answer_variant.yes', '是'],
    [COVERAGE, '达到', 'check.not_a_number.answer_variant.yes', '是'],
  ] as Array<[string, Entry, string, string]>)('regression: %s %j is reported with what to type, and counted nowhere', (id, entry, code, typeInstead) => {
    const built = yuecheng(id, { 2023: entry });
    const finding = onlyFinding(check(built), 'not_a_number');
    expect(finding).toMatchObject({ code, severity: 'error', expected: typeInstead, ref: refOf(built, id, 2023) });
    expect(shown(finding, 'zh-CN')).toContain(typeInstead);
    expect(sheetActuals(built, () => indicator(id)).get(id)?.get(2023)).toBeUndefined();
  });

  it('regression: "25/351" in an increment/cumulative row is reported with the total to type, and not counted', () => {
    const built = sheet({ planIds: ['shengzhou-116x-2024-2030'], reportingYear: 2025, years: [2025] }).row(indicator(TECH_SMES_116X), { 2025: '25/351' }).build();
    expect(onlyFinding(check(built), 'not_a_number')).toMatchObject({ code: 'check.not_a_number.pair_typed', expected: '351' });
    expect(sheetActuals(built, () => indicator(TECH_SMES_116X)).get(TECH_SMES_116X)?.get(2025)).toBeUndefined();
  });
});

// Siblings of the issue 10 forms: other ways a number, a percentage or an answer arrives as text. The sheet's
// formulas (ISNUMBER, ="是") read none of them, so the core must not either: each is an error naming what to type.
describe('rule not_a_number: other text forms the sheet cannot compute (issue 10 siblings)', () => {
  it.each([
    [HIGHTECH, ' 540 '],
    [HIGHTECH, '1 800'],
    [HIGHTECH, '1，800'],
    [HIGHTECH, '１，８００'],
    [HIGHTECH, '５４０．０'],
    [HIGHTECH, '+540'],
    ['yuecheng-2021-2025.rd-gdp-share', '10.6 %'],
    ['yuecheng-2021-2025.rd-gdp-share', '10.6％'],
    [COVERAGE, booleanCell(false)],
    [COVERAGE, '未达到'],
    [COVERAGE, 'Y'],
    [COVERAGE, '是的'],
  ] as Array<[string, Entry]>)('%s %j is an error that says what to type, and is counted nowhere', (id, entry) => {
    const built = yuecheng(id, { 2023: entry });
    const finding = onlyFinding(check(built), 'not_a_number');
    expect(finding).toMatchObject({ severity: 'error', ref: refOf(built, id, 2023) });
    expect(sheetActuals(built, () => indicator(id)).get(id)?.get(2023)).toBeUndefined();
  });

  it.each([
    [HIGHTECH, '1 800', '1800'],
    [HIGHTECH, '１，８００', '1800'],
    ['yuecheng-2021-2025.rd-gdp-share', '10.6％', '10.6'],
    [COVERAGE, booleanCell(false), '否'],
    [COVERAGE, '未达到', '否'],
  ] as Array<[string, Entry, string]>)('%s %j: the finding gives the entry to type (%s)', (id, entry, typeInstead) => {
    const finding = onlyFinding(check(yuecheng(id, { 2023: entry })), 'not_a_number');
    expect(finding.expected).toBe(typeInstead);
    expect(shown(finding, 'zh-CN')).toContain(typeInstead);
  });

  it('a real number and a typed 是 stay accepted (no false alarm)', () => {
    expect(findingsOf(check(yuecheng(HIGHTECH, { 2023: 1800 })), 'not_a_number')).toEqual([]);
    expect(findingsOf(check(yuecheng(COVERAGE, { 2023: '否' })), 'not_a_number')).toEqual([]);
  });
});
