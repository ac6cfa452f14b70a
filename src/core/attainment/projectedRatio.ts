import { tidy } from './numbers';
import type { YearValue } from './types';

/** Bands of the SDG progress assessment (ESCAP method): projected ratio ≥ 0.95, 0.60–0.95, 0–0.60, < 0. */
export type SdgProgressBand = 'on_track' | 'acceleration_needed' | 'limited_progress' | 'deterioration';

export type ProjectedRatioReason =
  | 'not_a_number'
  /** CAGR needs a baseline and a latest value above zero. */
  | 'non_positive_value'
  | 'latest_not_after_baseline'
  | 'target_not_after_baseline'
  | 'target_equals_baseline';

export interface ProjectedRatio {
  /** (projected − baseline)/(target − baseline). */
  ratio: number | null;
  /** The value at the target year if the baseline-to-latest growth rate holds. */
  projected: number | null;
  /** Compound annual growth rate from baseline to latest (0.05 = 5 % a year). */
  cagr: number | null;
  band: SdgProgressBand | null;
  /** Why there is no ratio; null when there is one. */
  reason: ProjectedRatioReason | null;
}

export const SDG_BANDS: ReadonlyArray<{ band: SdgProgressBand; from: number }> = [
  { band: 'on_track', from: 0.95 },
  { band: 'acceleration_needed', from: 0.6 },
  { band: 'limited_progress', from: 0 },
];

export function sdgBand(ratio: number): SdgProgressBand {
  return SDG_BANDS.find(({ from }) => ratio >= from)?.band ?? 'deterioration';
}

function failure(reason: ProjectedRatioReason): ProjectedRatio {
  return { ratio: null, projected: null, cagr: null, band: null, reason };
}

/**
 * The projected ratio of an SDG progress assessment: grow the baseline at its compound annual rate up to the
 * latest value, project that rate to the target year, and compare the projected gain with the gain the target
 * asks for. Works for either direction (a falling target gives a positive ratio when the value falls).
 * The ratio is kept to 12 significant digits so that a projection landing on 0.95 is on track.
 */
export function projectedRatio(baseline: YearValue, latest: YearValue, target: YearValue): ProjectedRatio {
  const numbers = [baseline.value, baseline.year, latest.value, latest.year, target.value, target.year];
  if (!numbers.every(Number.isFinite)) return failure('not_a_number');
  if (baseline.value <= 0 || latest.value <= 0) return failure('non_positive_value');
  if (latest.year <= baseline.year) return failure('latest_not_after_baseline');
  if (target.year <= baseline.year) return failure('target_not_after_baseline');
  if (target.value === baseline.value) return failure('target_equals_baseline');
  const growth = latest.value / baseline.value;
  const cagr = growth ** (1 / (latest.year - baseline.year)) - 1;
  const projected = baseline.value * growth ** ((target.year - baseline.year) / (latest.year - baseline.year));
  const ratio = tidy((projected - baseline.value) / (target.value - baseline.value));
  return { ratio, projected, cagr, band: sdgBand(ratio), reason: null };
}
