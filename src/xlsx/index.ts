/**
 * The .xlsx adapter as the command line and the task pane see it: returns read (one pass over the zip, no ExcelJS),
 * guarded, annotated, regenerated and filled; layouts written with ExcelJS. Files inside (read/, annotate/,
 * regenerate/) are its own: nothing outside src/xlsx imports them (tests/project/moduleBoundaries.test.ts). Every
 * module here runs nothing on import, so the pane's bundles keep only what they use (webpack's sideEffects: false).
 */
export { annotateWorkbook } from './annotateWorkbook';
export { writeReviewNotes } from './annotate/reviewNotes';
export { readCellValue } from './cellValue';
export { DEFAULT_LIMITS, fileProblem, megabytes, ReturnFileError, type ReturnProblem } from './fileProblem';
export { fillReturn, type Entry, type ExplanationEntry } from './fillReturn';
export { loadWorkbook } from './loadWorkbook';
export { readConsolidationFile, readConsolidationRecord } from './readConsolidationRecord';
export { guardWorkbookBytes, readReturnSheets, readReturnWorkbook } from './readReturnWorkbook';
export { regenerateReturn, type RegeneratedReturn } from './regenerateReturn';
export { renderSheet } from './renderSheet';
export { renderSheets, sheetsBytes, workbookBytes, xlsxBytes } from './renderWorkbook';
export { sheetCells } from './sheetCells';
export { annotatedKeywords, isToolOutput, toolMark } from './toolOutput';
export { xlsxParts } from './xlsxParts';
