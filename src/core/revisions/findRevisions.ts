import type { CellValue, ReturnSheet } from '../returns';

/** An earlier year's value that differs from the return accepted for that year: a revision (修订) needing a 说明. */
export interface Revision {
  region: string;
  sheet: string;
  indicatorId: string;
  name: string;
  year: number;
  acceptedValue: string;
  currentValue: string;
  /** The accepted return's reporting year. */
  acceptedIn: number;
  /** The row's 说明 holds something. */
  explained: boolean;
}

function shown(value: CellValue | undefined): string {
  if (value === undefined || value.type === 'empty') return '';
  return String(value.value);
}

function same(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (a?.type === 'number' && b?.type === 'number') return Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value));
  return shown(a).trim() === shown(b).trim();
}

/**
 * Every actual of a year an accepted return already reported, compared with what the current return now says for
 * it: the same region and plans, the latest accepted return not later than that year's.
 */
export function findRevisions(current: readonly ReturnSheet[], accepted: readonly ReturnSheet[]): Revision[] {
  const revisions: Revision[] = [];
  for (const sheet of current) {
    const meta = sheet.metadata;
    if (meta === null) continue;
    const planKey = [...meta.planIds].sort().join(',');
    const earlier = accepted
      .filter((other) => other.metadata !== null && other.metadata.region.code === meta.region.code && [...other.metadata.planIds].sort().join(',') === planKey && other.metadata.reportingYear < meta.reportingYear)
      .sort((a, b) => (b.metadata?.reportingYear ?? 0) - (a.metadata?.reportingYear ?? 0));
    for (const row of sheet.rows) {
      if (row.indicatorId === null) continue;
      for (const [yearKey, cell] of Object.entries(row.actuals)) {
        const year = Number(yearKey);
        // The latest accepted return that reported this year is the accepted value.
        const source = earlier.find((other) => (other.metadata?.reportingYear ?? 0) >= year && other.rows.some((r) => r.indicatorId === row.indicatorId && r.actuals[year] !== undefined));
        const acceptedCell = source?.rows.find((r) => r.indicatorId === row.indicatorId)?.actuals[year];
        if (source === undefined || acceptedCell === undefined || acceptedCell.value.type === 'empty' || same(acceptedCell.value, cell.value)) continue;
        revisions.push({
          region: meta.region.name, sheet: sheet.sheet, indicatorId: row.indicatorId, name: row.name, year,
          acceptedValue: shown(acceptedCell.value), currentValue: shown(cell.value) || '（空）',
          acceptedIn: source.metadata?.reportingYear ?? year, explained: row.explanation.value.type !== 'empty' && shown(row.explanation.value).trim() !== '',
        });
      }
    }
  }
  return revisions;
}
