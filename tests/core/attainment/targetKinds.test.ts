import type { TargetSpec } from '../../../src/core/attainment';
import { attain, statusOf } from '../../support/core/attainment/inputs';

const from2020 = (value: number) => ({ baseline: { year: 2020, value } });

describe('exact targets (higher is better)', () => {
  const target: TargetSpec = { kind: 'exact', value: 650 };
  const withBaseline = from2020(344); // 序时进度 in 2023: 3/5; expected 344 + 0.6 × 306 = 527.6

  it('is met at or above the target', () => {
    expect(attain(target, 650, withBaseline)).toMatchObject({ status: 'met', met: true, completion: 1 });
    expect(attain(target, 700, withBaseline).status).toBe('met');
  });

  it('is on track when completion reaches the time share, behind below it', () => {
    expect(attain(target, 600, withBaseline)).toMatchObject({ status: 'on_track', met: false, timeShare: 0.6, expected: 527.6 });
    expect(statusOf(target, 527.6, withBaseline)).toBe('on_track');
    const behind = attain(target, 500, withBaseline);
    expect(behind.status).toBe('behind');
    expect(behind.completion).toBeCloseTo(156 / 306, 12);
  });

  it('is regressing below the baseline', () => {
    expect(statusOf(target, 343, withBaseline)).toBe('regressing');
    expect(statusOf(target, 344, withBaseline)).toBe('behind');
  });

  it('has no value when the actual is missing, yet keeps the schedule', () => {
    expect(attain(target, null, withBaseline)).toEqual({
      status: 'no_value', completion: null, timeShare: 0.6, expected: 527.6, targetYear: 2025, met: null,
    });
  });
});

describe('min targets', () => {
  it('is met at the bound, or only above it when strict (>66, 超过, 高于)', () => {
    expect(statusOf({ kind: 'min', bound: 50, strict: false }, 50)).toBe('met');
    expect(statusOf({ kind: 'min', bound: 50, strict: false }, 49.9)).toBe('behind');
    expect(attain({ kind: 'min', bound: 66, strict: true }, 66, from2020(55.5))).toMatchObject({ status: 'on_track', met: false, completion: 1 });
    expect(statusOf({ kind: 'min', bound: 66, strict: true }, 66.1, from2020(55.5))).toBe('met');
  });

  it('is not met on a strict bound in the target year', () => {
    expect(statusOf({ kind: 'min', bound: 66, strict: true }, 66, { ...from2020(55.5), reportingYear: 2025 })).toBe('not_met');
  });

  it('is a higher-is-better bound even on an indicator marked lower', () => {
    expect(statusOf({ kind: 'min', bound: 10, strict: false }, 12, { direction: 'lower' })).toBe('met');
  });

  it('has no value without an actual', () => {
    expect(statusOf({ kind: 'min', bound: 50, strict: false }, null)).toBe('no_value');
  });
});

describe('max targets (rank 前10, 不超过)', () => {
  const top10: TargetSpec = { kind: 'max', bound: 10, strict: false };

  it('is met at or below the bound, strictly below when strict (低于)', () => {
    expect(attain(top10, 10)).toMatchObject({ status: 'met', met: true });
    expect(attain(top10, 11)).toMatchObject({ status: 'behind', met: false });
    expect(statusOf({ kind: 'max', bound: 5, strict: true }, 5)).toBe('behind');
    expect(statusOf({ kind: 'max', bound: 5, strict: true }, 4)).toBe('met');
  });

  it('measures progress downwards from the baseline', () => {
    const rank30 = { ...from2020(30), direction: 'lower' as const }; // expected 30 − 0.6 × 20 = 18
    expect(attain(top10, 15, rank30)).toMatchObject({ status: 'on_track', expected: 18, completion: 0.75 });
    expect(statusOf(top10, 20, rank30)).toBe('behind');
    expect(statusOf(top10, 31, rank30)).toBe('regressing');
  });

  it('has no value without an actual', () => {
    expect(statusOf(top10, null)).toBe('no_value');
  });
});

