export type {
  AlignmentSpec, CellPosition, CellRange, CellStyle, ColumnSpec, ConditionalFormat, ConditionalStyle, DataValidation,
  FontSpec, FrozenPanes, LayoutCell, LayoutValue, LinkTarget, PageMargins, PrintSetup, ProtectionAllowances, RowSpec,
  SheetLayout, SheetProtection, SheetVisibility, ValidationOperator, ValidationType, WorkbookLayout,
} from './types';
export { a1, columnLetter, parseA1, parseRange, rangeA1, rangeContains } from './address';
export { argb, STATUS_SWATCH, NOT_A_NUMBER, type Swatch } from './palette';
export { displayWidth } from './textWidth';
export { shownText, startsLikeFormula } from './sheetBuilder';
export { LayoutError, type LayoutErrorCode } from './errors';
export { reportingSheetLayout } from './reportingSheet';
export { planReportingSheet, type ReportingInput, type ReportingPlan } from './reportingPlan';
export { locateColumns, reportingSheetMap, type LocatedColumns, type ReportingColumns, type ReportingSheetMap, type TargetColumnRef } from './reportingSheetMap';
export { reportingMetadata, reportingWorkbookLayout, rowIdsOf } from './reportingWorkbook';
export {
  LAYOUT_VERSION, metadataRows, metadataSheetLayout, readMetadataBlocks, readMetadataCells,
  type MetadataCell, type MetadataProblem, type MetadataReadError, type MetadataReadResult,
} from './metadata';
export { mergeEnteredValues, type MergedEntries, type NotCarriedReason, type NotCarriedValue } from './mergeEnteredValues';
export {
  findingsReportLayout, verdictOf, type FindingSeverity, type FindingsReportInput, type ReportedFinding, type Verdict,
} from './findingsReport';
export { annexColumnOf, annexLayouts, annexTableLayout, tableIndicators, valueForYear, type AnnexColumn, type AnnexOptions } from './annexTable';
export { proseIndicators, proseTargetsLayout } from './proseTargets';
export { completedText, completionTableLayout, type CompletionActual, type CompletionTableInput } from './completionTable';
export { PROGRESS, progressChartRange, progressSheetLayout, type ProgressSheetInput } from './progressSheet';
export { nameWithUnit, sheetName } from './documentSheet';
export { coverSheetLayout, type CoverInput } from './coverSheet';
export { templateReportingInputs, templateWorkbookLayout, type TemplateInput } from './templateWorkbook';
export { batchReportLayouts, type BatchFileResult, type BatchReportInput } from './batchReport';
export { consolidationSheetLayout, type ConsolidationSheetInput } from './consolidationSheet';
export { COVER, FINDINGS, METADATA, REPORTING } from './labels';
export { AMBER, RED } from './palette';
