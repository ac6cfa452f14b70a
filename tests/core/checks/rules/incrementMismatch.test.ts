import { refOf, check, findingsOf, indicator, onlyFinding, sheet, tallyOf, type Entry } from '../../../support/core/checks/builtSheets';
import { shown } from '../../../support/shown';

const TECH_SMES = 'shengzhou-116x-2024-2030.tech-smes';

function smes(values: Record<number, Entry>, years = [2025]) {
  return sheet({ planIds: ['shengzhou-116x-2024-2030'], reportingYear: years[years.length - 1] ?? 2025, years }).row(indicator(TECH_SMES), values).build();
}

describe('rule increment_mismatch (warning)', () => {
  it('valid: 75 new, total 1130 after the 2024 baseline 1055', () => {
    const report = check(smes({ 2025: '75/1130' }));
    expect(findingsOf(report, 'increment_mismatch')).toEqual([]);
    expect(tallyOf(report, 'increment_mismatch').passes).toBe(1);
  });

  it('invalid: 75 new, but the total rose by 145 from the 2024 baseline', () => {
    const built = smes({ 2025: '75/1200' });
    const finding = onlyFinding(check(built), 'increment_mismatch');
    expect(finding).toMatchObject({
      ref: refOf(built, TECH_SMES, 2025), severity: 'warning', code: 'check.increment_mismatch', value: '75/1200', expected: '145/1200',
    });
    expect(shown(finding, 'zh-CN')).toBe(
      '「科技型中小企业」2025年填报新增 75家、累计 1200家，但累计数比上年的 1055家 增加了 145家，与新增数不一致。请核实；如无误请在说明栏注明原因。',
    );
  });

  it("invalid: against last year's total in the sheet", () => {
    const finding = onlyFinding(check(smes({ 2025: 1130, 2026: '80/1200' }, [2025, 2026])), 'increment_mismatch');
    expect(finding.params).toMatchObject({ previousCumulative: 1130, change: 70, increment: 80 });
  });

  it('undecidable: the running total alone, a missing value, or no total for last year', () => {
    expect(tallyOf(check(smes({ 2025: 1130 })), 'increment_mismatch').notAvailable).toBe(1);
    expect(tallyOf(check(smes({})), 'increment_mismatch').notAvailable).toBe(1);
    const noBaseline = sheet({ planIds: ['shengzhou-116x-2024-2030'], reportingYear: 2025, years: [2025] })
      .row(indicator('shengzhou-116x-2024-2030.young-tech-entrepreneurs'), { 2025: '2/2' }).build();
    expect(tallyOf(check(noBaseline), 'increment_mismatch').notAvailable).toBe(1);
  });
});
