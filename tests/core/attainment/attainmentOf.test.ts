import { applicableTarget, attainmentOf } from '../../../src/core/attainment';
import { actuals, indicator } from '../../support/core/attainment/indicatorFixture';

describe('applicableTarget', () => {
  const twoTargets = indicator([
    [2015, 'baseline', '0.5'], [2020, 'baseline', '21.27'], [2025, 'target', '40'], [2035, 'target', '80'], [2036, 'baseline', '99'],
  ]);

  it('takes the first target year at or after the reporting year, else the last', () => {
    expect(applicableTarget(twoTargets, 2023)?.target.raw).toBe('40');
    expect(applicableTarget(twoTargets, 2025)?.target.raw).toBe('40');
    expect(applicableTarget(twoTargets, 2026)?.target.raw).toBe('80');
    expect(applicableTarget(twoTargets, 2040)?.target.raw).toBe('80');
  });

  it('takes the latest printed baseline before the target year', () => {
    expect(applicableTarget(twoTargets, 2023)?.baseline?.raw).toBe('21.27');
    expect(applicableTarget(twoTargets, 2040)?.baseline?.raw).toBe('21.27');
  });

  it('passes over blank cells: a "-" target year sets no target, a "—" baseline leaves an earlier one', () => {
    const blanks = indicator([[2019, 'baseline', '74.65'], [2020, 'baseline', '—'], [2025, 'target', '185'], [2035, 'target', '-']]);
    expect(applicableTarget(blanks, 2030)).toMatchObject({ target: { raw: '185' }, baseline: { raw: '74.65' } });
  });

  it('takes the first of several targets printed for a year', () => {
    const twice = indicator([[2027, 'target', '3.1'], [2027, 'target', '3.2%左右']], { unit: '%' });
    expect(applicableTarget(twice, 2026)?.target.raw).toBe('3.1');
  });

  it('is null without a target', () => {
    expect(applicableTarget(indicator([[2020, 'baseline', '5'], [2025, 'target', '']]), 2023)).toBeNull();
    expect(applicableTarget(indicator([[2022, 'planned', '60 亿元以上']], { unit: '亿元' }), 2022)).toBeNull();
  });
});

describe('attainmentOf', () => {
  it('reads the reporting year from the return', () => {
    const hightech = indicator([[2020, 'baseline', '344'], [2025, 'target', '650']]);
    expect(attainmentOf(hightech, 2023, actuals([[2022, 900], [2023, 600]]))).toMatchObject({ status: 'on_track', targetYear: 2025 });
    expect(attainmentOf(hightech, 2023, actuals([[2022, 600]])).status).toBe('no_value');
  });

  it('converts printed units to the indicator unit before comparing', () => {
    const inJia = indicator([[2020, 'baseline', '1.5万家'], [2025, 'target', '2.2万家']]); // 15000 → 22000 家, expected 19200
    expect(attainmentOf(inJia, 2023, actuals([[2023, 20000]]))).toMatchObject({ status: 'on_track', expected: 19200, completion: 5000 / 7000 });
    expect(attainmentOf(inJia, 2023, actuals([[2023, 19000]])).status).toBe('behind');
    const brokers = indicator([[2020, 'baseline', '6039 人'], [2025, 'target', '1.2 万人']], { unit: '万人' });
    expect(attainmentOf(brokers, 2025, actuals([[2025, 1.2]])).met).toBe(true);
    expect(attainmentOf(brokers, 2021, actuals([[2021, 0.6]])).status).toBe('regressing');
  });

  it('reads a bare multiplier as the unit of that power (超1000亿 in 亿元, 480 万 in 万人)', () => {
    const output = indicator([[2030, 'target', '超1000亿']], { unit: '亿元' });
    expect(attainmentOf(output, 2030, actuals([[2030, 1000.5]])).status).toBe('met');
    expect(attainmentOf(output, 2030, actuals([[2030, 1000]])).status).toBe('not_met');
    const talent = indicator([[2020, 'baseline', '420 万人'], [2025, 'target', '480 万']], { unit: '万人' });
    expect(attainmentOf(talent, 2025, actuals([[2025, 480]])).status).toBe('met');
  });

  it('leaves a target it cannot convert unjudged', () => {
    const mismatch = indicator([[2025, 'target', '5 亿元']], { unit: '家' });
    expect(attainmentOf(mismatch, 2025, actuals([[2025, 5]])).status).toBe('monitoring');
  });

  it('counts an estimated baseline (▲, 预计) as a baseline', () => {
    const share = indicator([[2020, 'baseline', '3.0▲'], [2025, 'target', '3.5']], { unit: '%' });
    expect(attainmentOf(share, 2023, actuals([[2023, 2.9]])).status).toBe('regressing');
    expect(attainmentOf(share, 2023, actuals([[2023, 3.3]]))).toMatchObject({ status: 'on_track', timeShare: 0.6 });
  });

  it('takes the tolerance of an approximately target from the indicator', () => {
    const about = (tolerance?: number) => indicator([[2025, 'target', '20 家左右']], tolerance === undefined ? {} : { tolerance });
    expect(attainmentOf(about(), 2025, actuals([[2025, 18]])).status).toBe('not_met');
    expect(attainmentOf(about(0.1), 2025, actuals([[2025, 18]])).status).toBe('met');
  });

  it('uses the previous year of the return, or the baseline in the first year, for the increment', () => {
    const smes = indicator([[2024, 'baseline', '1055'], [2027, 'target', '75/1280'], [2030, 'target', '75/1500']]);
    expect(attainmentOf(smes, 2025, actuals([[2025, 1130]])).status).toBe('on_track');
    expect(attainmentOf(smes, 2025, actuals([[2025, 1129]])).status).toBe('behind');
    expect(attainmentOf(smes, 2027, actuals([[2026, 1205], [2027, 1280]])).status).toBe('met');
    expect(attainmentOf(smes, 2027, actuals([[2026, 1250], [2027, 1290]])).status).toBe('not_met');
    expect(attainmentOf(smes, 2027, actuals([[2027, 1290]]))).toMatchObject({ status: 'met', met: true }); // due: the running total decides
  });

  it('compares a relative target with the companion value', () => {
    const growth = indicator([[2020, 'baseline', '9.7'], [2025, 'target', '高于工业增加值 1 个百分点']], { unit: '%' });
    expect(attainmentOf(growth, 2023, actuals([[2023, 7]]), 6).status).toBe('met');
    expect(attainmentOf(growth, 2023, actuals([[2023, 6.9]]), 6).status).toBe('not_met');
    expect(attainmentOf(growth, 2023, actuals([[2023, 7]])).status).toBe('no_value');
  });

  it('reads a qualitative answer and monitors an indicator without a target', () => {
    const coverage = indicator([[2025, 'target', '全覆盖']], { unit: '' });
    expect(attainmentOf(coverage, 2024, actuals([[2024, true]])).status).toBe('met');
    expect(attainmentOf(coverage, 2024, actuals([[2024, false]])).status).toBe('behind');
    expect(attainmentOf(coverage, 2024, actuals([])).status).toBe('no_value');
    const monitored = indicator([[2024, 'baseline', ''], [2027, 'target', ''], [2030, 'target', '']]);
    expect(attainmentOf(monitored, 2025, actuals([[2025, 3]]))).toMatchObject({ status: 'monitoring', targetYear: null });
  });
});
