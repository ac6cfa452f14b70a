/**
 * A filled reporting sheet as read back from a workbook, independent of the library that read it (ExcelJS
 * for files, office-js in Excel). Adapters fill this; checks and attainment read it. Nothing here trusts row
 * positions: rows carry the indicator id found in the sheet's hidden id column.
 */
import type { ReturnMetadata, SheetPlace } from '../form';
import type { Coded } from '../i18n';
import type { SheetFacts } from './facts';

export type { ReturnMetadata } from '../form';

/** A cell value as the workbook holds it. */
export type CellValue =
  | { type: 'empty' }
  | { type: 'number'; value: number }
  | { type: 'text'; value: string }
  | { type: 'boolean'; value: boolean }
  /** An error value such as '#N/A', '#REF!', '#DIV/0!'. */
  | { type: 'error'; value: string }
  /** A date, ISO 8601. */
  | { type: 'date'; value: string };

export interface EnteredCell {
  /** A1 address on the sheet, e.g. 'J7'. */
  address: string;
  value: CellValue;
  /** The cell's number format, e.g. '0.00%' (a percentage typed as "3.5%" arrives as 0.035 with a % format). */
  numberFormat?: string;
  /** Formula text without the leading '=' when the cell holds a formula; value is then its cached result. */
  formula?: string;
  /** Text of a note or comment on the cell. */
  note?: string;
}

export interface ReturnRow {
  /** Id from the hidden id column; null when that cell is empty or not text. */
  indicatorId: string | null;
  /** 0-based row index on the sheet. */
  row: number;
  /** 指标名称 as found in the sheet. */
  name: string;
  /** 单位 as found in the sheet. */
  unit: string;
  /** The actual-value cells of this row, by year. */
  actuals: Record<number, EnteredCell>;
  /** The 说明 (explanation) cell. */
  explanation: EnteredCell;
}

/** A problem of form the reader saw and the data model cannot express (a merged range over entry cells...). */
export interface ReaderObservation {
  code:
    | 'structure.metadata_missing'
    | 'structure.metadata_unreadable'
    | 'structure.header_changed'
    | 'structure.merged_entry_cells'
    | 'structure.protection_removed'
    | 'dangerous.external_reference'
    | 'dangerous.dde'
    | 'dangerous.network'
    | 'dangerous.code'
    | 'dangerous.indirect'
    | 'dangerous.defined_name'
    | 'dangerous.formula_elsewhere'
    | 'dangerous.macro_project'
    | 'dangerous.external_link'
    | 'dangerous.ole_object'
    | 'dangerous.linked_picture'
    | 'dangerous.data_connection'
    | 'dangerous.hyperlink'
    | 'dangerous.hyperlink_at'
    | 'form.number_format_hides'
    | 'form.sheet_hidden'
    | 'form.row_hidden'
    | 'form.columns_hidden'
    | 'form.protection_password'
    | 'form.conditional_formats_changed'
    | 'form.validation_changed'
    | 'form.cell_unlocked'
    | 'form.metadata_visible'
    | 'structure.sheet_renamed'
    | 'structure.sheet_copied'
    | 'structure.sheet_missing'
    | 'structure.frame_changed'
    | 'structure.printed_value_changed'
    | 'structure.formula_replaced'
    | 'structure.catalog_version_unknown'
    | 'structure.catalog_version_unavailable'
    | 'structure.cached_result_forged'
    // trust3 (issue 11, third pass)
    | 'structure.cover_changed'
    | 'structure.locked_cell_changed'
    | 'form.workbook_locked'
    | 'form.sheet_lookalike'
    | 'form.drawing_over'
    /** Zero values not shown on a sheet whose entry cells hold 0 (`showZeros="0"`): the 0 looks like no entry. */
    | 'form.zeros_hidden'
    | 'form.style_hides'
    | 'form.number_format_changed'
    /** As number_format_changed, where the form's format is General (常规 in Excel's Chinese dialog, not a code). */
    | 'form.number_format_changed_general'
    | 'dangerous.custom_ui';
  /** The cell or row concerned, when the problem has one (a merged range by its first cell). */
  at?: SheetPlace;
  /** What was seen, for the message: data as found (a cell, a setting's name), or a reason that itself needs words. */
  detail?: string | Coded;
  /** The text found, quoted to the user (a changed title, a target cell, the sheet a copy was made from…). */
  found?: string;
  /** The text the generated form has there. */
  expected?: string;
}

