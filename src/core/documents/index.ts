/**
 * The documents made from a catalog, laid out on the sheet model of core/layout: the plan's annex tables and prose
 * targets as printed, the completion table, the progress sheet, the cover, and the template workbook that puts
 * a cover before the reporting form. Reports made from checks and consolidations are core/reports.
 */
export { annexLayouts, annexTableLayout } from './annexTable';
export type { AnnexColumn } from './tableColumns';
export { proseTargetsLayout } from './proseTargets';
export { completionTableLayout, type CompletionActual, type CompletionTableInput } from './completionTable';
export { progressChartRange, progressSheetLayout, type ProgressSheetInput } from './progressSheet';
export { nameWithUnit, planSheetName, sheetName, type AnnexOptions } from './documentSheet';
export { coverSheetForRegion, coverSheetLayout, type CoverInput } from './coverSheet';
export { templateWorkbookLayout, type TemplateInput } from './templateWorkbook';
export { LANDSCAPE_MARGINS, printedTableLayout } from './printedTable';
