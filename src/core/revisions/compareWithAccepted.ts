import { rowIdBeforeSplit, type Concept } from '../catalog';
import { readEnteredNumber } from '../checks';
import { isConceptRowId } from '../form';
import { inRegionOrder } from '../regions';
import type { EnteredCell, ReturnSheet } from '../returns';

/** The returns of one file, named as the command line shows it. */
export interface ReturnFileSheets {
  file: string;
  sheets: readonly ReturnSheet[];
}

/** An earlier year's value that differs from the return accepted for that year: a revision (修订) needing a 说明. */
export interface Revision {
  /** The current return's file, sheet and the cell that holds the revised value. */
  file: string;
  sheet: string;
  address: string;
  region: string;
  indicatorId: string;
  name: string;
  year: number;
  /** The values as the returns hold them; null for an empty cell (a value added, or one removed). */
  acceptedValue: string | null;
  currentValue: string | null;
  /** The accepted return's reporting year and file. */
  acceptedIn: number;
  acceptedFile: string;
  /** The row's 说明 holds something the accepted return's did not (a 说明 carried over unchanged explains nothing new). */
  explained: boolean;
  /** The row's 说明 is the accepted return's, carried over: it does not explain this revision. */
  explanationUnchanged: boolean;
}

/** A current return no accepted return of the same region and plans precedes: nothing was compared. */
export interface UncomparedReturn {
  file: string;
  region: string;
  reportingYear: number;
}

/** Two or more accepted returns of one region, plan and year: the first named is the accepted value. */
export interface AcceptedTwice {
  region: string;
  reportingYear: number;
  used: string;
  ignored: string[];
}

export interface RevisionComparison {
  revisions: Revision[];
  uncompared: UncomparedReturn[];
  acceptedTwice: AcceptedTwice[];
}

interface AcceptedSheet {
  file: string;
  sheet: ReturnSheet;
}

type Comparable = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'text'; value: string };

/**
 * What a cell says, as the checks read it: a number typed as text ('12.50', '1,234', '３．５') is the number it
 * reads as (its own finding says how it was typed), so typing alone is no revision; a dash alone is empty.
 */
function comparable(cell: EnteredCell | undefined, unit: string): Comparable {
  const entered = readEnteredNumber(cell, unit);
  if (entered.kind === 'number') return { kind: 'number', value: entered.value };
  if (entered.kind === 'missing') return { kind: 'empty' };
  if ((entered.reason === 'text_number' || entered.reason === 'percent_format') && entered.typeInstead !== undefined) {
    return { kind: 'number', value: Number(entered.typeInstead) };
  }
  return { kind: 'text', value: entered.text.trim() };
}

function same(a: Comparable, b: Comparable): boolean {
  if (a.kind === 'number' && b.kind === 'number') return Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value));
  if (a.kind === 'text' && b.kind === 'text') return a.value === b.value;
  return a.kind === 'empty' && b.kind === 'empty';
}

/** The cell as the return holds it, for the message: the typed text, the formula, or null when empty. */
function shown(cell: EnteredCell | undefined): string | null {
  if (cell === undefined) return null;
  if (cell.formula !== undefined) return `=${cell.formula}`;
  if (cell.value.type === 'empty') return null;
  const text = String(cell.value.value);
  return text.trim() === '' ? null : text;
}

/**
 * The row of an accepted return that `rowId` of the current one stands for: the same id, or the row of a merged
 * sheet made before a concept split that the current row's concept was split from (decision 0278).
 */
function acceptedRow(sheet: ReturnSheet, rowId: string, concepts: readonly Concept[]) {
  const same = sheet.rows.find((row) => row.indicatorId === rowId);
  if (same !== undefined || !isConceptRowId(rowId)) return same;
  const before = rowIdBeforeSplit(rowId, concepts);
  return before === undefined ? undefined : sheet.rows.find((row) => row.indicatorId === before);
}

const explanationText = (sheet: ReturnSheet | undefined, rowId: string, concepts: readonly Concept[]): string => {
  const value = sheet === undefined ? undefined : acceptedRow(sheet, rowId, concepts)?.explanation.value;
  return value === undefined || value.type === 'empty' ? '' : String(value.value).trim();
};

/**
 * The accepted returns each region, plan and year is compared with: the first named of each; the others are
 * listed, never silently chosen between.
 */
