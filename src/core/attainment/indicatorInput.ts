import type { Indicator } from '../catalog';
import { applicableTarget } from './applicableTarget';
import { changeTargetOf } from './changeTarget';
import type { ModelInput } from './model';
import { baselineOf, targetSpecOf } from './targetSpec';

/** What the catalog says about an indicator's target in a reporting year, as computeAttainment reads it. */
export function indicatorInput(indicator: Indicator, reportingYear: number): ModelInput {
  const applicable = applicableTarget(indicator, reportingYear);
  const common = { direction: indicator.direction, path: indicator.path, perYear: indicator.perYear, reportingYear };
  if (applicable === null) return { ...common, target: { kind: 'none' }, baseline: null, targetYear: null };
  const baseline = baselineOf(indicator, applicable.baseline);
  const { change } = applicable.target;
  if (change !== undefined) {
    const asLevel = changeTargetOf(indicator, applicable.target, change, baseline);
    return { ...common, ...asLevel, baseline, targetYear: applicable.target.year };
  }
  return { ...common, target: targetSpecOf(indicator, applicable.target), baseline, targetYear: applicable.target.year };
}

/**
 * The previous year's running total for an increment/cumulative target: the return's value for the year
 * before, else the printed baseline when the baseline is that year (the first year of a plan).
 */
export function previousTotal(input: ModelInput, previousActual: number | null): number | null {
  if (previousActual !== null) return previousActual;
  const { baseline } = input;
  return baseline !== null && baseline.year === input.reportingYear - 1 ? baseline.value : null;
}