describe('approximately targets (左右)', () => {
  const about30: TargetSpec = { kind: 'approx', value: 30, tolerance: 0.05 }; // band 28.5–31.5

  it('is met inside the band', () => {
    expect(statusOf(about30, 28.5)).toBe('met');
    expect(statusOf(about30, 30)).toBe('met');
    expect(statusOf(about30, 31.5)).toBe('met');
  });

  it('counts overshooting a higher-is-better target as met', () => {
    expect(statusOf(about30, 35)).toBe('met');
  });

  it('is not met below the band', () => {
    expect(attain(about30, 28.4)).toMatchObject({ status: 'behind', met: false });
  });

  it('takes the tolerance from the indicator when it gives one', () => {
    expect(statusOf({ ...about30, tolerance: 0.1 }, 27.5)).toBe('met');
    expect(statusOf(about30, 27.5)).toBe('behind');
  });

  it('measures 完成进度 towards the printed value, and is met from the near edge of the band', () => {
    const about20: TargetSpec = { kind: 'approx', value: 20, tolerance: 0.05 }; // edge 19; expected 11 + 0.6 × 9 = 16.4
    expect(attain(about20, 16.5, from2020(11))).toMatchObject({ status: 'on_track', expected: 16.4, completion: 5.5 / 9 });
    expect(attain(about20, 19, from2020(11))).toMatchObject({ status: 'met', completion: 8 / 9 });
    expect(statusOf(about20, 16, from2020(11))).toBe('behind');
    expect(statusOf(about20, 10, from2020(11))).toBe('regressing');
    expect(statusOf(about20, 19, from2020(11))).toBe('met');
  });

  it('mirrors for lower-is-better indicators', () => {
    const lower = { direction: 'lower' as const };
    const about = { kind: 'approx', value: 3.2, tolerance: 0.05 } as const; // band 3.04–3.36
    expect(statusOf(about, 3.3, lower)).toBe('met');
    expect(statusOf(about, 3.0, lower)).toBe('met');
    expect(statusOf(about, 3.4, lower)).toBe('behind');
  });

  it('has no value without an actual', () => {
    expect(statusOf(about30, null)).toBe('no_value');
  });
});

describe('range targets (10-15)', () => {
  const range: TargetSpec = { kind: 'range', low: 10, high: 15 };

  it('is met inside the range and above it for higher-is-better indicators', () => {
    expect(statusOf(range, 10)).toBe('met');
    expect(statusOf(range, 15)).toBe('met');
    expect(statusOf(range, 16)).toBe('met');
    expect(attain(range, 9)).toMatchObject({ status: 'behind', met: false });
  });

  it('measures progress towards the low end', () => {
    const from2 = from2020(2); // expected 2 + 0.6 × 8 = 6.8
    expect(attain(range, 7, from2)).toMatchObject({ status: 'on_track', expected: 6.8 });
    expect(statusOf(range, 6, from2)).toBe('behind');
    expect(statusOf(range, 1, from2)).toBe('regressing');
  });

  it('is met at or below the high end for lower-is-better indicators', () => {
    expect(statusOf({ kind: 'range', low: 1, high: 2 }, 2, { direction: 'lower' })).toBe('met');
    expect(statusOf({ kind: 'range', low: 1, high: 2 }, 3, { direction: 'lower' })).toBe('behind');
  });

  it('has no value without an actual', () => {
    expect(statusOf(range, null)).toBe('no_value');
  });
});

describe('relative targets', () => {
  const pointAbove: TargetSpec = { kind: 'relative', relation: 'above', strict: true, margin: 1, marginUnit: '个百分点' };
  const above: TargetSpec = { kind: 'relative', relation: 'above', strict: true, margin: 0, marginUnit: null };

  it('adds the margin in 个百分点 to the companion and is met on the mark', () => {
    expect(attain(pointAbove, 5.1, { companion: 4.1 })).toMatchObject({ status: 'met', met: true, expected: 5.1 });
    expect(attain(pointAbove, 5.0, { companion: 4.1 })).toMatchObject({ status: 'not_met', met: false });
  });

  it('needs strictly more than the companion without a margin (高于)', () => {
    expect(statusOf(above, 8, { companion: 8 })).toBe('not_met');
    expect(statusOf(above, 8.1, { companion: 8 })).toBe('met');
  });

  it('handles below, not-above and a margin in 倍', () => {
    const notAbove: TargetSpec = { kind: 'relative', relation: 'below', strict: false, margin: 0, marginUnit: null };
    expect(statusOf(notAbove, 8, { companion: 8 })).toBe('met');
    expect(statusOf(notAbove, 8.01, { companion: 8 })).toBe('not_met');
    const pointBelow: TargetSpec = { kind: 'relative', relation: 'below', strict: true, margin: 1, marginUnit: '个百分点' };
    expect(statusOf(pointBelow, 4, { companion: 5 })).toBe('met');
    expect(statusOf(pointBelow, 4.5, { companion: 5 })).toBe('not_met');
    const double: TargetSpec = { kind: 'relative', relation: 'above', strict: true, margin: 1, marginUnit: '倍' };
    expect(attain(double, 6, { companion: 3 })).toMatchObject({ status: 'met', expected: 6 });
    expect(statusOf(double, 5.9, { companion: 3 })).toBe('not_met');
  });

  it('meets a margin reached exactly despite binary fractions (0.3 − 0.1 is not 0.2 in floating point)', () => {
    const tenthAbove: TargetSpec = { kind: 'relative', relation: 'above', strict: true, margin: 0.2, marginUnit: '个百分点' };
    expect(statusOf(tenthAbove, 0.3, { companion: 0.1 })).toBe('met');
  });

  it('cannot be decided without the companion or the actual', () => {
    expect(attain(pointAbove, 5.1, { companion: null })).toMatchObject({ status: 'no_value', met: null, expected: null });
    expect(statusOf(pointAbove, 5.1)).toBe('no_value');
    expect(statusOf(pointAbove, null, { companion: 4.1 })).toBe('no_value');
  });
});

