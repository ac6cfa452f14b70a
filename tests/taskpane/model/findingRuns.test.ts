/** Many findings of one kind are shown under one line; a few stay one entry each, in the checks' order. */
import type { Finding } from '../../../src/core/checks';
import { COLLAPSE_FROM, findingRuns } from '../../../src/taskpane/model/findingRuns';

function finding(code: string, row: number): Finding {
  return {
    sheet: '指标填报', ref: { sheet: '指标填报', row, column: 10 }, indicatorId: `p.i${row}`, ruleId: code, severity: 'error',
    message: { zh: `第${row}行`, en: `row ${row}` }, code, params: {}, value: null, expected: null, explained: false, explanation: null,
  } as Finding;
}

describe('findingRuns', () => {
  it('puts a template\'s empty rows under one 未填报 line, whichever rule found them, where the first of them was', () => {
    const findings = [
      finding('check.not_a_number', 1),
      ...Array.from({ length: 56 }, (_, i) => finding('check.required_missing', i + 2)),
      finding('check.monitoring_missing', 60),
      finding('check.required_missing.companion', 61),
    ];
    const runs = findingRuns(findings);
    expect(runs.map((run) => (run.kind === 'single' ? run.finding.code : `${run.kind}×${run.findings.length}`))).toEqual(['check.not_a_number', 'missing×58']);
  });

  it('keeps fewer than the threshold as entries of their own, and groups any other check that comes many times', () => {
    const few = Array.from({ length: COLLAPSE_FROM - 1 }, (_, i) => finding('check.required_missing', i));
    expect(findingRuns(few).every((run) => run.kind === 'single')).toBe(true);
    const many = Array.from({ length: COLLAPSE_FROM }, (_, i) => finding('check.out_of_range', i));
    expect(findingRuns([...few, ...many]).map((run) => run.kind)).toEqual([...few.map(() => 'single'), 'same']);
  });
});
