import type { PlanLevel, Region, ValueChange } from '../catalog';
import { columnLetter } from '../form';
import { translate, type Locale } from '../i18n';
import { parseNotation } from '../notation';
import { sameDimension } from '../units';
import { compact } from '../util/compact';
import { yamlLibrary } from '../util/yamlLibrary';
import { ImportCatalogError, type MissingPlanDetail } from './errors';
import type { ImportedIndicator, ImportResult } from './types';
import { bracketsAreTotals, isTotalOverPeriod } from './bracketTotals';
import { planTitleOfCaption } from './planTitle';
import { namesChange, valueChangeOf } from './valueChange';

/** What the catalog file says about the plan that the pasted table cannot: its id, where it was read, and so on. */
export interface ImportPlan {
  /** Lower-case ASCII, as every catalog id: ^[a-z0-9][a-z0-9._-]*$. */
  id: string;
  /** Where the table was read: workbook name and sheet ('规划指标.xlsx#Sheet1'); the range is added. */
  workbook: string;
  /** Default: the caller's planTitle given to the recogniser, else the table's caption. */
  title?: string;
  region?: Region;
  level?: PlanLevel;
  /** Default: from the base year + 1 (else the first year) to the last year of the table. */
  period?: { start: number; end: number };
  horizon?: number;
  /** The table's caption. Default: the caption above the header, else the plan's title. */
  table?: string;
  issuer?: string;
  date?: string;
  status?: string;
  /** The language of the notes the file writes about cells it could not take as a year's level. Default: zh-CN. */
  locale?: Locale;
}

const ID = /^[a-z0-9][a-z0-9._-]*$/u;
/** Prefix of the concepts made for indicators that match none of concepts.yaml. */
export const CUSTOM_CONCEPT_PREFIX = 'custom.';

/** The concept an imported indicator carries: the matched one, else one of its own, scoped to the plan. */
export function importedConceptId(planId: string, indicator: ImportedIndicator): string {
  return indicator.concept ?? `${CUSTOM_CONCEPT_PREFIX}${planId}.${indicator.key}`;
}

function sheetRow(result: ImportResult, row: number): number {
  return result.origin.row + row + 1;
}

function periodOf(result: ImportResult, plan: ImportPlan): { start: number; end: number } {
  if (plan.period) return plan.period;
  const values = result.indicators.flatMap((indicator) => indicator.values);
  if (values.length === 0) throw new ImportCatalogError('import.period_unknown');
  const baselines = values.filter((value) => value.role === 'baseline').map((value) => value.year);
  const years = values.map((value) => value.year);
  const end = Math.max(...years);
  const start = baselines.length > 0 ? Math.min(Math.max(...baselines) + 1, end) : Math.min(...years);
  return { start, end };
}

/** The A1 range the table spans on the sheet, header to last note. */
function rangeOf(result: ImportResult, first: number, last: number): string {
  const width = Math.max(1, ...(result.header?.columns.map((column) => column.column + 1) ?? [1]));
  const left = columnLetter(result.origin.column);
  const right = columnLetter(result.origin.column + width - 1);
  return `${left}${sheetRow(result, first)}:${right}${sheetRow(result, last)}`;
}

type Value = ImportedIndicator['values'][number];

/** A cell named in a note: its year, what it is and the text as printed (2025 目标值 “20亿元”). */
function cellOf(locale: Locale, value: Value, what: string = translate(locale, `import_note.role.${value.role}`)): string {
  return translate(locale, 'import_note.cell', { year: value.year, what, raw: value.raw });
}

function cellList(locale: Locale, cells: readonly string[]): string {
  return cells.join(translate(locale, 'import_note.separator'));
}

/**
 * A cell the catalog can take as printed: read by the import, and by the grammar the catalog reads its raw with —
 * （６０） reads as 〔60〕 only where a copy's brackets are undone (valueCells.ts); the file must still load.
 */
