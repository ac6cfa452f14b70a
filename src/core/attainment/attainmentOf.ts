import type { Indicator } from '../catalog';
import { attainmentByModel } from './computeAttainment';
import { indicatorInput, previousTotal } from './indicatorInput';
import { buildModel, type AttainmentModel, type ModelInput } from './model';
import { isNumber } from './numbers';
import type { Attainment } from './types';

/**
 * What an indicator's target says in a reporting year, before any value is read: the same for every return of a batch.
 * Catalog indicators are never changed.
 */
const MODELS = new WeakMap<Indicator, Map<number, { input: ModelInput; model: AttainmentModel }>>();

function modelOf(indicator: Indicator, reportingYear: number): { input: ModelInput; model: AttainmentModel } {
  let byYear = MODELS.get(indicator);
  if (byYear === undefined) MODELS.set(indicator, (byYear = new Map()));
  let made = byYear.get(reportingYear);
  if (made === undefined) {
    const input = indicatorInput(indicator, reportingYear);
    made = { input, model: buildModel(input) };
    byYear.set(reportingYear, made);
  }
  return made;
}

/**
 * From the catalog indicator and what a return says. `actuals` maps year → value in the indicator's unit
 * (booleans answer qualitative targets); the reporting year's value is read, and the previous year's for
 * increment/cumulative targets. `companion` is the value a relative target is compared with.
 */
export function attainmentOf(
  indicator: Indicator,
  reportingYear: number,
  actuals: ReadonlyMap<number, number | boolean>,
  companion?: number | null,
): Attainment {
  const { input, model } = modelOf(indicator, reportingYear);
  const previous = actuals.get(reportingYear - 1);
  return attainmentByModel(model, {
    ...input,
    actual: actuals.get(reportingYear) ?? null,
    previous: previousTotal(input, isNumber(previous) ? previous : null),
    companion: companion ?? null,
  });
}
