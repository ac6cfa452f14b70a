import fc from 'fast-check';
import { computeAttainment, type AttainmentInput, type AttainmentStatus, type TargetSpec } from '../../../src/core/attainment';

const RUNS = { seed: 20240601, numRuns: 400 };
const RANK: Partial<Record<AttainmentStatus, number>> = { regressing: 0, not_met: 0, behind: 1, on_track: 2, met: 3 };

/** Values as statistics print them: two decimals. */
const amount = fc.integer({ min: -50_000, max: 200_000 }).map((n) => n / 100);
const positive = fc.integer({ min: 1, max: 200_000 }).map((n) => n / 100);
const cents = (value: number) => Math.round(value * 100) / 100;

const higherTarget: fc.Arbitrary<TargetSpec> = fc.oneof(
  amount.map((value) => ({ kind: 'exact' as const, value })),
  fc.tuple(amount, fc.boolean()).map(([bound, strict]) => ({ kind: 'min' as const, bound, strict })),
  fc.tuple(positive, fc.constantFrom(0.05, 0.1, 0.2)).map(([value, tolerance]) => ({ kind: 'approx' as const, value, tolerance })),
  fc.tuple(amount, amount).map(([a, b]) => ({ kind: 'range' as const, low: Math.min(a, b), high: Math.max(a, b) })),
  fc.tuple(fc.integer({ min: 0, max: 200 }), positive).map(([increment, cumulative]) => ({ kind: 'increment_cumulative' as const, increment, cumulative })),
  fc.tuple(fc.integer({ min: 0, max: 30 }).map((n) => n / 10), fc.boolean()).map(([margin, strict]) => ({
    kind: 'relative' as const, relation: 'above' as const, strict, margin, marginUnit: '个百分点',
  })),
);

const setting = fc.record({
  target: higherTarget,
  baseline: fc.option(fc.record({ year: fc.integer({ min: 2015, max: 2024 }), value: amount }), { nil: null }),
  targetYear: fc.integer({ min: 2022, max: 2035 }),
  reportingYear: fc.integer({ min: 2015, max: 2040 }),
  path: fc.constantFrom('linear' as const, 'multiplicative' as const),
  perYear: fc.boolean(),
  previous: amount,
  companion: amount,
});

type Setting = typeof setting extends fc.Arbitrary<infer T> ? T : never;

/** Numbers a status can turn on, so that actuals land on and next to them. */
function edges(s: Setting): number[] {
  const t = s.target;
  const own =
    t.kind === 'exact' ? [t.value]
    : t.kind === 'min' ? [t.bound]
    : t.kind === 'approx' ? [t.value, cents(t.value * (1 - t.tolerance))]
    : t.kind === 'range' ? [t.low, t.high]
    : t.kind === 'increment_cumulative' ? [t.cumulative, cents(s.previous + t.increment)]
    : t.kind === 'relative' ? [cents(s.companion + t.margin)]
    : [];
  return [...own, ...(s.baseline ? [s.baseline.value] : [])];
}

const actualNear = (s: Setting) => fc.oneof(
  amount,
  fc.tuple(fc.constantFrom(...edges(s)), fc.constantFrom(-0.01, 0, 0.01)).map(([edge, step]) => cents(edge + step)),
);

const inputOf = (s: Setting, actual: number): AttainmentInput => ({ ...s, direction: 'higher', actual });

/** Whether the target is met, worked out here independently of the code under test. */
function targetMet(target: TargetSpec, actual: number, previous: number, companion: number): boolean {
  switch (target.kind) {
    case 'exact': return actual >= target.value;
    case 'min': return target.strict ? actual > target.bound : actual >= target.bound;
    case 'approx': return actual >= Math.round((target.value - target.value * target.tolerance) * 1e8) / 1e8;
    case 'range': return actual >= target.low;
    case 'increment_cumulative': return actual >= target.cumulative && cents(actual - previous) >= target.increment;
    case 'relative': {
      const lead = cents(actual - companion);
      return target.margin === 0 && target.strict ? lead > 0 : lead >= target.margin;
    }
    default: throw new Error(`no oracle for ${target.kind}`);
  }
}

/** The same question turned upside down: every number negated, lower is better. */
function mirrored(s: Setting, actual: number): AttainmentInput {
  const t = s.target;
  const target: TargetSpec =
    t.kind === 'exact' ? { kind: 'exact', value: -t.value }
    : t.kind === 'min' ? { kind: 'max', bound: -t.bound, strict: t.strict }
    : t.kind === 'approx' ? { ...t, value: -t.value }
    : t.kind === 'range' ? { kind: 'range', low: -t.high, high: -t.low }
    : t.kind === 'increment_cumulative' ? { kind: 'increment_cumulative', increment: -t.increment, cumulative: -t.cumulative }
    : t.kind === 'relative' ? { ...t, relation: 'below' }
    : t;
  return {
    ...s, target, path: 'linear', direction: 'lower', actual: -actual, previous: -s.previous, companion: -s.companion,
    baseline: s.baseline && { year: s.baseline.year, value: -s.baseline.value },
  };
}

describe('attainment properties', () => {
  it('never gives a worse status to a higher actual (higher is better)', () => {
    const pair = setting.chain((s) => fc.tuple(fc.constant(s), actualNear(s), actualNear(s)));
    fc.assert(fc.property(pair, ([s, a, b]) => {
      const [low, high] = a <= b ? [a, b] : [b, a];
      const rank = (actual: number) => RANK[computeAttainment(inputOf(s, actual)).status] ?? -1;
      expect(rank(low)).toBeGreaterThanOrEqual(0);
      expect(rank(high)).toBeGreaterThanOrEqual(rank(low));
    }), RUNS);
  });

  it('gives met in the target year exactly when the target is met', () => {
    const due = setting.chain((s) => fc.tuple(fc.constant(s), actualNear(s), fc.integer({ min: 0, max: 5 })));
    fc.assert(fc.property(due, ([s, actual, late]) => {
      const result = computeAttainment(inputOf({ ...s, reportingYear: s.targetYear + late, perYear: false }, actual));
      const met = targetMet(s.target, actual, s.previous, s.companion);
      expect(result.status === 'met').toBe(met);
      expect(result.met).toBe(met);
    }), RUNS);
  });

  it('mirrors for lower-is-better targets', () => {
    const one = setting.chain((s) => fc.tuple(fc.constant(s), actualNear(s)));
    fc.assert(fc.property(one, ([s, actual]) => {
      const higher = computeAttainment(inputOf({ ...s, path: 'linear' }, actual));
      const lower = computeAttainment(mirrored(s, actual));
      expect(lower.status).toBe(higher.status);
      expect(lower.met).toBe(higher.met);
      expect(lower.timeShare).toBe(higher.timeShare);
      if (higher.completion === null) expect(lower.completion).toBeNull();
      else expect(lower.completion).toBeCloseTo(higher.completion, 9);
    }), RUNS);
  });
});
