import type { CheckReport, Finding, RuleTally, Verdict } from './types';

function columnNumber(letters: string): number {
  return [...letters].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0);
}

/** Where a finding sits on the sheet, for listing findings top to bottom, left to right (sheet-wide first). */
function position(cell: string | null): [number, number] {
  if (cell === null) return [-1, -1];
  const a1 = /^\$?([A-Z]+)\$?(\d+)/u.exec(cell.toUpperCase());
  if (a1) return [Number(a1[2]), columnNumber(a1[1] ?? '')];
  const wholeRow = /^(\d+):/u.exec(cell);
  return wholeRow ? [Number(wholeRow[1]), 0] : [-1, -1];
}

/** Findings in sheet order; findings of one cell keep the rules' order. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index, at: position(finding.cell) }))
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
