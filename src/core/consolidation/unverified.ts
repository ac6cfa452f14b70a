import type { CheckReport } from '../checks';
import { parseRowId } from '../form';
import type { Coded } from '../i18n';

/**
 * The rows of a return whose value the checks did not accept (an error, or a warning nobody explained), by row id,
 * with the first reason: that finding's code and params, worded where it is shown (renderFinding), in the language
 * asked there. A finding on a numerator, denominator or compared quantity puts its row in doubt.
 * An error on the sheet as a whole (the return is 退回 for it: metadata, frame, protection, a hidden row…) puts every
 * row the checks read in doubt: a rejected return is not presented as done. Tables built from returns show such a
 * value as 待核实 and leave it out of totals and of 是/否.
 */
export function unverifiedRows(report: Pick<CheckReport, 'findings'> & Partial<Pick<CheckReport, 'summary'>>): Record<string, Coded> {
  const rows: Record<string, Coded> = {};
  const reason = (finding: Coded): Coded => ({ code: finding.code, params: finding.params });
  // A finding about a value found (a part's 10² slip) says more than one about a cell left empty (the ratio's own).
  const aboutAValue = new Set<string>();
  for (const finding of report.findings) {
    if (finding.indicatorId === null || (finding.severity === 'warning' && finding.explained)) continue;
    const rowId = baseRowId(finding.indicatorId);
    if (rows[rowId] !== undefined && (aboutAValue.has(rowId) || finding.value === null)) continue;
    rows[rowId] = reason(finding);
    if (finding.value !== null) aboutAValue.add(rowId);
  }
  const sheetError = report.findings.find((finding) => finding.indicatorId === null && finding.severity === 'error');
  if (sheetError !== undefined) {
    for (const id of Object.keys(report.summary?.byIndicator ?? {})) rows[baseRowId(id)] ??= reason(sheetError);
  }
  return rows;
}

function baseRowId(rowId: string): string {
  const parsed = parseRowId(rowId);
  return parsed.kind === 'companion' || parsed.kind === 'part' ? parsed.of : rowId;
}

/**
 * The reason says something was typed that the checks could not read as a value (text such as 约300, a date, an error
 * value, a formula): the region did report the row, so it is 待核实, not 未填报, though no number is carried.
 */
export function typedButUnread(reason: Coded): boolean {
  return reason.code.startsWith('check.not_a_number') || reason.code.startsWith('check.entry_formula');
}
