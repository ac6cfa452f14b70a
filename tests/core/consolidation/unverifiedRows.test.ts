/**
 * Issue 10.6: nothing that failed is presented as done. unverifiedRows is what the completion tables, the chart and
 * the consolidation take as "failed": a row's own error or unexplained warning, and — for a return rejected by an
 * error on the sheet as a whole — every row of it.
 */
import { unverifiedRows } from '../../../src/core/consolidation';
import { check, indicator, sheet } from '../../support/core/checks/builtSheets';
import { shown } from '../../support/shown';

const HIGHTECH = 'yuecheng-2021-2025.hightech-enterprises';
const SMES = 'yuecheng-2021-2025.tech-smes';

const yuecheng = () => sheet({ planIds: ['yuecheng-2021-2025'], reportingYear: 2023, years: [2022, 2023] })
  .row(indicator(HIGHTECH), { 2022: 400, 2023: 420 })
  .row(indicator(SMES), { 2022: 1400, 2023: 1500 });

describe('unverifiedRows', () => {
  it('is empty for a clean return', () => {
    expect(unverifiedRows(check(yuecheng().build()))).toEqual({});
  });

  it('names only the row whose value failed', () => {
    const built = sheet({ planIds: ['yuecheng-2021-2025'], reportingYear: 2023, years: [2022, 2023] })
      .row(indicator(HIGHTECH), { 2022: 400, 2023: '四百二十' })
      .row(indicator(SMES), { 2022: 1400, 2023: 1500 })
      .build();
    expect(Object.keys(unverifiedRows(check(built)))).toEqual([HIGHTECH]);
  });

  it('puts every row of a return rejected for the sheet as a whole in doubt, with that reason', () => {
    const report = check(yuecheng().observe({ code: 'structure.protection_removed' }).build());
    expect(report.verdict).toBe('rejected');
    const rows = unverifiedRows(report);
    expect(Object.keys(rows).sort()).toEqual([HIGHTECH, SMES].sort());
    const finding = report.findings.find((candidate) => candidate.code === 'structure.protection_removed')!;
    // The reason is the finding's code and params, worded where it is shown, in the language asked there.
    expect(rows[HIGHTECH]).toEqual({ code: finding.code, params: finding.params });
    expect(shown(rows[HIGHTECH], 'en-US')).toBe(shown(finding, 'en-US'));
    expect(shown(rows[HIGHTECH], 'en-US')).toMatch(/protection was removed/u);
  });
});
