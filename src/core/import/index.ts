export type {
  ImportColumn, ImportColumnKind, ValueMeasure, ImportedIndicator, ImportedValue, ImportInput, ImportProblem, ImportProblemCode, ImportResult,
} from './types';
export { IMPORT_PROBLEM_CODES } from './types';
export { recogniseIndicatorTable } from './recogniseIndicatorTable';
export { CUSTOM_CONCEPT_PREFIX, importConceptsYaml, importedConceptId, importToCatalogYaml, planTitleOfCaption, type ImportPlan } from './catalogYaml';
export { ImportCatalogError, type ImportCatalogErrorCode } from './errors';
export { readIndicatorName, type IndicatorName } from './indicatorName';
export { tidyCell } from './text';
export { SUGGESTION_FLOOR, type ConceptSuggestion } from './conceptSuggestions';
export { importResultJson, type ImportJson, type ImportJsonIndicator, type ImportJsonProblem, type ImportJsonValue } from './importJson';
export { textTableCells } from './sources/textTable';
export { htmlTables, tableWithSurroundings, type HtmlTable } from './sources/htmlTable';
