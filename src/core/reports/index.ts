/** The report documents made from checks and consolidations: the findings report, the batch report, the city sheet. */
export { findingsReportLayout, type FindingSeverity, type FindingsReportInput, type ReportedFinding } from './findingsReport';
export { batchReportLayouts, type BatchFileResult, type BatchReportInput } from './batchReport';
export { consolidationSheetLayout, type ConsolidationSheetInput } from './consolidationSheet';
export { consolidationRecordSheetLayout } from './consolidationRecordSheet';
export { groupFindings, hasAnnotation, markedCell, mergedNote, noteText, withoutAnnotation, type CellFindings } from './reviewNotes';
export { recordAgainstSheets, type RecordDisagreement } from './recordAgainstSheets';