describe('increment/cumulative targets (75/1280)', () => {
  const target: TargetSpec = { kind: 'increment_cumulative', increment: 75, cumulative: 1280 };
  const plan = { baseline: { year: 2024, value: 1055 }, targetYear: 2027 };
  const year = (reportingYear: number, previous: number | null) => ({ ...plan, reportingYear, previous });

  it('is on track when both the increment and the running total keep pace', () => {
    // 2025: 序时进度 1/3, expected total 1055 + 225/3 = 1130
    expect(attain(target, 1130, year(2025, 1055))).toMatchObject({ status: 'on_track', met: false, expected: 1130 });
    expect(statusOf(target, 1210, year(2026, 1130))).toBe('on_track');
  });

  it('is behind when either part falls short', () => {
    expect(statusOf(target, 1120, year(2025, 1055))).toBe('behind');
    expect(statusOf(target, 1210, year(2026, 1150))).toBe('behind');
  });

  it('is met only when both parts are', () => {
    expect(attain(target, 1280, year(2027, 1205))).toMatchObject({ status: 'met', met: true });
    expect(attain(target, 1290, year(2027, 1250))).toMatchObject({ status: 'not_met', met: false });
    expect(attain(target, 1279, year(2027, 1200))).toMatchObject({ status: 'not_met', met: false });
  });

  it('counts an increment reached exactly in decimals (3.3 − 3.2 against 0.1)', () => {
    const decimals: TargetSpec = { kind: 'increment_cumulative', increment: 0.1, cumulative: 3.5 };
    expect(statusOf(decimals, 3.3, { baseline: { year: 2024, value: 3.2 }, targetYear: 2027, reportingYear: 2025, previous: 3.2 })).toBe('on_track');
  });

  it('is regressing below the baseline', () => {
    expect(statusOf(target, 1000, year(2025, 1055))).toBe('regressing');
  });

  it('judges the running total alone without the previous year: on track before the target year, met or not in it', () => {
    expect(attain(target, 1210, year(2026, null))).toMatchObject({ status: 'on_track', met: null });
    expect(statusOf(target, 1150, year(2026, null))).toBe('behind');
    // Regression (issue 10): a due a/b target showed 符合序时进度.
    expect(attain(target, 1300, year(2027, null))).toMatchObject({ status: 'met', met: true });
    expect(attain(target, 1270, year(2027, null))).toMatchObject({ status: 'not_met', met: false });
  });

  it('has no value without an actual', () => {
    expect(statusOf(target, null, year(2025, 1055))).toBe('no_value');
  });
});

describe('qualitative targets', () => {
  it('is met or not by the 是/否 answer, no value unanswered', () => {
    expect(attain({ kind: 'qualitative' }, true)).toMatchObject({ status: 'met', met: true, completion: null });
    expect(attain({ kind: 'qualitative' }, false)).toMatchObject({ status: 'behind', met: false });
    expect(attain({ kind: 'qualitative' }, null)).toMatchObject({ status: 'no_value', met: null });
  });

  it('regression: 否 once the target year has come is 未达标, not 滞后 (a due target is met or not met)', () => {
    expect(attain({ kind: 'qualitative' }, false, { reportingYear: 2025 })).toMatchObject({ status: 'not_met', met: false });
    expect(statusOf({ kind: 'qualitative' }, false, { reportingYear: 2026 })).toBe('not_met');
    expect(statusOf({ kind: 'qualitative' }, true, { reportingYear: 2025 })).toBe('met');
    expect(statusOf({ kind: 'qualitative' }, false, { reportingYear: 2023, perYear: true })).toBe('not_met');
  });

  it('does not read a number as an answer', () => {
    expect(statusOf({ kind: 'qualitative' }, 1)).toBe('no_value');
    expect(statusOf({ kind: 'exact', value: 1 }, true)).toBe('no_value');
  });
});

describe('no target', () => {
  it('is monitoring whatever the return says', () => {
    for (const actual of [12, null, true]) {
      expect(attain({ kind: 'none' }, actual, { targetYear: null })).toEqual({
        status: 'monitoring', completion: null, timeShare: null, expected: null, targetYear: null, met: null,
      });
    }
  });
});