function readable(value: Value): boolean {
  return value.parsed !== null && parseNotation(value.raw).ok;
}

/** 〔60〕 where the table says brackets hold totals over the period: not the year's level. */
function isPeriodTotal(result: ImportResult, value: Value): boolean {
  return isTotalOverPeriod(value, bracketsAreTotals(result));
}

function leftOut(locale: Locale, indicator: ImportedIndicator): string | undefined {
  const cells = indicator.values.filter((value) => !readable(value)).map((value) => cellOf(locale, value));
  return cells.length === 0 ? undefined : translate(locale, 'import_note.left_out', { cells: cellList(locale, cells) });
}

function headerOf(result: ImportResult, value: Value): string {
  return result.header?.columns.find((column) => column.column === value.column)?.header ?? '';
}

/**
 * 年均 and 累计 values are rates and totals, not the year's level: the catalog's values hold an average growth as
 * a change (valueChangeOf) when it can be turned into a level, and name the others here.
 */
function overPeriod(locale: Locale, result: ImportResult, indicator: ImportedIndicator): string | undefined {
  const cells = indicator.values.filter((value) => value.raw !== '' && readable(value) && (value.measure === 'average_growth' || value.measure === 'cumulative' || value.parsed?.averageGrowth === true || isPeriodTotal(result, value)))
    .filter((value) => valueChangeOf(value, indicator, headerOf(result, value)) === null)
    .map((value) => cellOf(locale, value, translate(locale, value.measure === 'cumulative' || isPeriodTotal(result, value) ? 'import_note.measure.cumulative' : 'import_note.measure.average_growth')));
  return cells.length === 0 ? undefined : translate(locale, 'import_note.over_period', { cells: cellList(locale, cells) });
}

/**
 * 增长5%左右 in a row of 地区生产总值, 提高2个百分点 in a row of a share: a change from the year before or the base,
 * not the year's level of what the row names. In a row that names the change (单位GDP能耗降低（%） | 下降15%) a
 * change in the row's unit, or printing none, is the row's level.
 */
function isChange(value: Value, indicator: ImportedIndicator): boolean {
  const parsed = value.parsed;
  if (parsed === null || (parsed.increase !== true && parsed.decrease !== true)) return false;
  if (!namesChange(indicator.name) || indicator.unit === '') return true;
  return parsed.unit !== null && !sameDimension(parsed.unit, indicator.unit);
}

function isLevel(value: Value, indicator: ImportedIndicator): boolean {
  return value.measure !== 'average_growth' && value.measure !== 'cumulative' && value.parsed?.averageGrowth !== true && !isChange(value, indicator);
}

function changes(locale: Locale, result: ImportResult, indicator: ImportedIndicator): string | undefined {
  const cells = indicator.values.filter((value) => isChange(value, indicator) && valueChangeOf(value, indicator, headerOf(result, value)) === null).map((value) => cellOf(locale, value));
  return cells.length === 0 ? undefined : translate(locale, 'import_note.change', { cells: cellList(locale, cells) });
}

function indicatorEntry(result: ImportResult, planId: string, seed: string, table: string, indicator: ImportedIndicator, locale: Locale): object {
  const remark = indicator.remark === undefined ? undefined : translate(locale, 'import_note.remark', { text: indicator.remark });
  const notes = [remark, leftOut(locale, indicator), overPeriod(locale, result, indicator), changes(locale, result, indicator)]
    .filter((note) => note !== undefined);
  return compact({
    id: `${planId}.${indicator.key}`,
    concept: importedConceptId(planId, indicator),
    name: indicator.name,
    unit: indicator.unit,
    category: indicator.category,
    seq: indicator.seq,
    marks: indicator.marks.length > 0 ? indicator.marks : undefined,
    parent: indicator.parent === undefined ? undefined : `${planId}.${indicator.parent}`,
    attribute: indicator.attribute,
    responsible: indicator.responsible,
    completed: indicator.completed === undefined ? undefined : { raw: indicator.completed },
    // 财政科技支出增长（%） | 每年增长10%: the row's level, due every year.
    per_year: indicator.values.some((value) => value.parsed?.perYear === true && isLevel(value, indicator)) ? true : undefined,
    values: indicator.values.flatMap((value) => {
      if (!readable(value) || isPeriodTotal(result, value)) return [];
      const change = valueChangeOf(value, indicator, headerOf(result, value));
      if (change !== null) return [{ year: value.year, role: value.role, raw: value.raw, change: changeEntry(change) }];
      return isLevel(value, indicator) ? [{ year: value.year, role: value.role, raw: value.raw }] : [];
    }),
    source: { seed, line: sheetRow(result, indicator.sourceRow), kind: 'table', table },
    note: notes.length > 0 ? notes.join(' ') : undefined,
  });
}

