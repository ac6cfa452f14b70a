/**
 * The layout of a sheet as plain data: what it holds, how it looks, what may be typed where. Core computes it;
 * the ExcelJS adapter (src/xlsx) and the office-js adapter (src/excel) only render it, so both renderers stay
 * thin and the layout is tested once.
 *
 * Conventions every renderer relies on:
 * - cells are addressed 0-based ({row, col}); ranges (merges, validations, conditional formats, unlocked
 *   ranges, print area) are A1 strings ('J8:N40'), rectangular, never several areas in one string;
 * - colours are '#RRGGBB' (office-js takes them as they are; ExcelJS wants ARGB: see `argb`);
 * - formulas are written without the leading '=' and use English function names and ',' separators;
 * - a `text` value is text even when it starts with = + - @: ExcelJS writes a string as a string; office-js
 *   evaluates what it writes into `values`, so it must prefix an apostrophe to a text that
 *   `startsLikeFormula` (styles of catalog text have number format '@' as well, but carried-over entries sit
 *   in 'General' cells), so that no catalog name or typed explanation ever becomes a formula;
 * - widths are in Excel character units, heights in points.
 */
import type { CellPosition } from '../form';

export type { CellPosition, CellRange } from '../form';

/** What a cell holds. Text and formula are distinct kinds: text is never evaluated. */
export type LayoutValue =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  /** Without the leading '='. */
  | { kind: 'formula'; formula: string }
  /** A hyperlink to a cell of this workbook: ExcelJS {text, hyperlink: "#'sheet'!J7"}, office-js range.hyperlink {documentReference}. */
  | { kind: 'link'; text: string; target: LinkTarget };

export interface LinkTarget {
  /** Another workbook, as a path relative to this one (a batch report links into each return); absent: this workbook. */
  file?: string;
  sheet: string;
  /** A1 address on that sheet. */
  cell: string;
}

export interface LayoutCell extends CellPosition {
  value: LayoutValue;
  /** Name of a style in the sheet's `styles`. */
  style: string;
  /** A cell note (comment) shown on hover. */
  note?: string;
}

export interface FontSpec {
  /** 黑体, 宋体, 仿宋. */
  name: string;
  /** Points. */
  size: number;
  bold: boolean;
  underline: boolean;
  /** '#RRGGBB'. */
  color: string;
}

export interface AlignmentSpec {
  horizontal: 'left' | 'center' | 'right';
  vertical: 'top' | 'middle' | 'bottom';
  wrapText: boolean;
  /** Indent level (sub-items 其中… are indented by 1). */
  indent: number;
}

/** A named style. Protection is part of the style, as in Excel: an entry cell's style has locked false. */
export interface CellStyle {
  font: FontSpec;
  /** Solid fill, '#RRGGBB', or null for none. */
  fill: string | null;
  /** Thin border on all four sides, or none. */
  border: 'thin' | 'none';
  alignment: AlignmentSpec;
  /** Excel number format: '@' text, 'General', '0.0%'. */
  numberFormat: string;
  locked: boolean;
}

export interface ColumnSpec {
  col: number;
  /** Excel character units. */
  width: number;
  hidden: boolean;
}

export interface RowSpec {
  row: number;
  /** Points. */
  height: number;
}

/** Rows above and columns left of the split stay in view. */
export interface FrozenPanes {
  rows: number;
  cols: number;
}

/** custom: a formula TRUE for what may be typed (零的突破's count or 是/否, decision 0276). */
export type ValidationType = 'decimal' | 'whole' | 'list' | 'textLength' | 'custom';

export type ValidationOperator =
  | 'between'
  | 'notBetween'
  | 'equal'
  | 'notEqual'
  | 'greaterThan'
  | 'lessThan'
  | 'greaterThanOrEqual'
  | 'lessThanOrEqual';

/**
 * A data-validation rule over one rectangular block of cells, in Excel's own terms (ExcelJS takes it nearly
 * as it is). formulae are formula texts: numbers as '0', a list as '"是,否"' (office-js wants the source
 * without the quotes: `listValues` joined by ','), a custom formula written for the range's top-left cell with
 * relative references (Excel shifts it over the range).
 */
