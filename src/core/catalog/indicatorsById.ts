import { keptFor } from '../util/kept';
import type { Indicator, PlanCatalog } from './types';

const KEPT = new WeakMap<PlanCatalog, ReadonlyMap<string, Indicator>>();

/** A plan's indicators by id, made once per plan (a loaded catalog's plans are never changed: decision 0204). */
export function indicatorsById(plan: PlanCatalog): ReadonlyMap<string, Indicator> {
  return keptFor(KEPT, plan, (made) => new Map(made.indicators.map((indicator) => [indicator.id, indicator])));
}
