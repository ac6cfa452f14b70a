/**
 * The .xlsx adapter as the command line sees it: returns read (one pass over the zip, no ExcelJS), guarded, annotated,
 * regenerated and filled; layouts written with ExcelJS. Files inside (read/, annotate/, regenerate/) are its own.
 */
export { annotateWorkbook } from './annotateWorkbook';
export { DEFAULT_LIMITS, fileProblem, megabytes, ReturnFileError, type ReturnProblem } from './fileProblem';
export { fillReturn, type Entry, type ExplanationEntry } from './fillReturn';
export { loadWorkbook } from './loadWorkbook';
export { readConsolidationRecord } from './readConsolidationRecord';
export { guardWorkbookBytes, readReturnSheets, readReturnWorkbook } from './readReturnWorkbook';
export { regenerateReturn, type RegeneratedReturn } from './regenerateReturn';
export { sheetsBytes, workbookBytes } from './renderWorkbook';
export { sheetCells } from './sheetCells';
export { isToolOutput } from './toolOutput';
