import { refOf, check, findingsOf, indicator, onlyFinding, sheet, tallyOf, type Entry } from '../../../support/core/checks/builtSheets';
import { placeA1 } from '../../../../src/core/form';
import { shown } from '../../../support/shown';

const HIGHTECH = 'yuecheng-2021-2025.hightech-enterprises';
const MONITORED = 'shengzhou-116x-2024-2030.future-industry-pilot-zones';

function yuecheng(values: Record<number, Entry>, years = [2022, 2023]) {
  return sheet({ planIds: ['yuecheng-2021-2025'], reportingYear: 2023, years }).row(indicator(HIGHTECH), values).build();
}

function shengzhou(values: Record<number, Entry>, explanation?: string) {
  return sheet({ planIds: ['shengzhou-116x-2024-2030'], reportingYear: 2025, years: [2025] })
    .row(indicator(MONITORED), values, explanation === undefined ? {} : { explanation }).build();
}

describe('rule required_missing (error)', () => {
  it('valid: the reporting-year value is there', () => {
    const report = check(yuecheng({ 2023: 420 }));
    expect(findingsOf(report, 'required_missing')).toEqual([]);
    expect(tallyOf(report, 'required_missing')).toEqual({ passes: 1, fails: 0, notAvailable: 0 });
  });

  it('invalid: the reporting-year value of an indicator with a target is missing', () => {
    const built = yuecheng({ 2022: 400 });
    const finding = onlyFinding(check(built), 'required_missing');
    expect(finding).toMatchObject({
      ref: refOf(built, HIGHTECH, 2023), indicatorId: HIGHTECH, severity: 'error', code: 'check.required_missing', value: null, expected: null,
    });
    expect(shown(finding, 'zh-CN')).toBe('「高新技术企业数」2023年实绩未填报。该指标有2025年目标“650”，必须填报。');
  });

  it('invalid: a dash is no value', () => {
    const ref = onlyFinding(check(yuecheng({ 2023: '—' })), 'required_missing').ref;
    expect(ref && placeA1(ref)).toBe('E6');
  });

  it('invalid: a sheet without a column for the reporting year misses the value too (no cell to point at)', () => {
    expect(onlyFinding(check(yuecheng({ 2022: 400 }, [2021, 2022])), 'required_missing')).toMatchObject({ ref: null });
  });

  it('earlier years may stay empty', () => {
    expect(findingsOf(check(yuecheng({ 2023: 420 })), 'required_missing')).toEqual([]);
  });

  it('an entry that is not a number is present: not_a_number reports it, not this rule', () => {
    const report = check(yuecheng({ 2023: 'abc' }));
    expect(findingsOf(report, 'required_missing')).toEqual([]);
    expect(findingsOf(report, 'not_a_number')).toHaveLength(1);
  });

  it('undecidable: never — whether a value is there can always be told; a monitoring-only indicator is not confronted', () => {
    expect(tallyOf(check(shengzhou({})), 'required_missing')).toEqual({ passes: 0, fails: 0, notAvailable: 0 });
  });
});

describe('rule monitoring_missing (warning)', () => {
  it('valid: a monitoring-only indicator with its value', () => {
    expect(findingsOf(check(shengzhou({ 2025: 1 })), 'monitoring_missing')).toEqual([]);
  });

  it('invalid: a monitoring-only indicator without its value is a warning, not an error', () => {
    const built = shengzhou({});
    const report = check(built);
    expect(onlyFinding(report, 'monitoring_missing')).toMatchObject({
      ref: refOf(built, MONITORED, 2025), severity: 'warning', code: 'check.monitoring_missing', explained: false,
    });
    expect(report.errors).toBe(0);
    expect(report.verdict).toBe('rejected');
  });

  it('explained: "本地区无此类园区" in 说明 makes the return acceptable', () => {
    const report = check(shengzhou({}, '本地区无此类园区'));
    expect(onlyFinding(report, 'monitoring_missing')).toMatchObject({ explained: true, explanation: '本地区无此类园区' });
    expect(report.verdict).toBe('accepted_with_explanations');
  });

  it('undecidable: never; an indicator with a target is left to required_missing', () => {
    expect(tallyOf(check(yuecheng({})), 'monitoring_missing')).toEqual({ passes: 0, fails: 0, notAvailable: 0 });
  });
});
