/**
 * The checks of the 校验 and 审核 tabs: each reporting sheet read back, confronted with the catalog; the
 * findings of all sheets grouped by severity; one verdict for the workbook (the worst sheet's).
 */
import { checkAgainstCatalog, type CheckReport, type Finding, type Verdict } from '../../core/checks';
import type { LoadedCatalog } from '../../core/catalog';
import type { ReturnSheet } from '../../core/returns';
import { placeOfAddress, samePlace } from '../../core/form';

export interface SheetCheck {
  sheet: ReturnSheet;
  report: CheckReport;
}

export interface WorkbookCheck {
  sheets: SheetCheck[];
  verdict: Verdict;
  errors: Finding[];
  warnings: Finding[];
  unexplainedWarnings: number;
}

const VERDICT_ORDER: readonly Verdict[] = ['accepted', 'accepted_with_explanations', 'rejected'];

export function worstVerdict(verdicts: readonly Verdict[]): Verdict {
  return verdicts.reduce<Verdict>((worst, verdict) => (VERDICT_ORDER.indexOf(verdict) > VERDICT_ORDER.indexOf(worst) ? verdict : worst), 'accepted');
}

export function checkSheets(sheets: readonly ReturnSheet[], loaded: LoadedCatalog): WorkbookCheck {
  const checked = sheets.map((sheet) => ({ sheet, report: checkAgainstCatalog(sheet, loaded).report }));
  const findings = checked.flatMap((check) => check.report.findings);
  return {
    sheets: checked,
    verdict: worstVerdict(checked.map((check) => check.report.verdict)),
    errors: findings.filter((finding) => finding.severity === 'error'),
    warnings: findings.filter((finding) => finding.severity === 'warning'),
    unexplainedWarnings: checked.reduce((sum, check) => sum + check.report.unexplainedWarnings, 0),
  };
}

/** The 说明 cell of a finding's row, found by the row of its cell: where the pane writes an explanation. */
export function explanationCellOf(finding: Finding, sheets: readonly ReturnSheet[]): string | null {
  const sheet = sheets.find((candidate) => candidate.sheet === finding.sheet);
  if (sheet === undefined || finding.ref === null) return null;
  const { ref } = finding;
  const row = sheet.rows.find((candidate) => candidate.row === ref.row)
    ?? sheet.rows.find((candidate) => candidate.indicatorId !== null && candidate.indicatorId === finding.indicatorId);
  return row?.explanation.address ?? null;
}

/** Whether the finding's cell is an actual-value cell (one the browser pane lets a user correct). */
export function isActualCell(finding: Finding, sheets: readonly ReturnSheet[]): boolean {
  const sheet = sheets.find((candidate) => candidate.sheet === finding.sheet);
  const { ref } = finding;
  if (sheet === undefined || ref === null) return false;
  return sheet.rows.some((row) => Object.values(row.actuals).some((cell) => {
    const place = placeOfAddress(cell.address);
    return place !== null && samePlace(place, ref);
  }));
}
