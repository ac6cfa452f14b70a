import { projectedRatio, sdgBand } from '../../../src/core/attainment';

const at = (year: number, value: number) => ({ year, value });

describe('projectedRatio (SDG progress assessment)', () => {
  // 100 → 121 over two years: CAGR 10 %; projected to 2020: 100 × 1.1^5 = 161.051
  const baseline = at(2015, 100);
  const latest = at(2017, 121);

  it('projects the compound annual growth rate to the target year', () => {
    const result = projectedRatio(baseline, latest, at(2020, 200));
    expect(result.cagr).toBeCloseTo(0.1, 12);
    expect(result.projected).toBeCloseTo(161.051, 9);
    expect(result.ratio).toBeCloseTo(0.61051, 9);
    expect(result).toMatchObject({ band: 'acceleration_needed', reason: null });
  });

  it('gives each band', () => {
    expect(projectedRatio(baseline, latest, at(2020, 160)).band).toBe('on_track');
    expect(projectedRatio(baseline, latest, at(2020, 300)).band).toBe('limited_progress');
    expect(projectedRatio(baseline, at(2017, 90), at(2020, 200)).band).toBe('deterioration');
  });

  it('works for a falling target', () => {
    // 100 → 81: CAGR −10 %; 2020: 59.049; ratio (59.049 − 100)/(50 − 100)
    const result = projectedRatio(baseline, at(2017, 81), at(2020, 50));
    expect(result.ratio).toBeCloseTo(0.81902, 9);
    expect(result.band).toBe('acceleration_needed');
    expect(projectedRatio(baseline, at(2017, 110), at(2020, 50)).band).toBe('deterioration');
  });

  it('has no ratio where the growth rate is undefined, and says why', () => {
    expect(projectedRatio(at(2015, 0), latest, at(2020, 200))).toEqual({ ratio: null, projected: null, cagr: null, band: null, reason: 'non_positive_value' });
    expect(projectedRatio(baseline, at(2017, -3), at(2020, 200)).reason).toBe('non_positive_value');
    expect(projectedRatio(baseline, at(2015, 121), at(2020, 200)).reason).toBe('latest_not_after_baseline');
    expect(projectedRatio(baseline, latest, at(2015, 200)).reason).toBe('target_not_after_baseline');
    expect(projectedRatio(baseline, latest, at(2020, 100)).reason).toBe('target_equals_baseline');
    expect(projectedRatio(baseline, at(2017, Number.NaN), at(2020, 200)).reason).toBe('not_a_number');
  });
});

describe('sdgBand', () => {
  it.each([
    [1.2, 'on_track'], [0.95, 'on_track'], [0.9499, 'acceleration_needed'], [0.6, 'acceleration_needed'],
    [0.5999, 'limited_progress'], [0, 'limited_progress'], [-0.0001, 'deterioration'],
  ])('%d is %s', (ratio, band) => {
    expect(sdgBand(ratio)).toBe(band);
  });
});
