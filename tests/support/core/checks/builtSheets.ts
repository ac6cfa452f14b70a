/**
 * Builds filled reporting sheets (ReturnSheet) for the checks' tests, with real catalog indicators.
 * Layout of a built sheet: column A the hidden id, B the name, C the unit, then one column per year, then 说明;
 * indicator rows start at sheet row 6. Addresses are computed here, from that layout, never by the code tested.
 */
import { realCatalog } from '../../catalog';
import type { Indicator, PlanCatalog } from '../../../../src/core/catalog/index';
import { parseNotation } from '../../../../src/core/notation/index';
import { buildCheckContext, checkReturn, type CheckContext, type CheckContextInput, type CheckReport, type Finding } from '../../../../src/core/checks/index';
import type { CellValue, EnteredCell, ReaderObservation, ReturnRow, ReturnSheet } from '../../../../src/core/returns/index';
import { placeOfAddress, rowPlace, sheetRef, type SheetRef } from '../../../../src/core/form/index';

let plans: PlanCatalog[] | undefined;

/** The real catalog (catalog/*.yaml), loaded once. */
export function catalogPlans(): PlanCatalog[] {
  if (plans === undefined) {
    const load = realCatalog();
    if (load.problems.length > 0) throw new Error(`catalog problems: ${load.problems.map((p) => p.code).join(', ')}`);
    plans = load.catalog.plans;
  }
  return plans;
}

