/**
 * The office-js adapter: the only place office-js is used. Every function takes the Excel.RequestContext of the
 * pane's Excel.run, batches its work and makes a fixed, small number of context.sync() calls. See README.md.
 */
export {
  hostSupport, requirementStatus,
  type AnnotationMode, type MissingFeature, type RequirementCode, type RequirementStatus, type SupportCheck,
} from './requirements';
export { ExcelAdapterError, type ExcelAdapterErrorCode } from './errors';
export { writeWorkbookLayout, type WriteOptions, type WriteReport } from './writeWorkbook';
export { readActiveReturnSheet, readReturnSheets, readReturnSheetsReport, type ReadOptions, type ReadReport } from './readReturns';
export { annotateFindings, type AnnotateOptions, type AnnotationReport } from './annotate';
export { readSelectedTable, selectCell, usedSelection, writeExplanation } from './cellActions';
export { loadWorkbookSetting, saveWorkbookSetting, type SettingValue } from './settings';
export { rangeGrid, type RangeRead } from './rangeGrid';
export { REQUEST_LIMIT_BYTES } from './requestBudget';
export { addBarChart, type ChartPlacement } from './chart';
export { watchChanges, type ChangeWatch } from './changes';
