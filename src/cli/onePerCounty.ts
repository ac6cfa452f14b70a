/**
 * One completion table per county and year (decision 0268). A county's return given twice — 越城区.xlsx beside
 * 越城区(1).xlsx as QQ saves a second download, or a revised copy beside the first — printed two tables for one county,
 * without a word. By consolidate's rule (takenFirst, decisions 0230, 0251): of one county's returns of a year, the first
 * its checks held nothing back from is taken and the others are named; where two returns the checks accepted differ, the values
 * they differ on are 待核实 in the table taken, since which one stands cannot be told from the files; so are the values of
 * two counties that are all the same (one copied the other's figures: copiedValues).
 */
import type { LoadedCatalog, PlanCatalog } from '../core/catalog';
import { checkAgainstCatalog } from '../core/checks';
import { copiedFrom, copiedValues, copiesDiffer, firstOfEach, takenFirst, unverifiedRows, type CountyReturn } from '../core/consolidation';
import type { Coded } from '../core/i18n';
import type { ReturnSheet } from '../core/returns';
import type { ReadReturn } from './readReturns';

export interface CountyTable {
  file: ReadReturn;
  sheet: ReturnSheet;
  /** Rows held back: values the checks did not accept, and values on which accepted copies differ. */
  unverified: Record<string, Coded>;
  /** How many of those rows are held back only because accepted copies differ on them. */
  differing: number;
  /** How many of those rows are held back only because another county sent the very same values (copiedValues). */
  copied: number;
  /** The counties whose values these are too. */
  copiedFrom: string[];
}

export interface SecondReturn {
  file: ReadReturn;
  region: string;
  year: number;
  /** The file of the return taken instead. */
  used: string;
}

/** `sheets` (of `plan`, not merged, in the order tables are printed) split into the one taken per county and year, and the rest. */
export function onePerCounty(sheets: ReadonlyArray<{ file: ReadReturn; sheet: ReturnSheet }>, plan: PlanCatalog, loaded: LoadedCatalog): { taken: CountyTable[]; twice: SecondReturn[] } {
  const checked: CountyTable[] = sheets.map(({ file, sheet }) => ({ file, sheet, unverified: unverifiedRows(checkAgainstCatalog(sheet, loaded).report), differing: 0, copied: 0, copiedFrom: [] }));
  const keyOf = ({ sheet }: CountyTable) => `${sheet.metadata?.region.code ?? ''} ${sheet.metadata?.reportingYear ?? ''}`;
  const passed = (table: CountyTable) => Object.keys(table.unverified).length === 0;
  // Of one county's returns of a year, the first its checks held nothing back from (takenFirst, as consolidate takes it).
  const ordered = takenFirst(checked, keyOf, passed);
  const first = firstOfEach(ordered, keyOf);
  const taken = checked.filter((table) => first.get(keyOf(table)) === table);
  const twice = checked.filter((table) => first.get(keyOf(table)) !== table).map((table) => ({
    file: table.file, region: table.sheet.metadata?.region.name ?? '', year: table.sheet.metadata?.reportingYear ?? 0, used: first.get(keyOf(table))?.file.file ?? '',
  }));
  for (const table of taken) {
    const meta = table.sheet.metadata;
    if (meta === null) continue;
    const copies: CountyReturn[] = ordered.filter((other) => keyOf(other) === keyOf(table)).map((other) => ({ source: other.file.file, sheet: other.sheet }));
    const accepted = (entry: CountyReturn) => checked.some((other) => other.sheet === entry.sheet && passed(other));
    const differ = copiesDiffer(copies, plan, meta.reportingYear, accepted)[meta.region.code] ?? {};
    table.differing = Object.keys(differ).filter((rowId) => table.unverified[rowId] === undefined).length;
    table.unverified = { ...differ, ...table.unverified };
  }
  // Two counties' tables with the very same values of a year: one copied the other's figures (decision 0268).
  for (const year of new Set(taken.map((table) => table.sheet.metadata?.reportingYear ?? 0))) {
    const ofYear = taken.filter((table) => table.sheet.metadata?.reportingYear === year);
    const copied = copiedValues(ofYear.map((table) => ({ source: table.file.file, sheet: table.sheet })), plan, year);
    for (const table of ofYear) {
      const rows = copied[table.sheet.metadata?.region.code ?? ''] ?? {};
      table.copied = Object.keys(rows).filter((rowId) => table.unverified[rowId] === undefined).length;
      table.copiedFrom = copiedFrom(rows);
      table.unverified = { ...rows, ...table.unverified };
    }
  }
  return { taken, twice };
}
