import type { Indicator } from '../catalog';
import { computeAttainment } from './computeAttainment';
import { indicatorInput, previousTotal } from './indicatorInput';
import { isNumber } from './numbers';
import type { Attainment } from './types';

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
  const input = indicatorInput(indicator, reportingYear);
  const previous = actuals.get(reportingYear - 1);
  return computeAttainment({
    ...input,
    actual: actuals.get(reportingYear) ?? null,
    previous: previousTotal(input, isNumber(previous) ? previous : null),
    companion: companion ?? null,
  });
}
