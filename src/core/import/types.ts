import type { Concept, PlanLevel, Region, ValueRole } from '../catalog';
import type { MessageCode, MessageParams } from '../i18n';
import type { MaxNotation, MinNotation, ParsedNotation } from '../notation';
import type { ConceptSuggestion } from './conceptSuggestions';

/**
 * The data model of importing an indicator table pasted from a plan document (Word → Excel). Rows and columns
 * are 0-based positions in the selected range; `cell` addresses are A1 on the sheet (the selection's origin added).
 */
export interface ImportInput {
  /** The selected range as text, rows × columns (rows may be ragged). */
  cells: string[][];
  planTitle?: string;
  region?: Region;
  level?: PlanLevel;
  /** Concepts to link indicators to, by name (catalog/concepts.yaml); none given, none linked. */
  concepts?: readonly Concept[];
  /**
   * The year of value columns whose header prints none (目标值, 预期值): the user's answer. Without it the
   * caption's plan period (“十四五”, 2021—2025年) gives the target year and the year before it the baseline year.
   */
  yearForUndated?: number;
  /** 0-based sheet position of the selection's top-left cell, for the addresses problems name. Default A1. */
  origin?: { row: number; column: number };
}

export type ImportColumnKind =
  | 'seq'
  | 'category'
  | 'name'
  | 'unit'
  | 'value'
  | 'attribute'
  | 'responsible'
  | 'completed'
  | 'note'
  | 'unknown';

/** What a value column measures beyond its year and role: an estimated baseline, an average growth rate, a total over the period. */
export type ValueMeasure = 'estimate' | 'average_growth' | 'cumulative';

export interface ImportColumn {
  column: number;
  kind: ImportColumnKind;
  /** The header as printed, both rows of a two-row header joined; '' for an unheaded column. */
  header: string;
  /** value columns: the year the header names (absent when it names none: a problem). */
  year?: number;
  /** value columns: what a value of the column is. */
  role?: ValueRole;
  /** value columns: 预计值 / 含预估 (estimate), 年均增长 (average_growth), 累计 (cumulative). */
  measure?: ValueMeasure;
  /** value columns: the year was not printed in the header but taken from the caller or the plan's period. */
  yearFrom?: 'asked' | 'period';
}

export interface ImportedValue {
  year: number;
  role: ValueRole;
  /** The cell as printed, line breaks inside it joined as the catalog joins them. */
  raw: string;
  /** raw read by the notation grammar; null when it cannot be read or its unit is not the row's (a problem). */
  parsed: ParsedNotation | null;
  column: number;
  /** As the column's header says (预计值, 年均增长, 累计); absent for a plain year value. */
  measure?: ValueMeasure;
  /** Two bounds printed in one cell (≤0.7/≤1.8): each read; parsed stays null, as no single reading holds both. */
  parts?: Array<MinNotation | MaxNotation>;
}

export interface ImportedIndicator {
  /** Stable within the table: `row-<n>`, n the indicator's position (1-based) among the table's rows. */
  key: string;
  /** Row of the name in the selection (0-based). */
  sourceRow: number;
  seq?: string;
  category?: string;
  /** As printed, without the unit bracket and the marks. */
  name: string;
  /** The unit printed in brackets at the end of the name (or in a 单位 column); '' when none. */
  unit: string;
  /** Marks printed with the name ('*'). */
  marks: string[];
  values: ImportedValue[];
  attribute?: '预期性' | '约束性';
  responsible?: string;
  /** A 是否完成 cell as printed. */
  completed?: string;
  /** A 备注 cell as printed. */
  remark?: string;
  /** For 其中 rows: the key of the row above that is not a 其中 row. */
  parent?: string;
  /** The concept whose name the indicator's name is (whitespace and width aside); absent when none is. */
  concept?: string;
  /** When no concept's name is the indicator's: the nearest by normalised name, with its score, for the user to confirm. */
  conceptSuggestion?: ConceptSuggestion;
}

/** Every problem the recogniser reports; each is a MessageCode, so the compiler proves it is worded in both tables. */
export const IMPORT_PROBLEM_CODES = [
  'import.no_header',
  'import.no_rows',
  'import.unreadable_value',
  'import.value_unit_mismatch',
  'import.unknown_unit',
  'import.unknown_unit_column',
  'import.unknown_attribute',
  'import.year_missing',
  'import.column_ignored',
  'import.column_unheaded',
  'import.name_missing',
  'import.total_row',
  'import.repeated_row',
  'import.same_name',
  'import.percent_change_of_share',
  'import.qualitative_target',
  'import.value_of_other_year',
] as const satisfies readonly MessageCode[];

export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

/** One thing the recogniser could not take over. Worded by the locale tables under `code`, filled with `params`. */
export interface ImportProblem {
  code: ImportProblemCode;
  row?: number;
  column?: number;
  /** A1 address on the sheet. */
  cell?: string;
  params: MessageParams;
}

export interface ImportResult {
  /** The text above the header (the table's caption), when the selection holds one. */
  caption?: { text: string; row: number };
  /** Rows of the header (one, or two when merged cells were pasted as a second row); absent when none is found. */
  header?: { row: number; rows: number; columns: ImportColumn[] };
  indicators: ImportedIndicator[];
  /** 注 / 备注 lines under the table, verbatim. */
  notes: Array<{ text: string; row: number }>;
  problems: ImportProblem[];
  /** What the caller said about the plan, passed on to importToCatalogYaml. */
  plan: { title?: string; region?: Region; level?: PlanLevel };
  /** Sheet position of the selection (from the input). */
  origin: { row: number; column: number };
}
