import type { Coded } from '../i18n';
import type { ParsedNotation } from '../notation';

export type PlanLevel = 'national' | 'province' | 'city' | 'county' | 'district';
export type ValueRole = 'baseline' | 'target' | 'actual' | 'planned' | 'reference';
export type SourceKind = 'table' | 'prose' | 'footnote';

export interface Region {
  name: string;
  /** GB/T 2260 code, six digits. */
  code: string;
}

export interface TableNote {
  text: string;
  line: number;
}

export interface PlanTable {
  title: string;
  line: number;
  columns: string[];
  notes: TableNote[];
}

export interface Plan {
  id: string;
  title: string;
  titleEn?: string;
  issuer?: string;
  documentNumber?: string;
  region: Region;
  level: PlanLevel;
  period: { start: number; end: number };
  /** Furthest target year. */
  horizon: number;
  date?: string;
  status?: string;
  /** The seed file read, or `workbook:<workbook#sheet!range>` for a table imported from a workbook (lines are then sheet rows). */
  seed: string;
  lines: [number, number];
  tables: PlanTable[];
  note?: string;
}

export interface Source {
  /** As Plan.seed. */
  seed: string;
  line: number;
  kind: SourceKind;
  table?: string;
  quote?: string;
  /** For prose and footnotes: the headings of the part of the document that holds it (一、… （一）…). */
  section?: string;
}

export interface IndicatorValue {
  year: number;
  role: ValueRole;
  /** As printed. */
  raw: string;
  /** raw read by the notation grammar. */
  parsed: ParsedNotation;
  line?: number;
  /** A value the text prints on a table's indicator: its phrase as printed, and the chapter and section it is under. */
  quote?: string;
  section?: string;
  region?: string;
  refersTo?: 'actual' | 'target';
  note?: string;
  /** Absent: raw is the year's level. Present: raw is a change from the baseline (catalog/schema.json, value.change). */
  change?: ValueChange;
}

/** A target printed as a change from the baseline (下降15%, 增长10%以上, 年均增长7%) rather than as a level. */
export interface ValueChange {
  of: 'increase' | 'decrease' | 'average_growth';
  /** For average_growth: 年均下降 is a decrease; default increase. */
  direction?: 'increase' | 'decrease';
  /** '%' of the baseline, '个百分点' of a % row, or a unit of the row's own dimension. */
  unit: string;
  /** For increase / decrease: made every year over the year before (每年增长10%), not once from the baseline. */
  perYear?: true;
}

/** A quantity a target is compared with or computed from. */
export interface Quantity {
  name: string;
  unit: string;
  concept?: string;
}

export type Aggregation =
  | { kind: 'sum' }
  | { kind: 'none' }
  | { kind: 'ratio'; numerator: Quantity; denominator: Quantity; scale?: number };

/** How a county or city reports a row of a higher level's plan: its part of a total, a ratio's two parts, its own value unjudged, or not at all. */
export type LowerLevelReporting = 'contribution' | 'parts' | 'monitored' | 'excluded';

/** What a number of this indicator is: bounds of the hard-range check depend on it. */
export type Measure = 'share' | 'growth_rate' | 'amount';

export interface Indicator {
  id: string;
  planId: string;
  concept: string;
  name: string;
  nameEn?: string;
  unit: string;
  category?: string;
  seq?: string;
  marks: string[];
  direction: 'higher' | 'lower';
  path: 'linear' | 'multiplicative';
  aggregation: Aggregation;
  measure: Measure;
  parent?: string;
  attribute?: '预期性' | '约束性';
  responsible?: string;
  perYear: boolean;
  tolerance?: number;
  companion?: Quantity;
  /** How a lower level reports this row of a higher level's plan, where the catalog overrides the default (reportingScope). */
  reportedBelow?: { as: LowerLevelReporting; note: string };
  completed?: { raw: string; line?: number };
  values: IndicatorValue[];
  source: Source;
  note?: string;
  /** A figure a sheet asks for but does not require (the parts of a share, for consolidation). Never from a catalog file. */
  optional?: boolean;
}

export type RuleKind = 'joint_decline' | 'not_above_parent' | 'relative';

/** A cross-indicator rule the document sets (e.g. 一票否优 when two indicators fall together). */
export interface CrossIndicatorRule {
  id: string;
  planId: string;
  kind: RuleKind;
  /** Concept ids. */
  indicators: string[];
  severity: 'error' | 'warning';
  consequence?: string;
  raw: string;
  source: Source;
  note?: string;
}

export interface PlanCatalog {
  plan: Plan;
  indicators: Indicator[];
  rules: CrossIndicatorRule[];
}

export interface Concept {
  id: string;
  name: string;
  nameEn?: string;
  unit: string;
  note?: string;
  /** The one named thing (a zone, a laboratory) the concept measures: it joins no other entity's measure. */
  entity?: string;
  /** The concept it was split from: merged returns made before the split name their row by that id. */
  splitFrom?: string;
}

export interface Catalog {
  plans: PlanCatalog[];
  concepts: Concept[];
}

/** One thing wrong with a catalog file: which file, where in it, what. */
export interface CatalogProblem {
  file: string;
  /** JSON pointer into the document, '' for the whole file. */
  path: string;
  /** 1-based line in the file, where known. */
  line?: number;
  code: CatalogProblemCode;
  /** Technical details, for logs and tests: the schema's or the parser's wording, the offending value. */
  detail: string;
  /** What is wrong, as a message of the locale tables (catalog.reason.*): what a person reads, in their language. */
  reason: Coded;
}

export type CatalogProblemCode =
  | 'catalog.syntax'
  | 'catalog.schema'
  | 'catalog.duplicate_id'
  | 'catalog.unknown_parent'
  | 'catalog.unknown_table'
  | 'catalog.unknown_unit'
  | 'catalog.unreadable_value'
  | 'catalog.unknown_concept'
  | 'catalog.concept_unit_mismatch'
  | 'catalog.rule_concept_missing'
  | 'catalog.id_prefix'
  /** A catalog URL that is not https (http, file, data…), or a redirect away from https. */
  | 'catalog.url_refused'
  | 'catalog.fetch_failed'
  | 'catalog.too_large';
