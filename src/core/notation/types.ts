/** The kinds of cell notation the plans use (see design.md, "What the plan documents contain"). */
export type NotationKind =
  | 'exact'
  | 'min'
  | 'max'
  | 'approx'
  | 'range'
  | 'relative'
  | 'qualitative'
  | 'increment_cumulative'
  | 'blank';

/** What every reading of a cell carries, whatever its kind. */
interface NotationCommon {
  /** Marked as an estimate: （预计）, ▲. */
  estimated: boolean;
  /** Marks printed in the cell: "*", "▲". Their meaning comes from the document's notes. */
  marks: string[];
  /** Unit text found in the cell ("%", "家", "亿元", "个百分点"), null when the cell prints none. */
  unit: string | null;
  /** The text exactly as given. */
  raw: string;
  /** 年均 10%左右, （年均）: the number is an average yearly growth rate, not a level. */
  averageGrowth?: true;
  /** 增长5%左右, 提高2个百分点: the number is a rise from the year before or the base, not a level. */
  increase?: true;
  /** 下降15%, 降低13.5%: the number is a reduction (kept positive, as printed). */
  decrease?: true;
  /**
   * 每年增长10%, 逐年提高0.2个百分点, 比上年增长5%, 增长10%（每年）: the change is made every year over the year
   * before, not once over the period from the baseline. Only with increase or decrease.
   */
  perYear?: true;
  /**
   * 翻一番, 倍增, 增长一倍: a rise read from words (100 %, 翻两番 300 %). A catalog value without `change` printed so
   * keeps the meaning catalog files always gave it: a qualitative target (loadPlanFile).
   */
  multiplied?: true;
  /** 〔17〕: a total over the plan period, as the table's notes define the brackets. */
  periodTotal?: true;
  /** Parenthesised words kept out of the value and as notes: (预期性), (2025), a second figure. */
  annotations?: string[];
}

/** An empty cell or a dash: the plan gives no value. */
export interface BlankNotation extends NotationCommon { kind: 'blank' }
/** Words without a number the grammar can compare ("显著提升"). */
export interface QualitativeNotation extends NotationCommon {
  kind: 'qualitative';
  /** 零的突破: from none to at least one, so a count answers it as well as 是/否 (decision 0270). */
  atLeastOne?: true;
}
/** One number: "3.5", "650家". */
export interface ExactNotation extends NotationCommon { kind: 'exact'; value: number }
/** About a number: "约3.5", "3.5左右". */
export interface ApproxNotation extends NotationCommon { kind: 'approx'; value: number }
/** A lower bound: ">66", "650家以上"; strict when the bound itself does not satisfy (超过, >). */
export interface MinNotation extends NotationCommon { kind: 'min'; value: number; strict: boolean }
/** An upper bound: "≤5", "前10"; strict when the bound itself does not satisfy (低于, <). */
export interface MaxNotation extends NotationCommon { kind: 'max'; value: number; strict: boolean }
/** Two ends: "3-3.5". */
export interface RangeNotation extends NotationCommon { kind: 'range'; low: number; high: number }
/** Compared with another quantity: "高于固定资产投资增速1个百分点". */
export interface RelativeNotation extends NotationCommon {
  kind: 'relative';
  /** The margin printed ("…1个百分点" → 1), null when none is printed. */
  margin: number | null;
  /** The quantity compared with ("固定资产投资增速"). */
  reference: string;
  relation: 'above' | 'below';
  /** The reference itself does not satisfy the target (高于, 快于). */
  strict: boolean;
  /** 与…同步 / 基本同步: keeping pace with the reference, judged as not below it. */
  inStep?: true;
}
/** The year's increment and the running total: "75/1280". */
export interface IncrementCumulativeNotation extends NotationCommon {
  kind: 'increment_cumulative';
  increment: number;
  cumulative: number;
}

/** A cell's text, read. Numbers are in the unit printed in the cell (or in the indicator's unit when none is printed). */
export type ParsedNotation =
  | BlankNotation
  | QualitativeNotation
  | ExactNotation
  | ApproxNotation
  | MinNotation
  | MaxNotation
  | RangeNotation
  | RelativeNotation
  | IncrementCumulativeNotation;

/** The readings that carry one number (a value or a bound). */
export type SingleNumberNotation = ExactNotation | ApproxNotation | MinNotation | MaxNotation;

export type NotationErrorReason =
  | 'no_number'
  | 'several_numbers'
  | 'unknown_words'
  | 'malformed_number';

/** A text the grammar cannot read. It quotes the text; nothing is guessed. */
export interface NotationError {
  code: 'notation.unreadable';
  reason: NotationErrorReason;
  raw: string;
}

export type NotationResult = { ok: true; value: ParsedNotation } | { ok: false; error: NotationError };
