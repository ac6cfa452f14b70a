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

/** A cell's text, read. Numbers are in the unit printed in the cell (or in the indicator's unit when none is printed). */
export interface ParsedNotation {
  kind: NotationKind;
  /** exact, min, max, approx: the number; relative: the margin ("高于…1个百分点" → 1), null when none is printed. */
  value: number | null;
  /** range: lower end; min: the bound. */
  low: number | null;
  /** range: upper end; max: the bound. */
  high: number | null;
  /** increment_cumulative ("75/1280"): the year's increment. */
  increment: number | null;
  /** increment_cumulative: the running total at the end of the year. */
  cumulative: number | null;
  /** Marked as an estimate: （预计）, ▲. */
  estimated: boolean;
  /** Marks printed in the cell: "*", "▲". Their meaning comes from the document's notes. */
  marks: string[];
  /** Unit text found in the cell ("%", "家", "亿元", "个百分点"), null when the cell prints none. */
  unit: string | null;
  /** relative: the quantity compared with ("固定资产投资增速"). */
  reference: string | null;
  /** min, max, relative: which side of the bound or reference is asked for. */
  relation: 'above' | 'below' | null;
  /** min, max, relative: the bound itself does not satisfy the target (超过, 高于, >). */
  strict: boolean;
  /** The text exactly as given. */
  raw: string;
}

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
