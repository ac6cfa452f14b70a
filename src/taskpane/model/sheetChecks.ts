/**
 * The checks of the 校验 and 审核 tabs: each reporting sheet read back, confronted with the catalog; the
 * findings of all sheets grouped by severity; one verdict for the workbook (the worst sheet's).
 */
import { checkWorkbook, type Finding, type WorkbookCheck } from '../../core/checks';
import type { LoadedCatalog } from '../../core/catalog';
import type { ReturnSheet } from '../../core/returns';
import { placeOfAddress, samePlace } from '../../core/form';

export type { SheetCheck, WorkbookCheck } from '../../core/checks';
export { worstVerdict } from '../../core/checks';

/** The checks of a workbook's reporting sheets: core's one policy (checkWorkbook). */
export function checkSheets(sheets: readonly ReturnSheet[], loaded: LoadedCatalog): WorkbookCheck {
  return checkWorkbook(sheets, loaded);
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
