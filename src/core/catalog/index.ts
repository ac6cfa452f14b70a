export type {
  Aggregation, Catalog, LowerLevelReporting, CatalogProblem, CatalogProblemCode, Concept, CrossIndicatorRule, Indicator, IndicatorValue,
  Measure, Plan, PlanCatalog, PlanLevel, PlanTable, Quantity, Region, RuleKind, Source, SourceKind, TableNote, ValueChange, ValueRole,
} from './types';
export { changeUnitReading } from './changeUnit';
export { indicatorsById } from './indicatorsById';
export { loadPlanFile, valueUnitFits, type PlanLoadResult } from './loadPlanFile';
export { loadConceptsFile, type ConceptsLoadResult } from './loadConceptsFile';
export { lintCatalog, unitFitsConcept, type NamedPlan } from './lintCatalog';
export { defaultAggregation, defaultMeasure } from './defaults';
export { catalogVersion } from './catalogVersion';
export { isConceptsFileName, loadCatalog, type CatalogText, type LoadedCatalog } from './loadCatalog';
export {
  fetchCatalogText, loadCatalogFromUrl, MAX_CATALOG_BYTES, type FetchedCatalogText, type FetchedResponse, type FetchLike, type UrlLoadOptions,
} from './loadCatalogFromUrl';
export { isContribution, judgedIndicator } from './contribution';
export { rowIdBeforeSplit, rowIdsAfterSplit } from './splitConcepts';
export { inScope, isOwnPlan, isRanking, reportingScope, scopeBelow, type ReportingMode, type ReportingScope, type ScopeReason } from './reportingScope';
export { DENOMINATOR_SUFFIX, NUMERATOR_SUFFIX, ratioParts } from './ratioParts';
export {
  catalogHistory, parseVersionRegistry, releaseOf, textsOfRelease, versionStanding,
  type CatalogHistory, type ReleasedVersion, type VersionRegistry, type VersionStanding,
} from './versions';
