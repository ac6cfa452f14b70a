/**
 * Findings of one kind that come many at a time — a generated template's every empty row is 未填报 — are shown as
 * one line with their count, opened on demand; the rest stay one entry each, in the checks' order.
 */
import type { Finding } from '../../core/checks';

/** From this many of a kind, they are shown under one line. */
export const COLLAPSE_FROM = 5;

const MISSING_VALUE = new Set(['check.required_missing', 'check.required_missing.companion', 'check.monitoring_missing']);

export type FindingRun =
  | { kind: 'single'; finding: Finding }
  /** `missing`: values not entered (whatever the rule); `same`: one check's code, many times. */
  | { kind: 'missing' | 'same'; key: string; findings: Finding[] };

function kindOf(finding: Finding): string {
  return MISSING_VALUE.has(finding.code) ? 'missing' : `same:${finding.code}`;
}

export function findingRuns(findings: readonly Finding[]): FindingRun[] {
  const byKind = new Map<string, Finding[]>();
  for (const finding of findings) {
    const kind = kindOf(finding);
    byKind.set(kind, [...(byKind.get(kind) ?? []), finding]);
  }
  const runs: FindingRun[] = [];
  const placed = new Set<string>();
  for (const finding of findings) {
    const kind = kindOf(finding);
    const members = byKind.get(kind) ?? [];
    if (members.length < COLLAPSE_FROM) runs.push({ kind: 'single', finding });
    else if (!placed.has(kind)) {
      placed.add(kind);
      runs.push({ kind: kind === 'missing' ? 'missing' : 'same', key: kind, findings: members });
    }
  }
  return runs;
}
