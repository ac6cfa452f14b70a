import { defaultMeasure, type Indicator } from '../catalog';

/**
 * The layout reports the quantity a relative target is compared with ("固定资产投资增速") on a row of its own
 * under the indicator, with the id `<row id>#companion`. The checks treat that row as an indicator of its
 * own, without targets, so its entries are read and checked like any other.
 */
export { COMPANION_SUFFIX } from '../form';

/** What the companion row is called: the catalog's companion, else the reference the relative target names. */
export function companionName(indicator: Indicator): string | null {
  const relative = indicator.values.find((value) => value.role === 'target' && value.parsed.kind === 'relative');
  if (relative === undefined && indicator.companion === undefined) return null;
  return indicator.companion?.name ?? (relative?.parsed.kind === 'relative' ? relative.parsed.reference : null);
}

/** The companion quantity of `served` as an indicator of the row `rowId`; null when it has none. */
export function companionIndicator(served: Indicator, rowId: string): Indicator | null {
  const name = companionName(served);
  if (name === null) return null;
  const unit = served.companion?.unit || served.unit;
  return {
    id: rowId,
    planId: served.planId,
    concept: served.companion?.concept ?? rowId,
    name,
    unit,
    marks: [],
    direction: served.direction,
    path: 'linear',
    aggregation: { kind: 'none' },
    measure: defaultMeasure(unit, name),
    perYear: served.perYear,
    values: [],
    source: served.source,
  };
}
