/**
 * A whole return checked: every reporting sheet against the catalog, each with its findings and its rows'
 * attainment, and the return's one verdict (the worst sheet's, see verdict.ts). The CLI, the pane and
 * consolidation take their judgement of a return from here.
 */
import type { LoadedCatalog } from '../catalog';
import { forgetTableReads, type ReturnSheet } from '../returns';
import { checkAgainstCatalog } from './checkAgainstCatalog';
import { coverObservations } from './coverSheet';
import { printedGrid } from './printedCells';
import { rowAttainments, type RowAttainment } from './rowAttainments';
import type { CheckContext, CheckReport, Finding } from './types';
import { worstVerdict, type Verdict } from './verdict';

export interface SheetCheck {
  sheet: ReturnSheet;
  report: CheckReport;
  /** Every indicator row's attainment, as the sheet computes it. */
  attainments: RowAttainment[];
}

export interface WorkbookCheck {
  sheets: SheetCheck[];
  verdict: Verdict;
  errors: Finding[];
  warnings: Finding[];
  unexplainedWarnings: number;
}

export function checkWorkbook(sheets: readonly ReturnSheet[], loaded: LoadedCatalog, options?: CheckContext['options']): WorkbookCheck {
  const checked = judgedSheets(sheets, loaded, options).map(({ sheet, report, context }): SheetCheck => {
    return { sheet, report, attainments: rowAttainments(sheet, context.indicators, context.plans) };
  });
  const findings = checked.flatMap((check) => check.report.findings);
  return {
    sheets: checked,
    verdict: worstVerdict(checked.map((check) => check.report.verdict)),
    errors: findings.filter((finding) => finding.severity === 'error'),
    warnings: findings.filter((finding) => finding.severity === 'warning'),
    unexplainedWarnings: checked.reduce((sum, check) => sum + check.report.unexplainedWarnings, 0),
  };
}

/** A sheet's report, without its rows' attainment. */
export type SheetReport = Omit<SheetCheck, 'attainments'>;

/**
 * Each sheet's report as checkWorkbook makes it, without the rows' attainment: for a caller that takes only the
 * findings (consolidation's 待核实, decision 0218), which the attainment of every row (about 5% of checking a province's
 * returns) does not change.
 */
export function workbookReports(sheets: readonly ReturnSheet[], loaded: LoadedCatalog, options?: CheckContext['options']): SheetReport[] {
  return judgedSheets(sheets, loaded, options).map(({ sheet, report }) => ({ sheet, report }));
}

function judgedSheets(sheets: readonly ReturnSheet[], loaded: LoadedCatalog, options?: CheckContext['options']): (SheetReport & { context: CheckContext })[] {
  // The cover belongs to the whole workbook: its differences are said on the first sheet, like the package's.
  const coverFound = coverObservations(sheets, sheets[0]?.cover, loaded);
  const withCover = coverFound.length === 0 ? sheets : sheets.map((sheet, index) => (index === 0 ? { ...sheet, observations: [...sheet.observations, ...coverFound] } : sheet));
  const judged = withCover.map((sheet) => {
    const { report, context } = checkAgainstCatalog(sheet, loaded, options);
    return { sheet, report, context };
  });
  // The tables read again at the form's positions and the printed cells by place were kept for these sheets only: a
  // large return's are not held while the next one is read (decision 0265).
  forgetTableReads();
  printedGrid.forget();
  return judged;
}