export function indicator(id: string): Indicator {
  const found = catalogPlans().flatMap((plan) => plan.indicators).find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no indicator ${id} in the catalog`);
  return found;
}

/**
 * A test indicator: a real one under a new id with its targets replaced by `target` (parsed as the loader
 * parses it), for notations the catalog does not happen to print (e.g. 低于… relative targets).
 */
export function variantOf(id: string, newId: string, year: number, target: string): Indicator {
  const parsed = parseNotation(target);
  if (!parsed.ok) throw new Error(`unreadable target ${target}`);
  const base = indicator(id);
  return { ...base, id: newId, values: [...base.values.filter((value) => value.role !== 'target'), { year, role: 'target', raw: target, parsed: parsed.value }] };
}

/** The real catalog with extra indicators added to one plan. */
export function catalogWith(planId: string, extra: Indicator[]): PlanCatalog[] {
  return catalogPlans().map((plan) => (plan.plan.id === planId ? { ...plan, indicators: [...plan.indicators, ...extra] } : plan));
}

/** A cell as the reader returns it. */
export interface CellSpec {
  value: CellValue;
  numberFormat?: string;
  formula?: string;
  note?: string;
}

/** number → a number cell, string → a text cell, null → an empty cell, or a full cell. */
export type Entry = number | string | null | CellSpec;

export const percentCell = (stored: number): CellSpec => ({ value: { type: 'number', value: stored }, numberFormat: '0.00%' });
export const errorCell = (code: string): CellSpec => ({ value: { type: 'error', value: code } });
export const booleanCell = (value: boolean): CellSpec => ({ value: { type: 'boolean', value } });
export const dateCell = (iso: string): CellSpec => ({ value: { type: 'date', value: iso } });
export const formulaCell = (formula: string, cached: number): CellSpec => ({ value: { type: 'number', value: cached }, formula });

/** A row that is not a catalog indicator (a companion quantity, an id someone typed). */
export interface RowLabel {
  id: string | null;
  name: string;
  unit: string;
}

export interface RowOptions {
  /** Text, or a cell (a formula in the 说明 column). */
  explanation?: Entry;
  /** Overrides of what the sheet shows (an edited name, unit or id). */
  name?: string;
  unit?: string;
  id?: string | null;
}

export const FIRST_ROW = 5;
const FIRST_YEAR_COLUMN = 3;

export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function toCell(address: string, entry: Entry | undefined): EnteredCell {
  if (entry === undefined || entry === null) return { address, value: { type: 'empty' } };
  if (typeof entry === 'number') return { address, value: { type: 'number', value: entry } };
  if (typeof entry === 'string') return { address, value: { type: 'text', value: entry } };
  return { address, ...entry };
}

export interface SheetSpec {
  planIds: string[];
  reportingYear: number;
  years: number[];
  sheet?: string;
  merged?: boolean;
  /** The reporting region: by default the first plan's own region (a sheet of the province's plan is the province's). */
  region?: { name: string; code: string };
}

export class SheetBuilder {
  private readonly rows: ReturnRow[] = [];
  private readonly observations: ReaderObservation[] = [];
  private metadata = true;

  constructor(private readonly spec: SheetSpec) {}

  row(source: Indicator | RowLabel, values: Record<number, Entry> = {}, options: RowOptions = {}): this {
    const rowIndex = FIRST_ROW + this.rows.length;
    const line = rowIndex + 1;
    const actuals: Record<number, EnteredCell> = {};
    this.spec.years.forEach((year, i) => {
      actuals[year] = toCell(`${columnLetter(FIRST_YEAR_COLUMN + i)}${line}`, values[year]);
    });
    const explanationColumn = columnLetter(FIRST_YEAR_COLUMN + this.spec.years.length);
    this.rows.push({
      indicatorId: options.id === undefined ? source.id : options.id,
      row: rowIndex,
      name: options.name ?? source.name,
      unit: options.unit ?? source.unit,
      actuals,
      explanation: toCell(`${explanationColumn}${line}`, options.explanation ?? null),
    });
    return this;
  }

  observe(observation: ReaderObservation): this {
    this.observations.push(observation);
    return this;
  }

  withoutMetadata(): this {
    this.metadata = false;
    return this;
  }

  private region(): { name: string; code: string } {
    if (this.spec.region !== undefined) return this.spec.region;
    const first = catalogPlans().find((plan) => plan.plan.id === this.spec.planIds[0]);
    return first === undefined ? { name: '绍兴市越城区', code: '330602' } : { name: first.plan.region.name, code: first.plan.region.code };
  }

  build(): ReturnSheet {
    const rowIds = this.rows.map((row) => row.indicatorId).filter((id): id is string => id !== null);
    return {
      sheet: this.spec.sheet ?? '2023年填报',
      metadata: this.metadata
        ? {
          planIds: this.spec.planIds, catalogVersion: 'test', region: this.region(),
          sheet: '指标填报', reportingYear: this.spec.reportingYear, layoutVersion: 1, merged: this.spec.merged ?? false, rowIds,
        }
        : null,
      rows: this.rows,
      observations: this.observations,
    };
  }
}

export function sheet(spec: SheetSpec): SheetBuilder {
  return new SheetBuilder(spec);
}

/** The address of a row's cell for a year in a built sheet. */
export function addressOf(built: ReturnSheet, id: string, year: number): string {
  const row = built.rows.find((candidate) => candidate.indicatorId === id);
  const address = row?.actuals[year]?.address;
  if (address === undefined) throw new Error(`no cell for ${id} in ${year}`);
  return address;
}

/** The reference a finding on the entry of `id` in `year` carries. */
export function refOf(built: ReturnSheet, id: string, year: number): SheetRef {
  const place = placeOfAddress(addressOf(built, id, year));
  if (place === null) throw new Error(`unreadable address for ${id} in ${year}`);
  return sheetRef(built.sheet, place);
}

/** The reference of a whole row, 1-based as people count rows ('11:11' is row 11). */
export function rowRefOf(built: ReturnSheet, rowNumber: number): SheetRef {
  return sheetRef(built.sheet, rowPlace(rowNumber - 1));
}

export interface CheckSpec extends CheckContextInput {
  /** Default: the sheet's row ids in their order (what the layout generated). */
  expectedRowIds?: string[];
  /** Default: the real catalog. */
  catalogs?: PlanCatalog[];
}

/** The sheet's report and what it was checked with (its indicators and plans, for the rows' attainment and values). */
export function checked(built: ReturnSheet, spec: CheckSpec = {}): { report: CheckReport; context: CheckContext } {
  const { expectedRowIds, catalogs, ...input } = spec;
  const expected = expectedRowIds ?? built.rows.map((row) => row.indicatorId).filter((id): id is string => id !== null);
  const context = buildCheckContext(built, catalogs ?? catalogPlans(), expected, input);
  return { report: checkReturn(built, context), context };
}

export function check(built: ReturnSheet, spec: CheckSpec = {}): CheckReport {
  return checked(built, spec).report;
}

export function findingsOf(report: CheckReport, ruleId: string): Finding[] {
  return report.findings.filter((finding) => finding.ruleId === ruleId);
}

/** The one finding of a rule; fails the test when there are none or several. */
export function onlyFinding(report: CheckReport, ruleId: string): Finding {
  const found = findingsOf(report, ruleId);
  if (found.length !== 1) throw new Error(`expected one ${ruleId} finding, got ${found.length}: ${found.map((f) => f.code).join(', ')}`);
  return found[0] as Finding;
}

/** The counts of one rule. */
export function tallyOf(report: CheckReport, ruleId: string): { passes: number; fails: number; notAvailable: number } {
  return report.summary.byRule[ruleId] ?? { passes: 0, fails: 0, notAvailable: 0 };
}
