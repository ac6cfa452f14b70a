import type { CheckReport } from '../checks';
import { parseRowId } from '../form';
import { renderFinding, type Locale } from '../i18n';

/**
 * The rows of a return whose value the checks did not accept (an error, or a warning nobody explained), by row id,
 * with the first worded reason. A finding on a numerator, denominator or compared quantity puts its row in doubt.
 * Tables built from returns show such a value as 待核实 and leave it out of totals and of 是/否.
 */
export function unverifiedRows(report: Pick<CheckReport, 'findings'>, locale: Locale): Record<string, string> {
  const rows: Record<string, string> = {};
  for (const finding of report.findings) {
    if (finding.indicatorId === null || (finding.severity === 'warning' && finding.explained)) continue;
    const parsed = parseRowId(finding.indicatorId);
    const id = parsed.kind === 'companion' || parsed.kind === 'part' ? parsed.of : finding.indicatorId;
    rows[id] ??= renderFinding(finding, locale);
  }
  return rows;
}
