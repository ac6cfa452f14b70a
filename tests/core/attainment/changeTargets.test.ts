/**
 * Targets printed as a change from the baseline (catalog value.change, decision 0180): 下降15%, 增长10%以上,
 * 年均增长10%, 提高2个百分点, an amount in the row's unit. Each is judged against the level the baseline gives, by
 * the core and by the sheet's own status formula, which must agree; without a baseline the row is 仅监测 with a reason.
 */
import { attainmentOf, indicatorInput, SHEET_STATUS_LABELS, type Attainment } from '../../../src/core/attainment';
import { buildModel } from '../../../src/core/attainment/model';
import { statusFormulaText } from '../../../src/core/attainment/statusFormula';
import type { Indicator, IndicatorValue, ValueChange } from '../../../src/core/catalog';
import { evaluateFormula } from '../../support/core/attainment/formulaEvaluator';
import { actuals, indicator, value } from '../../support/core/attainment/indicatorFixture';

function changeRow(unit: string, baseline: string | null, target: string, change: ValueChange, extra: Partial<Indicator> = {}): Indicator {
  const row = indicator(baseline === null ? [] : [[2020, 'baseline', baseline]], { unit, ...extra });
  const printed: IndicatorValue = { ...value(2025, 'target', target), change };
  return { ...row, values: [...row.values, printed] };
}

/** The core's attainment, after checking that the sheet's formula shows the same label for the same value. */
function judged(row: Indicator, year: number, actual: number): Attainment {
  const result = attainmentOf(row, year, actuals([[year, actual]]));
  const plan = buildModel(indicatorInput(row, year)).plan;
  const formula = statusFormulaText(plan, { actual: 'A1', previous: { cell: null, otherwise: null }, companion: null });
  expect(evaluateFormula(formula, { A1: actual })).toBe(SHEET_STATUS_LABELS[result.status]);
  return result;
}

const percent = (of: ValueChange['of'], direction?: 'decrease'): ValueChange => ({ of, unit: '%', ...(direction ? { direction } : {}) });

describe('下降15% from a baseline of 0.5 吨标准煤/万元 (2020): the level asked for is 0.425, lower is better', () => {
  const energy = changeRow('吨标准煤/万元', '0.5', '下降15%', percent('decrease'));

  it('is met at or below 0.425 in 2025 and not met above it', () => {
    expect(judged(energy, 2025, 0.425)).toMatchObject({ status: 'met', completion: 1, expected: 0.425 });
    expect(judged(energy, 2025, 0.42).status).toBe('met');
    const short = judged(energy, 2025, 0.43);
    expect(short.status).toBe('not_met');
    expect(short.completion).toBeCloseTo(0.07 / 0.075, 12);
  });

  it('is on track in 2023 when the fall keeps pace with 序时进度 (expected 0.455), behind or regressing otherwise', () => {
    const onTrack = judged(energy, 2023, 0.45);
    expect(onTrack).toMatchObject({ status: 'on_track', timeShare: 0.6, expected: 0.455 });
    expect(onTrack.completion).toBeCloseTo(2 / 3, 12);
    expect(judged(energy, 2023, 0.46).status).toBe('behind');
    expect(judged(energy, 2023, 0.51).status).toBe('regressing');
  });

  it('never reads 15 as the level: an actual of 15 is far worse than the baseline', () => {
    expect(judged(energy, 2025, 15).status).toBe('not_met');
    expect(judged(energy, 2023, 15).status).toBe('regressing');
  });
});

describe('bounds and bands on a change become bounds and bands on the level', () => {
  it('下降15%以上 is a ceiling of 0.425 (inclusive); 下降不超过5% a floor of 0.475', () => {
    const atLeast = changeRow('吨标准煤/万元', '0.5', '下降15%以上', percent('decrease'));
    expect(judged(atLeast, 2025, 0.425).status).toBe('met');
    expect(judged(atLeast, 2025, 0.426).status).toBe('not_met');
    const atMost = changeRow('吨标准煤/万元', '0.5', '下降不超过5%', percent('decrease'));
    expect(judged(atMost, 2025, 0.475).status).toBe('met');
    expect(judged(atMost, 2025, 0.47).status).toBe('not_met');
  });

  it('增长10%以上 from 200 亿元 is a floor of 220; 增长超过10% needs more than 220', () => {
    const floor = changeRow('亿元', '200', '增长10%以上', percent('increase'));
    expect(judged(floor, 2025, 220).status).toBe('met');
    expect(judged(floor, 2025, 219.9).status).toBe('not_met');
    expect(judged(changeRow('亿元', '200', '增长超过10%', percent('increase')), 2025, 220).status).toBe('not_met');
  });

  it('下降15%左右 takes the band on the change (15 ± 5 % of 15): met down from the level of a 14.25 % fall', () => {
    const approx = changeRow('吨标准煤/万元', '0.5', '下降15%左右', percent('decrease'));
    expect(judged(approx, 2025, 0.4287).status).toBe('met');
    expect(judged(approx, 2025, 0.429).status).toBe('not_met');
    expect(judged(approx, 2025, 0.425).completion).toBe(1);
  });

  it('下降10-15% is met from the near edge, a 10 % fall (0.45)', () => {
    const range = changeRow('吨标准煤/万元', '0.5', '下降10-15%', percent('decrease'));
    expect(judged(range, 2025, 0.45).status).toBe('met');
    expect(judged(range, 2025, 0.46).status).toBe('not_met');
  });
});

