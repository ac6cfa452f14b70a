export type { CheckContext, CheckOptions, CheckReport, Finding, RuleTally, Severity, Verdict } from './types';
export type { CellRule, CellSubject, CheckRule, Failure, Outcome, SheetOutcome, SheetRule } from './rule';
export { fail, NOT_AVAILABLE, PASS } from './rule';
export { checkReturn } from './checkReturn';
export { buildCheckContext, type CheckContextInput } from './buildCheckContext';
export { DEFAULT_CHECK_OPTIONS } from './options';
export { DEFAULT_RULES } from './rules';
export { SheetView, type Reference } from './sheetView';
export { applicableTargetValue, baselineFor, hasTarget, valueShape } from './catalogValues';
export {
  cellText, isPercentFormat, numberOf, readAnswer, readEnteredNumber, readEnteredValue,
  type EnteredNumber, type EnteredValue, type NotANumber, type NotANumberReason, type ValueShape,
} from './reading';
export { checkAgainstCatalog, type CatalogCheck } from './checkAgainstCatalog';
export { offFormCells } from './offFormCells';
export { indicatorNamesById, ruleNames } from './names';
export { VERDICTS, verdictOf, worstVerdict, type VerdictCounts } from './verdict';
export { sheetActuals, type ReportedValue } from './sheetActuals';
export { rowAttainments, type RowAttainment } from './rowAttainments';
export { checkWorkbook, workbookReports, type SheetCheck, type SheetReport, type WorkbookCheck } from './checkWorkbook';
