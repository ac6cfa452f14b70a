import { ratioPartRowId } from '../form';
import type { Indicator, Quantity } from './types';

/**
 * A share is a ratio of two totals (R&D spending / GDP × 100). When a county reports both totals beside the
 * share, a city can recompute its own share from the summed parts instead of averaging shares. The parts are
 * rows of their own with these id suffixes, checked like amounts without a target, and optional.
 */
export { DENOMINATOR_SUFFIX, NUMERATOR_SUFFIX } from '../form';

function partIndicator(served: Indicator, rowId: string, quantity: Quantity): Indicator {
  return {
    id: rowId,
    planId: served.planId,
    concept: quantity.concept ?? rowId,
    name: quantity.name,
    unit: quantity.unit,
    marks: [],
    direction: served.direction,
    path: 'linear',
    aggregation: { kind: 'sum' },
    measure: 'amount',
    perYear: served.perYear,
    values: [],
    source: served.source,
    optional: true,
  };
}

/** The numerator and denominator rows of a ratio indicator reported on the row `rowId`; [] for any other. */
export function ratioParts(served: Indicator, rowId: string = served.id): Indicator[] {
  if (served.aggregation.kind !== 'ratio') return [];
  return [
    partIndicator(served, ratioPartRowId(rowId, 'numerator'), served.aggregation.numerator),
    partIndicator(served, ratioPartRowId(rowId, 'denominator'), served.aggregation.denominator),
  ];
}