/** A change as catalog/schema.json spells it (per_year). */
function changeEntry(change: ValueChange): object {
  return compact({ of: change.of, direction: change.direction, unit: change.unit, per_year: change.perYear });
}

function required<T>(value: T | undefined, what: MissingPlanDetail, valid: (value: T) => boolean = () => true): T {
  if (value === undefined || !valid(value)) throw new ImportCatalogError('import.plan_incomplete', what);
  return value;
}

/**
 * A catalog file (catalog/schema.json) for an imported table, which loadPlanFile reads without a problem. Its seed
 * is `workbook:<workbook>!<range>` and its lines are sheet rows. Cells that were not read (a problem each) are
 * left out of the values and named in the indicator's note.
 */
export function importToCatalogYaml(result: ImportResult, plan: ImportPlan): string {
  if (!ID.test(plan.id)) throw new ImportCatalogError('import.bad_plan_id', plan.id);
  if (result.header === undefined || result.indicators.length === 0) throw new ImportCatalogError('import.nothing_to_write');
  const title = required(plan.title ?? result.plan.title ?? planTitleOfCaption(result.caption?.text), 'title', (text) => text.trim() !== '');
  const table = plan.table ?? result.caption?.text ?? title;
  const tableLine = result.caption?.row ?? result.header.row;
  const rows = [tableLine, ...result.indicators.map((i) => i.sourceRow), ...result.notes.map((n) => n.row)];
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  const seed = `workbook:${plan.workbook}!${rangeOf(result, first, last)}`;
  const period = periodOf(result, plan);
  const file = {
    plan: compact({
      id: plan.id,
      title,
      issuer: plan.issuer,
      region: required(plan.region ?? result.plan.region, 'region', (r) => r.name !== '' && /^\d{6}$/u.test(r.code)),
      level: required(plan.level ?? result.plan.level, 'level'),
      period,
      horizon: plan.horizon ?? period.end,
      date: plan.date,
      status: plan.status,
      seed,
      lines: [sheetRow(result, first), sheetRow(result, last)],
      tables: [{
        title: table,
        line: sheetRow(result, tableLine),
        columns: result.header.columns.filter((column) => column.header !== '').map((column) => column.header),
        notes: result.notes.map((note) => ({ text: note.text, line: sheetRow(result, note.row) })),
      }],
    }),
    indicators: result.indicators.map((indicator) => indicatorEntry(result, plan.id, seed, table, indicator, plan.locale ?? 'zh-CN')),
  };
  return yamlLibrary().stringify(file, { lineWidth: 0 });
}

/**
 * The concepts file (concepts*.yaml) for the indicators that matched no concept, so that the imported catalog
 * lints clean beside catalog/concepts.yaml.
 */
export function importConceptsYaml(result: ImportResult, plan: Pick<ImportPlan, 'id'>): string {
  const concepts = result.indicators
    .filter((indicator) => indicator.concept === undefined)
    .map((indicator) => ({ id: importedConceptId(plan.id, indicator), name: indicator.name, unit: indicator.unit }));
  return yamlLibrary().stringify({ concepts }, { lineWidth: 0 });
}
