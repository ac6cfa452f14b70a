export type {
  AlignmentSpec, CellPosition, CellRange, CellStyle, ColumnSpec, ConditionalFormat, ConditionalStyle, DataValidation,
  FontSpec, FrozenPanes, LayoutCell, LayoutValue, LinkTarget, PageMargins, PrintSetup, ProtectionAllowances, RowSpec,
  SheetLayout, SheetProtection, SheetVisibility, ValidationOperator, ValidationType, WorkbookLayout,
} from './types';
export { a1, columnLetter, parseA1, parseRange, rangeA1, rangeContains } from '../form';
export { argb, STATUS_SWATCH, NOT_A_NUMBER, type Swatch } from './palette';
export { cellTextWidth } from './textWidth';
export { shownText, startsLikeFormula } from './sheetBuilder';
export { LayoutError, type LayoutErrorCode } from './errors';
export { reportingSheetLayout } from './reportingSheet';
export { planReportingSheet, type ReportingInput, type ReportingPlan } from './reportingPlan';
export { reportingSheetMap, type ReportingSheetMap } from './reportingSheetMap';
export { reportingMetadata, reportingWorkbookLayout, rowIdsOf } from './reportingWorkbook';
export { metadataSheetLayout } from './metadata';
// The form's contract lives in core/form; re-exported here for importers not yet moved to it.
export {
  LAYOUT_VERSION, locateColumns, metadataRows, readMetadataBlocks, readMetadataCells,
  type LocatedColumns, type MetadataCell, type MetadataProblem, type MetadataReadError, type MetadataReadResult,
  type ReportingColumns, type TargetColumnRef,
} from '../form';
export { mergeEnteredValues, type MergedEntries, type NotCarriedReason, type NotCarriedValue } from './mergeEnteredValues';
export { annexColumnOf, annexLayouts, annexTableLayout, tableIndicators, valueForYear, type AnnexColumn, type AnnexOptions } from './annexTable';
export { proseIndicators, proseTargetsLayout } from './proseTargets';
export { completedText, completionTableLayout, type CompletionActual, type CompletionTableInput } from './completionTable';
export { PROGRESS, progressChartRange, progressSheetLayout, type ProgressSheetInput } from './progressSheet';
export { nameWithUnit, sheetName } from './documentSheet';
export { coverSheetLayout, type CoverInput } from './coverSheet';
export { templateReportingInputs, templateWorkbookLayout, type TemplateInput } from './templateWorkbook';
export { COVER, FINDINGS, METADATA, REPORTING } from '../form';
export { AMBER, GREEN, RED } from './palette';
// The building blocks of the documents made on the layout (core/reports).
export { SheetBuilder, textValue } from './sheetBuilder';
export { BODY_SIZE, FONT, makeStyle, sheetStyles } from './styles';
export { printedTableLayout } from './printedTable';
