import { refOf, check, findingsOf, indicator, onlyFinding, sheet, tallyOf, type Entry } from '../../../support/core/checks/builtSheets';
import { shown } from '../../../support/shown';

function oneRow(id: string, entry: Entry, planId = id.split('.')[0] ?? '') {
  return sheet({ planIds: [planId], reportingYear: 2023, years: [2023] }).row(indicator(id), { 2023: entry }).build();
}

const SHARE = 'yuecheng-2021-2025.hightech-industry-va-share';
const COUNT = 'yuecheng-2021-2025.hightech-enterprises';
const GROWTH = 'yuecheng-2021-2025.hightech-industry-investment-growth';

describe('rule hard_range (error)', () => {
  it.each([
    [SHARE, 66.5],
    [SHARE, 0],
    [SHARE, 100],
    [COUNT, 420],
    ['zj-opinions-2018.hightech-enterprises', 2.25],
    [GROWTH, -12.5],
    [GROWTH, 150],
  ])('valid: %s = %d is within range', (id, value) => {
    expect(findingsOf(check(oneRow(id, value)), 'hard_range')).toEqual([]);
  });

  it('invalid: a share above 100', () => {
    const built = oneRow(SHARE, 105);
    const finding = onlyFinding(check(built), 'hard_range');
    expect(finding).toMatchObject({
      ref: refOf(built, SHARE, 2023), severity: 'error', code: 'check.hard_range.above_maximum', value: '105', expected: '0–100',
    });
    expect(shown(finding, 'zh-CN')).toBe('「高新技术产业增加值占规上工业增加值比重」2023年实绩 105% 大于允许的最大值 100%，请更正。');
  });

  it('invalid: a negative count', () => {
    expect(onlyFinding(check(oneRow(COUNT, -3)), 'hard_range')).toMatchObject({ code: 'check.hard_range.below_minimum', value: '-3', expected: '≥ 0' });
  });

  it('regression: a count per 10 000 people (件, 项) may have decimals — 嵊州 prints 8.48 itself', () => {
    expect(findingsOf(check(oneRow('shengzhou-116x-2024-2030.high-value-invention-patents-per-10k', 9.15)), 'hard_range')).toEqual([]);
    expect(findingsOf(check(oneRow('yuecheng-2021-2025.high-value-invention-patents-per-10k', 12.6)), 'hard_range')).toEqual([]);
  });

  it('invalid: a fractional count, with the whole numbers around it as expected', () => {
    expect(onlyFinding(check(oneRow(COUNT, 344.5)), 'hard_range')).toMatchObject({ code: 'check.hard_range.not_whole', value: '344.5', expected: '344 / 345' });
  });

  it('invalid: a growth rate below -100%', () => {
    expect(onlyFinding(check(oneRow(GROWTH, -120)), 'hard_range')).toMatchObject({ code: 'check.hard_range.below_minimum', expected: '≥ -100' });
  });

  it('does not judge "105%" typed as text, which the sheet cannot compute: not_a_number says to type 105', () => {
    const report = check(oneRow(SHARE, '105%'));
    expect(findingsOf(report, 'hard_range')).toEqual([]);
    expect(onlyFinding(report, 'not_a_number')).toMatchObject({ code: 'check.not_a_number.text_number', value: '105%', expected: '105' });
  });

  it('undecidable: a missing value, or a row whose unit has no known range', () => {
    expect(tallyOf(check(oneRow(SHARE, null)), 'hard_range')).toEqual({ passes: 0, fails: 0, notAvailable: 1 });
    expect(tallyOf(check(oneRow('zj-hightech-industry-2021-2025.industrial-rd-revenue-share', -500)), 'hard_range')).toEqual({ passes: 0, fails: 0, notAvailable: 1 });
  });
});
