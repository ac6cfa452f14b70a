import type { SheetRef } from '../form';
import type { CheckReport, Finding, RuleTally } from './types';
import { verdictOf } from './verdict';

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
    verdict: verdictOf({ errors, warnings, unexplainedWarnings }),
    errors,
    warnings,
    unexplainedWarnings,
  };
}
