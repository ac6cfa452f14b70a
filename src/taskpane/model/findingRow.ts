/**
 * The row a finding points to, as browser mode shows it in place of a grid: the indicator's name and what its
 * entry cells hold, by year, with the 说明. Found by the row's id, so it does not depend on how a cell is addressed.
 */
import type { Finding } from '../../core/checks';
import type { ReturnSheet } from '../../core/returns';

export interface FindingRow {
  name: string;
  unit: string;
  actuals: Array<{ year: number; value: string }>;
  explanation: string;
}

function shown(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return 'text' in (value as Record<string, unknown>) ? String((value as { text: unknown }).text) : JSON.stringify(value);
  return String(value);
}

export function findingRow(finding: Finding, sheets: readonly ReturnSheet[]): FindingRow | null {
  if (finding.indicatorId === null) return null;
  const sheet = sheets.find((candidate) => candidate.sheet === finding.sheet);
  const row = sheet?.rows.find((candidate) => candidate.indicatorId === finding.indicatorId);
  if (row === undefined) return null;
  const actuals = Object.entries(row.actuals)
    .map(([year, cell]) => ({ year: Number(year), value: shown(cell.value) }))
    .sort((a, b) => a.year - b.year);
  return { name: row.name, unit: row.unit, actuals, explanation: shown(row.explanation.value) };
}
