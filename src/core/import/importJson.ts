import { renderFinding, type Locale } from '../i18n';
import { flatNumbers, type FlatNotationNumbers } from '../notation';
import { convertUnit } from '../units';
import type { ImportedIndicator, ImportedValue, ImportProblemCode, ImportResult } from './types';
import { bracketsAreTotals, isTotalOverPeriod } from './bracketTotals';
import { valueChangeOf } from './valueChange';

export type ImportJsonRole = 'baseline' | 'target' | 'actual' | 'estimate' | 'average_growth' | 'cumulative' | 'other';
export type ImportJsonKind = 'exact' | 'min' | 'max' | 'approx' | 'range' | 'relative' | 'qualitative' | 'blank' | 'other';

export interface ImportJsonValue {
  column: string;
  year: number | null;
  role: ImportJsonRole;
  raw: string;
  kind: ImportJsonKind;
  value: number | null;
  low: number | null;
  high: number | null;
  /**
   * The value is a change from the baseline, not the year's level (下降15% in a row of 单位GDP能耗, 年均增长10%): its
   * way, and what its number counts in ('%' of the baseline, '个百分点', or the row's unit). Null for a level —
   * also for a change printed in a row that names the change itself (单位GDP能耗降低（%） | 下降15%).
   */
  change: 'increase' | 'decrease' | null;
  changeUnit: string | null;
  /** The change is made every year over the year before (每年增长10%, 比上年增长5%), not once from the baseline; absent otherwise. */
  perYear?: true;
  /** Two bounds in one cell (≤0.7/≤1.8), in the printed order; absent otherwise. */
  parts?: Array<{ kind: 'min' | 'max'; value: number; unit: string | null }>;
}

export interface ImportJsonIndicator {
  seq: string | null;
  category: string | null;
  name: string;
  unit: string | null;
  attribute: '预期性' | '约束性' | null;
  parent: string | null;
  /** A concept offered by normalised name when none matched exactly, for the user to confirm; never linked. */
  suggestion: { concept: string; name: string; score: number } | null;
  values: ImportJsonValue[];
}

/** A problem as `import --json` prints it: its code (a MessageCode), its cell, its message in the language asked. */
export interface ImportJsonProblem {
  code: ImportProblemCode;
  cell: string | null;
  message: string;
}

/** What `plan-indicators import --json` prints for one table (issue 14's shape). */
export interface ImportJson {
  caption: string | null;
  notes: string[];
  indicators: ImportJsonIndicator[];
  problems: ImportJsonProblem[];
}

function roleOf(value: ImportedValue, bracketsAreTotals: boolean): ImportJsonRole {
  if (isTotalOverPeriod(value, bracketsAreTotals)) return 'cumulative';
  if (value.measure !== undefined) return value.measure;
  if (value.parsed?.averageGrowth === true) return 'average_growth';
  if (value.role === 'baseline' && value.parsed?.estimated === true) return 'estimate';
  return value.role === 'baseline' || value.role === 'target' || value.role === 'actual' ? value.role : 'other';
}

/**
 * A level's numbers in the row's unit: 1.2亿人次 in a row of 万人次 is 12000, as the catalog judges it — the JSON
 * carries no unit per value, so a number left in the printed unit would read as the row's. Changes keep theirs.
 */
function inRowUnit(numbers: FlatNotationNumbers, printed: string | null, rowUnit: string): FlatNotationNumbers {
  if (printed === null || rowUnit === '' || printed === rowUnit) return numbers;
  const convert = (n: number | null): number | null => {
    if (n === null) return null;
    const converted = convertUnit(n, printed, rowUnit);
    return converted.ok ? converted.value : n;
  };
  return { ...numbers, value: convert(numbers.value), low: convert(numbers.low), high: convert(numbers.high) };
}

function jsonValue(value: ImportedValue, header: string, bracketsAreTotals: boolean, indicator: ImportedIndicator): ImportJsonValue {
  const parsed = value.parsed;
  const change = valueChangeOf(value, indicator, header);
  const way = change === null ? null : change.of === 'average_growth' ? change.direction ?? 'increase' : change.of;
  const kind: ImportJsonKind = parsed === null || parsed.kind === 'increment_cumulative' ? 'other' : parsed.kind;
  const changed = parsed !== null && (parsed.kind === 'relative' || parsed.increase === true || parsed.decrease === true || parsed.averageGrowth === true);
  const numbers = parsed === null ? { value: null, low: null, high: null } : changed ? flatNumbers(parsed) : inRowUnit(flatNumbers(parsed), parsed.unit, indicator.unit);
  const parts = value.parts?.map((part) => ({ kind: part.kind, value: part.value, unit: part.unit }));
  return {
    column: header, year: value.year, role: roleOf(value, bracketsAreTotals), raw: value.raw, kind,
    value: numbers.value, low: numbers.low, high: numbers.high, change: way, changeUnit: change?.unit ?? null,
    ...(change?.perYear === true ? { perYear: true as const } : {}), ...(parts === undefined ? {} : { parts }),
  };
}

function jsonIndicator(indicator: ImportedIndicator, result: ImportResult): ImportJsonIndicator {
  const headerOf = (column: number): string => result.header?.columns.find((c) => c.column === column)?.header ?? '';
  const parent = indicator.parent === undefined ? null : result.indicators.find((other) => other.key === indicator.parent)?.name ?? null;
  return {
    seq: indicator.seq ?? null,
    category: indicator.category ?? null,
    name: indicator.name,
    unit: indicator.unit === '' ? null : indicator.unit,
    attribute: indicator.attribute ?? null,
    parent,
    suggestion: indicator.conceptSuggestion ?? null,
    values: indicator.values.map((value) => jsonValue(value, headerOf(value.column), bracketsAreTotals(result), indicator)),
  };
}

/**
 * The JSON of one recognised table. The result carries each problem as its code and params; this is the edge where
 * they are worded, in `locale` (the command's --lang).
 */
export function importResultJson(result: ImportResult, locale: Locale = 'zh-CN'): ImportJson {
  return {
    caption: result.caption?.text ?? null,
    notes: result.notes.map((note) => note.text),
    indicators: result.indicators.map((indicator) => jsonIndicator(indicator, result)),
    problems: result.problems.map((problem) => ({
      code: problem.code, cell: problem.cell ?? null, message: renderFinding(problem, locale),
    })),
  };
}
