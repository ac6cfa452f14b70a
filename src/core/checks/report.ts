import type { SheetRef } from '../form';
import type { CheckReport, Finding, RuleTally, Verdict } from './types';

/** Where a finding sits on the sheet, for listing findings top to bottom, left to right (sheet-wide first, a row before its cells). */
function position(ref: SheetRef | null): [number, number] {
  return ref === null ? [-1, -1] : [ref.row, ref.column ?? -1];
}

/** Findings in sheet order; findings of one cell keep the rules' order. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index, at: position(finding.ref) }))
    .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.index - b.index)
    .map((entry) => entry.finding);
}

/** accepted: nothing found; accepted_with_explanations: only warnings, each explained; rejected otherwise. */
export function verdictOf(errors: number, warnings: number, unexplainedWarnings: number): Verdict {
  if (errors > 0 || unexplainedWarnings > 0) return 'rejected';
  return warnings === 0 ? 'accepted' : 'accepted_with_explanations';
}

export function buildReport(
  findings: readonly Finding[],
  byRule: Record<string, RuleTally>,
  byIndicator: Record<string, RuleTally>,
): CheckReport {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.filter((finding) => finding.severity === 'warning').length;
  const unexplainedWarnings = findings.filter((finding) => finding.severity === 'warning' && !finding.explained).length;
  return {
    findings: sortFindings(findings),
    summary: { byRule, byIndicator },
    verdict: verdictOf(errors, warnings, unexplainedWarnings),
    errors,
    warnings,
    unexplainedWarnings,
  };
}
