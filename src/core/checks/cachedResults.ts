/**
 * Nothing the checker can recompute is taken from the file: the cached results of each row's 完成进度, 序时进度
 * and 状态 formulas are compared with what the core computes from the values on the sheet. A result that
 * differs — a formula left intact over a forged cache (已达标, 100 %), or a cache a program never updated — is
 * `cached_result_forged`. A cell whose formula was replaced is formula_replaced already and is left alone; a row
 * whose entries the sheet's formulas read differently from the core (text, % formats, formulas) is not judged
 * here. Numbers agree within the 15 significant digits office suites keep.
 */
import { attainmentOf, SHEET_STATUS_LABELS, QUALITATIVE_ANSWERS, type Attainment } from '../attainment';
import { formatNumber } from '../i18n';
import { cellPlace, placeA1, placeKey } from '../form';
import { type ReportingPlan } from '../layout';
import { REPORTING } from '../form';
import type { EnteredCell, PrintedCell, ReaderObservation, ReturnSheet } from '../returns';
import { isPercentFormat } from './reading/numberFormat';
import { comparableText } from '../util/comparableText';
import { printedGrid } from './printedCells';
import { isPriorQualitativeFormula, judgesAnswersOnly } from './priorStatusFormula';

/** Relative tolerance: literals cut to 15 digits change a quotient of differences by far less. */
const TOLERANCE = 1e-9;


const ERROR_VALUE = /^#(?:N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA)$/u;

type SheetValue = { ok: true; value: number | boolean | null } | { ok: false };

/** An entry as the sheet's own formulas read it, when the core reads it the same way. */
function asTheSheetReads(cell: EnteredCell | undefined): SheetValue {
  if (cell === undefined) return { ok: true, value: null };
  if (cell.formula !== undefined) return { ok: false };
  const { value } = cell;
  if (value.type === 'empty') return { ok: true, value: null };
  if (value.type === 'number') return isPercentFormat(cell.numberFormat) ? { ok: false } : { ok: true, value: value.value };
  if (value.type === 'text') {
    const text = value.value.trim();
    if (text === QUALITATIVE_ANSWERS.yes) return { ok: true, value: true };
    if (text === QUALITATIVE_ANSWERS.no) return { ok: true, value: false };
  }
  return { ok: false };
}

type Role = 'completion' | 'timeShare' | 'status';
const ROLES: readonly Role[] = ['completion', 'timeShare', 'status'];
const ROLE_HEADERS: Readonly<Record<Role, string>> = {
  completion: comparableText(REPORTING.header.completion),
  timeShare: comparableText(REPORTING.header.timeShare),
  status: comparableText(REPORTING.header.status),
};

function columnsByRole(cells: readonly PrintedCell[], headerRow: number): Map<Role, number> {
  const columns = new Map<Role, number>();
  for (const cell of cells) {
    if (cell.row !== headerRow) continue;
    const text = comparableText(cell.text);
    const role = ROLES.find((r) => ROLE_HEADERS[r] === text);
    if (role !== undefined && !columns.has(role)) columns.set(role, cell.col);
  }
  return columns;
}

const percentText = (fraction: number) => `${formatNumber(Number((fraction * 100).toFixed(2)))}%`;

/** The cached text against the recomputed value: null when they agree, else what to quote. */
function disagreement(role: Role, cached: string, computed: Attainment, formula: string, actual: number | boolean | undefined): { found: string; expected: string } | null {
  // No cached value: the program that opens the file computes one; nothing to believe or disbelieve.
  if (cached.trim() === '') return null;
  if (role === 'status') {
    // A form printed before decision 0233 computes 滞后 for a due qualitative target answered 否.
    const prior = computed.status === 'not_met' && isPriorQualitativeFormula(formula);
    // A form printed before decision 0270 judges a 零的突破 row's 是/否 only: a count there is 未填报 in its formula.
    const countUnjudged = typeof actual === 'number' && judgesAnswersOnly(formula);
    const expected = SHEET_STATUS_LABELS[countUnjudged ? 'no_value' : prior ? 'behind' : computed.status];
    return cached.trim() === expected ? null : { found: cached, expected };
  }
  const expected = role === 'completion' ? computed.completion : computed.timeShare;
  const number = Number(cached);
  // An error is what the sheet's formula gives where nothing can be computed; where something can, it is forged.
  if (expected === null && ERROR_VALUE.test(cached.trim())) return null;
  if (expected === null) return { found: Number.isFinite(number) ? percentText(number) : cached, expected: '' };
  if (Number.isFinite(number) && Math.abs(number - expected) <= TOLERANCE * Math.max(1, Math.abs(expected))) return null;
  return { found: Number.isFinite(number) ? percentText(number) : cached, expected: percentText(expected) };
}

/**
 * Observations of cached results that differ from the recomputation, for a sheet whose layout is `plan`
 * (the plan the generator placed, so each row is judged by the indicator its formulas were made from).
 * `reported`: A1 addresses of cells already found changed (formula_replaced…), not reported twice.
 */
export function cachedResultObservations(sheet: ReturnSheet, plan: ReportingPlan, reportingYear: number, reported: ReadonlySet<string>): ReaderObservation[] {
  const printed = sheet.printed;
  if (printed === undefined) return [];
  const columns = columnsByRole(printed.cells, printed.headerRow);
  const cells = printedGrid(printed.cells);
  const rowsById = new Map(sheet.rows.flatMap((row) => (row.indicatorId === null ? [] : [[row.indicatorId, row] as const])));
  const observations: ReaderObservation[] = [];
  for (const planned of plan.rows) {
    const row = rowsById.get(planned.id);
    if (planned.kind !== 'indicator' || row === undefined) continue;
    // Each cached result is compared on its own: a forger who leaves the status uncached and caches 100 % in
    // 完成进度 is not let off because the status cell has nothing to compare.
    if (ROLES.every((role) => {
      const col = columns.get(role);
      const cell = col === undefined ? undefined : cells.get(placeKey(row.row, col));
      return cell?.formula === undefined || cell.text.trim() === '';
    })) continue;
    const companion = rowsById.get(`${planned.id}#companion`)?.actuals[reportingYear];
    const read = [reportingYear, reportingYear - 1].map((year) => [year, asTheSheetReads(row.actuals[year])] as const);
    const companionValue = asTheSheetReads(companion);
    if (!companionValue.ok || read.some(([, value]) => !value.ok)) continue;
    const actuals = new Map<number, number | boolean>();
    for (const [year, value] of read) if (value.ok && value.value !== null) actuals.set(year, value.value);
    const computed = attainmentOf(planned.indicator, reportingYear, actuals, typeof companionValue.value === 'number' ? companionValue.value : null);
    for (const role of ROLES) {
      const col = columns.get(role);
      const cell = col === undefined ? undefined : cells.get(placeKey(row.row, col));
      if (col === undefined || cell?.formula === undefined || reported.has(placeA1(cellPlace(row.row, col)))) continue;
      const differs = disagreement(role, cell.text, computed, cell.formula, actuals.get(reportingYear));
      if (differs !== null) observations.push({ code: 'structure.cached_result_forged', at: cellPlace(row.row, col), ...differs });
    }
  }
  return observations;
}
