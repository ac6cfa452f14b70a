/**
 * Where things are on a reporting sheet, found from the header texts rather than assumed from positions:
 * a reader applies `locateColumns` to the header row it reads, and the layout maps its own sheet with it.
 */
import { REPORTING } from './labels';
import { comparableText } from '../util/comparableText';

export interface TargetColumnRef {
  year: number;
  col: number;
  /** The plan label of a per-plan target column (merged sheets), else null. */
  plan: string | null;
}

/** 0-based columns. */
export interface ReportingColumns {
  seq: number;
  category: number;
  /** Only on unmerged sheets over several plans. */
  plan: number | null;
  name: number;
  unit: number;
  /** Baseline columns by year; a column headed 基期值 without a year is under key 0. */
  baselines: Record<number, number>;
  /** The first target column of each year. */
  targets: Record<number, number>;
  /** Every target column, in order. */
  targetColumns: TargetColumnRef[];
  actuals: Record<number, number>;
  completion: number;
  timeShare: number;
  status: number;
  explanation: number;
  responsible: number;
  id: number;
}

type FixedKey = 'seq' | 'category' | 'name' | 'unit' | 'completion' | 'timeShare' | 'status' | 'explanation' | 'responsible' | 'id';

const FIXED: ReadonlyArray<[FixedKey, string]> = [
  ['seq', REPORTING.header.seq],
  ['category', REPORTING.header.category],
  ['name', REPORTING.header.name],
  ['unit', REPORTING.header.unit],
  ['completion', REPORTING.header.completion],
  ['timeShare', REPORTING.header.timeShare],
  ['status', REPORTING.header.status],
  ['explanation', REPORTING.header.explanation],
  ['responsible', REPORTING.header.responsible],
  ['id', REPORTING.header.id],
];

/** The fixed labels as comparable text, made once: every header cell of every row a reader tries is looked up here. */
const FIXED_BY_TEXT: ReadonlyMap<string, FixedKey> = new Map([...FIXED].reverse().map(([key, label]) => [comparableText(label), key]));
const PLAN_TEXT = comparableText(REPORTING.header.plan);

const BASELINE = /^(?:(\d{4})年)?基期值$/u;
/** On comparable text, where （） became (). */
const TARGET = /^(\d{4})年目标(?:\((.+)\))?$/u;
const ACTUAL = /^(\d{4})年实绩$/u;


export interface LocatedColumns {
  /** Null when a required column is missing. */
  columns: ReportingColumns | null;
  /** Headers not found: the labels a reader can name in a finding. */
  missing: string[];
}

/** The columns of a header row, by their texts (as comparable text: full-width and whitespace ignored). */
export function locateColumns(headers: ReadonlyArray<string | null | undefined>): LocatedColumns {
  const fixed: Partial<Record<FixedKey, number>> = {};
  const baselines: Record<number, number> = {};
  const targets: Record<number, number> = {};
  const targetColumns: TargetColumnRef[] = [];
  const actuals: Record<number, number> = {};
  let plan: number | null = null;
  headers.forEach((header, col) => {
    const text = comparableText(header ?? '');
    if (text === '') return;
    const key = FIXED_BY_TEXT.get(text);
    if (key !== undefined && fixed[key] === undefined) fixed[key] = col;
    if (text === PLAN_TEXT) plan = col;
    const baseline = BASELINE.exec(text);
    if (baseline) baselines[Number(baseline[1] ?? 0)] = col;
    const target = TARGET.exec(text);
    if (target) {
      const year = Number(target[1]);
      targetColumns.push({ year, col, plan: target[2] ?? null });
      if (targets[year] === undefined) targets[year] = col;
    }
    const actual = ACTUAL.exec(text);
    if (actual) actuals[Number(actual[1])] = col;
  });
  const missing = FIXED.filter(([key]) => fixed[key] === undefined).map(([, label]) => label);
  if (Object.keys(actuals).length === 0) missing.push(REPORTING.header.anyActual);
  if (missing.length > 0) return { columns: null, missing };
  const found = fixed as Record<FixedKey, number>;
  return { columns: { ...found, plan, baselines, targets, targetColumns, actuals }, missing };
}
