/**
 * Siblings of the legend cases of issue 10 ("What was seen", last bullet), from the printed target text to the
 * status: every way the plans write a minimum or a maximum, strict or not; '左右' on a lower-is-better indicator;
 * a row without a baseline whose running total or bound is already reached in its first year. Each case is judged
 * by the core (attainmentOf) and by the sheet's own status formula, which must agree.
 */
import { attainmentOf, indicatorInput, SHEET_STATUS_LABELS, type AttainmentStatus } from '../../../src/core/attainment';
import type { Indicator } from '../../../src/core/catalog';
import { buildModel } from '../../../src/core/attainment/model';
import { statusFormulaText } from '../../../src/core/attainment/statusFormula';
import { evaluateFormula } from '../../support/core/attainment/formulaEvaluator';
import { actuals, indicator, type ValueRow } from '../../support/core/attainment/indicatorFixture';

/** The status the core gives, after checking that the sheet's formula shows the same label. */
function judged(row: Indicator, year: number, values: Array<[number, number]>): { status: AttainmentStatus; completion: number | null; timeShare: number | null } {
  const result = attainmentOf(row, year, actuals(values));
  const plan = buildModel(indicatorInput(row, year)).plan;
  const formula = statusFormulaText(plan, { actual: 'A1', previous: { cell: 'B1', otherwise: null }, companion: null });
  const byYear = new Map(values);
  expect(evaluateFormula(formula, { A1: byYear.get(year), B1: byYear.get(year - 1) })).toBe(SHEET_STATUS_LABELS[result.status]);
  const rounded = (value: number | null) => (value === null ? null : Math.round(value * 1e4) / 1e4);
  return { status: result.status, completion: rounded(result.completion), timeShare: rounded(result.timeShare) };
}

const withBaseline = (target: string, extra: Partial<Indicator> = {}, baseline = '55.5'): Indicator => indicator([[2020, 'baseline', baseline], [2025, 'target', target]], extra);

describe('a minimum in every printed form (issue 10: ">66" with 66 showed 100 % / 100 % / 滞后)', () => {
  it.each(['66以上', '不低于66', '≥66', '>=66', '66及以上', '至少66', '≥ 66'])('"%s" includes its bound: 66 in the target year is 已达标', (target) => {
    expect(judged(withBaseline(target), 2025, [[2025, 66]])).toMatchObject({ status: 'met', completion: 1 });
    expect(judged(withBaseline(target), 2025, [[2025, 65.9]]).status).toBe('not_met');
  });

  it.each(['>66', '＞66', '超过66', '高于66', '大于66'])('"%s" needs more than its bound: 66 in the target year is 未达标, 66.1 已达标', (target) => {
    expect(judged(withBaseline(target), 2025, [[2025, 66]]).status).toBe('not_met');
    expect(judged(withBaseline(target), 2025, [[2025, 66.1]]).status).toBe('met');
  });

  it.each(['>66', '超过66'])('"%s" reached exactly before the target year is on the way, never 滞后 next to 100 %%', (target) => {
    const result = judged(withBaseline(target), 2023, [[2023, 66]]);
    expect(result.status).toBe('on_track');
    expect(result.completion).toBe(1);
  });
});

describe('a maximum in every printed form', () => {
  const lower = (target: string) => withBaseline(target, { direction: 'lower' }, '8');
  it.each(['不超过5', '5以下', '≤5', '5以内'])('"%s" includes its bound: 5 in the target year is 已达标', (target) => {
    expect(judged(lower(target), 2025, [[2025, 5]]).status).toBe('met');
    expect(judged(lower(target), 2025, [[2025, 5.1]]).status).toBe('not_met');
  });

  it.each(['<5', '低于5', '小于5'])('"%s" needs less than its bound: 5 in the target year is 未达标, 4.9 已达标', (target) => {
    expect(judged(lower(target), 2025, [[2025, 5]]).status).toBe('not_met');
    expect(judged(lower(target), 2025, [[2025, 4.9]]).status).toBe('met');
  });
});

