import { refOf, check, findingsOf, indicator, onlyFinding, sheet, tallyOf, type Entry } from '../../../support/core/checks/builtSheets';
import { shown } from '../../../support/shown';

const PARENT = 'shengzhou-116x-2024-2030.first-unit-products';
const CHILD = 'shengzhou-116x-2024-2030.intl-domestic-first-unit-products';

function products(parent: Entry, child: Entry) {
  return sheet({ planIds: ['shengzhou-116x-2024-2030'], reportingYear: 2025, years: [2025] })
    .row(indicator(PARENT), { 2025: parent })
    .row(indicator(CHILD), { 2025: child })
    .build();
}

describe('rule sub_item_above_parent (warning)', () => {
  it('valid: the 其中 sub-item within its parent', () => {
    const report = check(products(50, 3));
    expect(findingsOf(report, 'sub_item_above_parent')).toEqual([]);
    expect(tallyOf(report, 'sub_item_above_parent')).toEqual({ passes: 1, fails: 0, notAvailable: 0 });
  });

  it('invalid: the sub-item above its parent', () => {
    const built = products(50, 60);
    const finding = onlyFinding(check(built), 'sub_item_above_parent');
    expect(finding).toMatchObject({
      ref: refOf(built, CHILD, 2025), indicatorId: CHILD, severity: 'warning', code: 'check.sub_item_above_parent', value: '60', expected: '≤ 50',
    });
    expect(shown(finding, 'zh-CN')).toBe(
      '其中项「其中国际国内首台（套）产品」2025年实绩 60项 大于所属指标「首台（套）产品」的 50项，其中项不应超过总数。请核实；如无误请在说明栏注明原因。',
    );
  });

  it('invalid: a 其中 row of another plan (省级团队 within 创新创业团队)', () => {
    const built = sheet({ planIds: ['zj-talent-2021-2025'], reportingYear: 2025, years: [2025] })
      .row(indicator('zj-talent-2021-2025.innovation-teams-new'), { 2025: 100 })
      .row(indicator('zj-talent-2021-2025.provincial-innovation-teams-new'), { 2025: 150 })
      .build();
    expect(onlyFinding(check(built), 'sub_item_above_parent').expected).toBe('≤ 100');
  });

  it('undecidable: the parent has no value this year', () => {
    expect(tallyOf(check(products(null, 3)), 'sub_item_above_parent')).toEqual({ passes: 0, fails: 0, notAvailable: 1 });
  });

  it('undecidable: parent and sub-item count different things (人次 against 人)', () => {
    const built = sheet({ planIds: ['zj-talent-2021-2025'], reportingYear: 2025, years: [2025] })
      .row(indicator('zj-talent-2021-2025.foreign-talent-introduced'), { 2025: 1 })
      .row(indicator('zj-talent-2021-2025.high-end-foreign-talent'), { 2025: 2 })
      .build();
    expect(tallyOf(check(built), 'sub_item_above_parent')).toEqual({ passes: 0, fails: 0, notAvailable: 1 });
  });
});