describe('年均增长10% from 100 亿元 (2020) to 2025: 100·1.1⁵ = 161.051, on the compounding path between', () => {
  const growth = changeRow('亿元', '100', '年均增长10%', percent('average_growth'));

  it('asks for 161.051 in 2025', () => {
    expect(judged(growth, 2025, 161.06)).toMatchObject({ status: 'met', expected: 161.051 });
    expect(judged(growth, 2025, 161).status).toBe('not_met');
  });

  it('expects 100·1.1³ = 133.1 in 2023, the path a 10 % yearly growth takes', () => {
    const onPath = judged(growth, 2023, 133.1);
    expect(onPath).toMatchObject({ status: 'on_track', expected: 133.1 });
    // 完成进度 and 序时进度 as the method document shows them: both 33.1/61.051.
    expect(onPath.completion).toBeCloseTo(33.1 / 61.051, 9);
    expect(onPath.timeShare).toBeCloseTo(33.1 / 61.051, 9);
    expect(judged(growth, 2023, 133).status).toBe('behind');
  });

  it('reads a figure of a 年均增长（%） column (10, no verb) the same way', () => {
    expect(judged(changeRow('亿元', '100', '10', percent('average_growth')), 2025, 161).status).toBe('not_met');
  });

  it('年均下降3% from 100 is a level of 100·0.97⁵ = 85.87340257, lower is better', () => {
    const falling = changeRow('万吨', '100', '年均下降3%', percent('average_growth', 'decrease'));
    expect(judged(falling, 2025, 85.87)).toMatchObject({ status: 'met', expected: 85.87340257 });
    expect(judged(falling, 2025, 86).status).toBe('not_met');
    expect(judged(falling, 2023, 91.2).status).toBe('on_track'); // 100·0.97³ = 91.2673
  });
});

describe('个百分点 and amounts in the row’s unit add to the baseline', () => {
  it('提高2个百分点 from 60 % is 62 %; 年均提高0.5个百分点 over five years is 62.5 %', () => {
    const points = changeRow('%', '60', '提高2个百分点', { of: 'increase', unit: '个百分点' });
    expect(judged(points, 2025, 62).status).toBe('met');
    expect(judged(points, 2025, 61.9).status).toBe('not_met');
    const yearly = changeRow('%', '60', '年均提高0.5个百分点', { of: 'average_growth', unit: '个百分点' });
    expect(judged(yearly, 2025, 62.5)).toMatchObject({ status: 'met', expected: 62.5 });
    expect(judged(yearly, 2025, 62.4).status).toBe('not_met');
  });

  it('增加50万人 from 1000 万人 is 1050 万人', () => {
    const people = changeRow('万人', '1000', '增加50万人', { of: 'increase', unit: '万人' });
    expect(judged(people, 2025, 1050).status).toBe('met');
    expect(judged(people, 2025, 1049).status).toBe('not_met');
  });
});

describe('a change that cannot be turned into a level is 仅监测 with a reason, never met', () => {
  it('without a baseline', () => {
    const noBaseline = changeRow('吨标准煤/万元', null, '下降15%', percent('decrease'));
    for (const actual of [0, 0.1, 15]) {
      expect(judged(noBaseline, 2025, actual)).toMatchObject({ status: 'monitoring', met: null, completion: null, reason: 'attainment.change_without_baseline' });
    }
  });

  it('when the baseline is only a dash', () => {
    const dash = changeRow('亿元', '—', '增长5%左右', percent('increase'));
    expect(judged(dash, 2025, 1000)).toMatchObject({ status: 'monitoring', reason: 'attainment.change_without_baseline' });
  });

  it('when 个百分点 is asked of a row that is not a %', () => {
    const wrong = changeRow('亿元', '100', '提高2个百分点', { of: 'increase', unit: '个百分点' });
    expect(judged(wrong, 2025, 102)).toMatchObject({ status: 'monitoring', reason: 'attainment.change_unit_unknown' });
  });
});

describe('a value without the change field is a level, as every existing catalog file means it', () => {
  it('单位GDP能耗降低（%） | 下降15%: the row’s level is the reduction, 16 meets it', () => {
    const reduction = indicator([[2020, 'baseline', '13'], [2025, 'target', '下降15%']], { unit: '%' });
    expect(judged(reduction, 2025, 16).status).toBe('met');
    expect(judged(reduction, 2025, 14).status).toBe('not_met');
  });
});
