/**
 * The shape of a catalog file as written (snake_case), after it passed catalog/schema.json: the types are generated
 * from the schemas (schemaTypes.ts, by scripts/catalog-types.js), so the two cannot drift apart.
 */
export type { IndicatorEntry, PlanFile, QuantityEntry, RuleEntry } from './schemaTypes';
