import type { TargetSpec } from '../../../src/core/attainment';
import { attain, statusOf } from '../../support/core/attainment/inputs';

const to20: TargetSpec = { kind: 'exact', value: 20 };
const from14 = { baseline: { year: 2020, value: 14 } };

describe('序时进度 (time share)', () => {
  it('is the share of the years from baseline to target', () => {
    expect(attain(to20, 15, { ...from14, reportingYear: 2021 }).timeShare).toBeCloseTo(0.2, 12);
    expect(attain(to20, 15, { ...from14, reportingYear: 2024 }).timeShare).toBeCloseTo(0.8, 12);
  });

  it('is capped to 0 before the baseline year and to 1 after the target year', () => {
    expect(attain(to20, 15, { ...from14, reportingYear: 2019 })).toMatchObject({ timeShare: 0, expected: 14, status: 'on_track' });
    expect(attain(to20, 19.9, { ...from14, reportingYear: 2030 })).toMatchObject({ timeShare: 1, expected: 20, status: 'not_met' });
  });

  it('leaves no room for 符合序时进度 once the target year has come', () => {
    expect(statusOf(to20, 19.99, { ...from14, reportingYear: 2025 })).toBe('not_met');
    expect(statusOf(to20, 20, { ...from14, reportingYear: 2025 })).toBe('met');
  });
});

describe('multiplicative path', () => {
  const multiplicative = { ...from14, path: 'multiplicative' as const };
  const expectedIn2023 = 14 * (20 / 14) ** 0.6; // ≈ 17.34, below the linear 17.6

  it('expects B·(T/B)^τ', () => {
    expect(attain(to20, 17, multiplicative).expected).toBeCloseTo(expectedIn2023, 9);
    expect(attain(to20, 17, from14).expected).toBeCloseTo(17.6, 12);
  });

  it('is on track at the compounding expectation, and shows 序时进度 as the share of the gain expected by then', () => {
    const result = attain(to20, 17.4, multiplicative);
    expect(result.status).toBe('on_track');
    expect(result.completion).toBeCloseTo(3.4 / 6, 12);
    // Regression (issue 10): 56.67 % was shown against 60 % next to 符合序时进度.
    expect(result.timeShare).toBeCloseTo((expectedIn2023 - 14) / 6, 9);
    expect(result.completion).toBeGreaterThanOrEqual(result.timeShare ?? 1);
    expect(statusOf(to20, 17.4, from14)).toBe('behind');
    expect(statusOf(to20, 17.3, multiplicative)).toBe('behind');
  });

  it('mirrors for lower-is-better: at most B·(T/B)^τ', () => {
    const lower = { baseline: { year: 2020, value: 100 }, path: 'multiplicative' as const, direction: 'lower' as const };
    const halve: TargetSpec = { kind: 'exact', value: 50 };
    expect(attain(halve, 65, lower).expected).toBeCloseTo(100 * 0.5 ** 0.6, 9); // ≈ 65.98
    expect(statusOf(halve, 65, lower)).toBe('on_track');
    expect(statusOf(halve, 66, lower)).toBe('behind');
    expect(statusOf(halve, 66, { ...lower, path: 'linear' })).toBe('on_track');
  });

  it('falls back to the linear path from a zero baseline', () => {
    const fromZero = { baseline: { year: 2020, value: 0 }, path: 'multiplicative' as const };
    expect(attain({ kind: 'exact', value: 10 }, 6, fromZero)).toMatchObject({ status: 'on_track', expected: 6 });
    expect(statusOf({ kind: 'exact', value: 10 }, 5.9, fromZero)).toBe('behind');
  });
});

describe('missing baseline (—)', () => {
  it('has no completion or time share; met when the target is, else behind', () => {
    expect(attain({ kind: 'exact', value: 560 }, 600)).toMatchObject({ status: 'met', completion: null, timeShare: null, met: true });
    expect(attain({ kind: 'exact', value: 560 }, 100)).toMatchObject({ status: 'behind', completion: null, timeShare: null, met: false });
  });

  it('expects the target only once it is due', () => {
    expect(attain({ kind: 'exact', value: 560 }, 100).expected).toBeNull();
    expect(attain({ kind: 'exact', value: 560 }, 100, { reportingYear: 2025 }).expected).toBe(560);
  });
});

describe('per-year targets (每年)', () => {
  const perYear = { perYear: true, baseline: { year: 2024, value: 0.9 }, targetYear: 2030 };

  it('is due every year', () => {
    expect(attain({ kind: 'exact', value: 1 }, 0.95, { ...perYear, reportingYear: 2025 })).toMatchObject({
      status: 'not_met', timeShare: 1, expected: 1,
    });
    expect(statusOf({ kind: 'exact', value: 1 }, 1, { ...perYear, reportingYear: 2025 })).toBe('met');
    expect(statusOf({ kind: 'exact', value: 1 }, 0.8, { ...perYear, reportingYear: 2025 })).toBe('not_met');
  });
});

describe('targets not beyond the baseline', () => {
  it('has no completion and is met or regressing', () => {
    const same = { baseline: { year: 2020, value: 100 } };
    expect(attain({ kind: 'exact', value: 100 }, 100, same)).toMatchObject({ status: 'met', completion: null });
    expect(attain({ kind: 'exact', value: 100 }, 99, same)).toMatchObject({ status: 'regressing', completion: null });
    const fell = { baseline: { year: 2020, value: 18.17 } };
    expect(attain({ kind: 'exact', value: 11.5 }, 12, fell)).toMatchObject({ status: 'met', completion: null });
    expect(statusOf({ kind: 'exact', value: 11.5 }, 11, fell)).toBe('regressing');
  });
});