function firstOfEach(accepted: readonly ReturnFileSheets[]): { kept: AcceptedSheet[]; acceptedTwice: AcceptedTwice[] } {
  const firstFile = new Map<string, string>();
  const twice = new Map<string, AcceptedTwice>();
  const kept: AcceptedSheet[] = [];
  for (const file of accepted) {
    for (const sheet of file.sheets) {
      const meta = sheet.metadata;
      if (meta === null) continue;
      const keys = meta.planIds.map((plan) => `${meta.region.code}|${plan}|${meta.reportingYear}`);
      const earlierFile = keys.map((key) => firstFile.get(key)).find((name) => name !== undefined && name !== file.file);
      if (earlierFile === undefined) {
        for (const key of keys) firstFile.set(key, file.file);
        kept.push({ file: file.file, sheet });
        continue;
      }
      const key = `${meta.region.code}|${meta.reportingYear}|${earlierFile}`;
      const entry = twice.get(key) ?? { region: meta.region.name, reportingYear: meta.reportingYear, used: earlierFile, ignored: [] };
      if (!entry.ignored.includes(file.file)) entry.ignored.push(file.file);
      twice.set(key, entry);
    }
  }
  return { kept, acceptedTwice: [...twice.values()] };
}

/**
 * Every actual of a year an accepted return already reported (a value or an empty cell), compared with what the
 * current return now says for it: the same region, a plan in common, the latest accepted return of an earlier year
 * that has the row and the year. A current return nothing precedes is listed as not compared. `concepts`: the
 * catalog's, whose `split_from` names the row an accepted merged return made before a split has the value on.
 */
export function compareWithAccepted(
  current: readonly ReturnFileSheets[], accepted: readonly ReturnFileSheets[], concepts: readonly Concept[] = [],
): RevisionComparison {
  const { kept, acceptedTwice } = firstOfEach(accepted);
  // Each with its region's code: the lists come out in GB/T 2260 order of their regions (decision 0245 addendum).
  const revisions: Array<{ revision: Revision; code: string }> = [];
  const uncompared: Array<{ entry: UncomparedReturn; code: string }> = [];
  for (const file of current) {
    for (const sheet of file.sheets) {
      const meta = sheet.metadata;
      if (meta === null) continue;
      const earlier = kept
        .filter(({ sheet: other }) => other.metadata !== null && other.metadata.region.code === meta.region.code
          && other.metadata.reportingYear < meta.reportingYear && other.metadata.planIds.some((plan) => meta.planIds.includes(plan)))
        .sort((a, b) => (b.sheet.metadata?.reportingYear ?? 0) - (a.sheet.metadata?.reportingYear ?? 0));
      if (earlier.length === 0) {
        if (!uncompared.some(({ entry }) => entry.file === file.file && entry.region === meta.region.name)) {
          uncompared.push({ entry: { file: file.file, region: meta.region.name, reportingYear: meta.reportingYear }, code: meta.region.code });
        }
        continue;
      }
      for (const row of sheet.rows) {
        const rowId = row.indicatorId;
        if (rowId === null) continue;
        for (const [yearKey, cell] of Object.entries(row.actuals)) {
          const year = Number(yearKey);
          // The latest accepted return that had this row and year is the accepted value.
          const source = earlier.find(({ sheet: other }) => (other.metadata?.reportingYear ?? 0) >= year
            && acceptedRow(other, rowId, concepts)?.actuals[year] !== undefined);
          const acceptedCell = source === undefined ? undefined : acceptedRow(source.sheet, rowId, concepts)?.actuals[year];
          if (source === undefined || acceptedCell === undefined || same(comparable(acceptedCell, row.unit), comparable(cell, row.unit))) continue;
          const explanation = row.explanation.value.type === 'empty' ? '' : String(row.explanation.value.value).trim();
          const unchanged = explanation !== '' && explanation === explanationText(source.sheet, rowId, concepts);
          revisions.push({ code: meta.region.code, revision: {
            file: file.file, sheet: sheet.sheet, address: cell.address, region: meta.region.name, indicatorId: rowId, name: row.name, year,
            acceptedValue: shown(acceptedCell), currentValue: shown(cell),
            acceptedIn: source.sheet.metadata?.reportingYear ?? year, acceptedFile: source.file,
            explained: explanation !== '' && !unchanged, explanationUnchanged: unchanged,
          } });
        }
      }
    }
  }
  return {
    revisions: inRegionOrder(revisions, ({ code }) => code).map(({ revision }) => revision),
    uncompared: inRegionOrder(uncompared, ({ code }) => code).map(({ entry }) => entry),
    acceptedTwice,
  };
}