export interface DataValidation {
  ref: string;
  type: ValidationType;
  /** Null for list and custom. */
  operator: ValidationOperator | null;
  formulae: string[];
  /** list: the items, for renderers that take them as a list. */
  listValues?: string[];
  allowBlank: boolean;
  showInputMessage: boolean;
  /** At most 32 characters (Excel's limit). */
  promptTitle: string;
  /** At most 255 characters (Excel's limit). */
  prompt: string;
  /** Always true: the file format's default is off, and a validation that does not stop typing is no check. */
  showErrorMessage: true;
  errorStyle: 'stop';
  /** At most 32 characters. */
  errorTitle: string;
  /** At most 255 characters. */
  error: string;
}

/** The look a conditional format applies. */
export interface ConditionalStyle {
  fill: string;
  fontColor: string;
  /** A number format the rule shows its cells in (core/layout/honestPercentFormats.ts); the cell's own when absent. */
  numberFormat?: string;
}

/**
 * An expression rule over a whole range: `formula` is written for the range's top-left cell with relative
 * rows and absolute columns ('$R8="已达标"' over A8:T60), and Excel shifts it over the range.
 */
export interface ConditionalFormat {
  ref: string;
  type: 'expression';
  formula: string;
  /** 1 is evaluated first and wins where rules overlap. */
  priority: number;
  stopIfTrue: boolean;
  style: ConditionalStyle;
}

/** What a user may still do on a protected sheet. */
export interface ProtectionAllowances {
  selectLockedCells: boolean;
  selectUnlockedCells: boolean;
  formatColumns: boolean;
  formatRows: boolean;
  insertRows: boolean;
  deleteRows: boolean;
  sort: boolean;
  autoFilter: boolean;
}

export interface SheetProtection {
  /** The sheet is protected: only unlocked cells can be edited. */
  protect: boolean;
  /** Null: protected without a password (a guard against slips, not a lock). */
  password: string | null;
  /** The unlocked (entry) cells, as rectangular A1 ranges; every other cell is locked. */
  unlocked: string[];
  allow: ProtectionAllowances;
}

export interface PageMargins {
  /** Inches (ExcelJS takes inches; office-js takes points: × 72). */
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

export interface PrintSetup {
  paperSize: 'A4';
  orientation: 'portrait' | 'landscape';
  /** Pages wide (1: fit all columns on the page width); ignored when `scale` is given. */
  fitToWidth: number;
  /** A fixed scale in percent instead of fitting to pages (see core/layout/printScale). */
  scale?: number;
  /** Columns repeated at the left of each page, 'A:E', for a table printed more than one page wide. */
  printTitleColumns?: string;
  /** Pages tall; 0 means as many as needed. */
  fitToHeight: number;
  /** Rows repeated at the top of each page, '7:7' (1-based, as ExcelJS printTitlesRow takes it). */
  printTitleRows: string | null;
  /** A1 range printed, or null for the used range. */
  printArea: string | null;
  horizontalCentered: boolean;
  margins: PageMargins;
  /** Centre footer text with Excel's codes (&A sheet name, &P page, &N pages), or null. */
  footer: string | null;
}

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

export interface SheetLayout {
  /** At most 31 characters, none of []:*?/\ (Excel's rules). */
  name: string;
  visibility: SheetVisibility;
  /** Every cell that holds a value or a non-default look, in row then column order. */
  cells: LayoutCell[];
  merges: string[];
  columns: ColumnSpec[];
  /** Rows whose height differs from the default. */
  rows: RowSpec[];
  frozen: FrozenPanes | null;
  validations: DataValidation[];
  conditionalFormats: ConditionalFormat[];
  protection: SheetProtection | null;
  print: PrintSetup | null;
  styles: Record<string, CellStyle>;
  /** Show grid lines on screen. */
  showGridLines: boolean;
}

/** A workbook: the visible sheets in order, and the very hidden metadata sheet ("_meta"). */
export interface WorkbookLayout {
  sheets: SheetLayout[];
  metadata: SheetLayout;
}
