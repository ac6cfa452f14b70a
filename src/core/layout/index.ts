/**
 * The sheet model (`types.ts`), the reporting form's sheets (reporting sheet, `_meta`, carrying entered values over)
 * and the building blocks the documents in core/documents and core/reports are made with. The form's contract
 * (labels, columns, row ids, the `_meta` codec, cell addresses) is core/form.
 */
export type {
  AlignmentSpec, CellPosition, CellRange, CellStyle, ColumnSpec, ConditionalFormat, ConditionalStyle, DataValidation,
  FontSpec, FrozenPanes, LayoutCell, LayoutValue, LinkTarget, PageMargins, PrintSetup, ProtectionAllowances, RowSpec,
  SheetLayout, SheetProtection, SheetVisibility, ValidationOperator, ValidationType, WorkbookLayout,
} from './types';
export { argb, STATUS_SWATCH, NOT_A_NUMBER, type Swatch } from './palette';
export { brokenLines, cellTextWidth, oneLineColumnWidth } from './textWidth';
export { scopeLines } from './scopeLines';
export { shownText, startsLikeFormula } from './sheetBuilder';
export { LayoutError, type LayoutErrorCode } from './errors';
export { reportingSheetForRegion, reportingSheetLayout } from './reportingSheet';
export { validationsBeforeCounts } from './entryRules';
export { planReportingSheet, type ReportingInput, type ReportingPlan } from './reportingPlan';
export { reportingSheetMap, type ReportingSheetMap } from './reportingSheetMap';
export { reportingMetadata, reportingWorkbookLayout, rowIdsOf } from './reportingWorkbook';
export { keyValueSheetLayout, metadataSheetLayout } from './metadata';
export { metadataBlocks, withKeptBlocks } from './metadataBlocks';
export { mergeEnteredValues, type CarriedField, type MergedEntries, type NotCarriedReason, type NotCarriedValue } from './mergeEnteredValues';
export { carryNumberFormats } from './carryNumberFormats';
export { AMBER, GREEN, RED } from './palette';
// The building blocks of the documents made on the layout (core/documents, core/reports).
export { EMPTY, SheetBuilder, textValue, type ColumnFit } from './sheetBuilder';
export { BODY_SIZE, FONT, makeStyle, sheetStyles } from './styles';
export { firstPageLastColumn, MIN_PRINT_SCALE, printedWidthPoints, scaleToFit } from './printScale';
export { decimalsOf, MAX_SHOWN_DECIMALS, numberAsShown, numberStyleName, numberStyles } from './numberCells';
export { decimalsKeepingJudgement, percentDecimals } from './honestDecimals';
export { rowDecimals, rowNumberFormat } from './printedDecimals';