/**
 * A cell the generator printed and people do not type into: the frame above the table (title, period,
 * 填报单位), the header, and each row's catalog values and formulas. Compared with the layout regenerated from
 * the metadata, it shows a target, a region or a year edited on the sheet.
 */
export interface PrintedCell {
  /** 0-based row and column. */
  row: number;
  col: number;
  /** The text shown ('' when the cell shows nothing). */
  text: string;
  /** Formula text without the leading '=', when the cell holds one. */
  formula?: string;
}

export interface PrintedCells {
  /** 0-based row of the table's header. */
  headerRow: number;
  /** Non-empty cells from the top of the sheet to the table's last row, entry columns left out. */
  cells: PrintedCell[];
}

/** What was typed beside a label at the foot of the form (单位负责人 … 报出日期). */
export interface FooterEntry {
  /** The label as the sheet prints it, whitespace removed: '单位负责人：'. */
  label: string;
  /** The entry cell beside it, as typed. */
  entry: EnteredCell;
}

export interface ReturnSheet {
  /** Sheet name as found. */
  sheet: string;
  metadata: ReturnMetadata | null;
  rows: ReturnRow[];
  observations: ReaderObservation[];
  /** What the sheet prints outside the entry cells; absent when the reader does not collect it (then not compared). */
  printed?: PrintedCells;
  /** The foot entries that hold something, in the order of the labels; absent when the reader does not collect them. */
  footer?: FooterEntry[];
  /** What the file says about the sheet beyond its cells (state, hidden rows, formats, protection); absent in Excel. */
  facts?: SheetFacts;
  /**
   * The sheet as read, kept so that the checks can read its cells again at the positions the form regenerated from
   * the metadata has (core/checks/positionedSheet.ts); absent when the sheet was not read from a grid.
   */
  grid?: SheetGrid;
  /** The workbook's cover (填报说明) as read, on the first reporting sheet only; absent when not read from a file. */
  cover?: SheetGrid;
  /**
   * Cells holding something outside the form regenerated from the metadata (core/checks/outsideCells.ts): a reviewer
   * sees them, no other rule reads them. Absent when the sheet was not read at the form's positions.
   */
  outside?: OutsideCell[];
}

/** A cell holding something outside the form: right of its columns, below its foot, or where its frame has nothing. */
export interface OutsideCell {
  /** 0-based row and column. */
  row: number;
  col: number;
  cell: GridCell;
  /** The table row it sits beside (null outside the table's rows). */
  tableRow: ReturnRow | null;
  /** The year of the column it sits in, when that column's header (right of the form) reads like an actual's: 2025年实绩. */
  headerYear: number | null;
  /** It is that header itself. */
  isHeader: boolean;
}

/** A cell as the sheet holds it (its address is where it sits in the grid). */
export type GridCell = Omit<EnteredCell, 'address'>;

export interface SheetGrid {
  name: string;
  /**
   * Cells by 0-based row, then 0-based column; sparse. A cell is there when it holds something or carries a
   * number format; a merged range holds its value in its top-left cell only (as Excel gives it).
   */
  rows: ReadonlyArray<ReadonlyArray<GridCell | undefined> | undefined>;
  /** Merged ranges in A1, or null when the adapter cannot tell (office-js before ExcelApi 1.13). */
  merges: readonly string[] | null;
  /** Whether the sheet is protected; null when not known. */
  protected: boolean | null;
}

/** What a reader is given of a workbook. */
export interface WorkbookGrids {
  /** Every sheet of the workbook by name, read or not (to tell a copy from a renamed sheet). */
  sheetNames: readonly string[];
  /** The sheets to read, in workbook order, the metadata sheet left out. */
  sheets: readonly SheetGrid[];
  /** The very hidden _meta sheet; null when the workbook has none. */
  metadata: SheetGrid | null;
}