describe('左右 on a lower-is-better indicator (issue 10: "20左右" showed 完成进度 100 % for 19)', () => {
  // 5左右 with the default 5 % tolerance: met from 5.25 down; 完成进度 measured towards the printed 5.
  const energy = indicator([[2020, 'baseline', '8'], [2025, 'target', '5左右']], { direction: 'lower' });

  it('is met from the near edge of the band, with 完成进度 towards the printed value, not 100 %', () => {
    expect(judged(energy, 2025, [[2025, 5.2]])).toEqual({ status: 'met', completion: 0.9333, timeShare: 1 });
  });

  it('is met when it undershoots (better than asked)', () => {
    expect(judged(energy, 2025, [[2025, 4]]).status).toBe('met');
  });

  it('is not met outside the band on the worse side', () => {
    expect(judged(energy, 2025, [[2025, 5.3]])).toMatchObject({ status: 'not_met', completion: 0.9 });
  });

  it('is on track before the target year when the fall keeps pace, and regressing when it rises', () => {
    expect(judged(energy, 2023, [[2023, 6.2]])).toEqual({ status: 'on_track', completion: 0.6, timeShare: 0.6 });
    expect(judged(energy, 2023, [[2023, 8.5]]).status).toBe('regressing');
  });
});

describe('no baseline (issue 10: a row with no baseline showed 滞后 in year 1 although the cumulative was reached)', () => {
  const noBaseline = (rows: ValueRow[]) => indicator(rows);

  it('an a/b target whose running total is reached in the first year is on track, with no percentages', () => {
    const row = noBaseline([[2025, 'target', '75/1280'], [2027, 'target', '75/1280']]);
    expect(judged(row, 2024, [[2024, 1300]])).toEqual({ status: 'on_track', completion: null, timeShare: null });
  });

  it('an a/b target reached in its target year, with the increment, is 已达标; short of b it is 未达标', () => {
    const row = noBaseline([[2027, 'target', '75/1280']]);
    expect(judged(row, 2027, [[2026, 1200], [2027, 1290]]).status).toBe('met');
    expect(judged(row, 2027, [[2026, 1200], [2027, 1270]]).status).toBe('not_met');
  });

  it('a minimum already reached in year 1 is 已达标; not yet reached it is 滞后 before the target year', () => {
    const row = noBaseline([[2025, 'target', '650以上']]);
    expect(judged(row, 2021, [[2021, 700]]).status).toBe('met');
    expect(judged(row, 2021, [[2021, 600]]).status).toBe('behind');
    expect(judged(row, 2025, [[2025, 600]]).status).toBe('not_met');
  });

  it('a strict minimum without a baseline still needs more than its bound', () => {
    const row = noBaseline([[2025, 'target', '>650']]);
    expect(judged(row, 2025, [[2025, 650]]).status).toBe('not_met');
  });
});

describe('a value a hair off an edge (pasted from a computation: 0.1 + 0.2 is 0.30000000000000004)', () => {
  // LibreOffice compares numbers within 2^-48 of each other as equal, and saves them to 15 digits: the core reads
  // 3.0999999999999988 as the sheet does, 3.1 (tests/libreoffice/recomputed/edgeJudgement.suite.ts recomputes these cases).
  const below = 3.1 * (1 - 4e-16);
  const above = 3.1 * (1 + 4e-16);

  it('reaches a target it is a hair below: 已达标 in the target year, as the sheet shows, never 未达标', () => {
    expect(below).not.toBe(3.1);
    expect(judged(withBaseline('3.1', {}, '2.7'), 2025, [[2025, below]]).status).toBe('met');
    expect(judged(withBaseline('3.1以上', {}, '2.7'), 2025, [[2025, below]]).status).toBe('met');
  });

  it('does not pass a strict bound it is a hair above', () => {
    expect(judged(withBaseline('>3.1', {}, '2.7'), 2025, [[2025, above]]).status).toBe('not_met');
  });

  it('keeps pace with 序时进度 when it is a hair short of the expected value', () => {
    // 2.7 → 3.1 over 2020–2025: 3.02 expected in 2024 (序时进度 80 %).
    const onEdge = 3.02 * (1 - 2e-16);
    expect(judged(withBaseline('3.1', {}, '2.7'), 2024, [[2024, onEdge]]).status).toBe('on_track');
  });

  it('is not 倒退 a hair below its baseline, nor over a maximum a hair above it', () => {
    expect(judged(withBaseline('3.1', {}, '2.7'), 2023, [[2023, 2.7 * (1 - 4e-16)]]).status).toBe('behind');
    expect(judged(withBaseline('≤5', { direction: 'lower' }, '8'), 2025, [[2025, 5 * (1 + 4e-16)]]).status).toBe('met');
    expect(judged(withBaseline('≤0.3', { direction: 'lower' }, '0.5'), 2025, [[2025, 0.1 + 0.2]]).status).toBe('met');
  });
});
