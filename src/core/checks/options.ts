import { DEFAULT_RULES } from './rules';
import type { CheckOptions } from './types';

/** Bounds chosen for county returns; see README ("Bounds"). */
export const DEFAULT_CHECK_OPTIONS: CheckOptions = {
  yoyMaxRatio: 3,
  yoyMaxSharePoints: 20,
  yoyMaxGrowthPoints: 30,
  magnitudeBand: 5,
  fractionBand: 3,
  rules: DEFAULT_RULES,
};

export function resolveOptions(options: Partial<CheckOptions> | undefined): CheckOptions {
  return { ...DEFAULT_CHECK_OPTIONS, ...options };
}
