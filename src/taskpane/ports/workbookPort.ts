/**
 * The one seam between the pane's UI and a workbook. Two implementations: ExcelPort (the open workbook, through
 * src/excel inside Excel.run) and BrowserPort (an .xlsx held in memory, through src/xlsx). UI components know
 * only this interface: they never touch Office globals or ExcelJS, and a test drives them with a fake.
 */
import type { Finding } from '../../core/checks';
import type { Locale, MessageCode } from '../../core/i18n';
import type { SheetLayout } from '../../core/layout';
import type { ReturnSheet } from '../../core/returns';

/** What a workbook setting may hold (JSON). */
export type SettingValue = string | number | boolean | null | SettingValue[] | { [key: string]: SettingValue };

export interface SheetsToWrite {
  sheets: SheetLayout[];
  /** The metadata sheet of the reporting sheets among `sheets`; null when they are other sheets (annex, report). */
  metadata: SheetLayout | null;
  /** Existing sheets that the new ones replace, by name. A name taken by any other sheet is refused. */
  replace: string[];
}

export interface WriteOutcome {
  /** The sheets written, by name. */
  sheets: string[];
  /** Message codes (src/core/i18n) of what this host could not carry, e.g. print setup below ExcelApi 1.9. */
  skipped: MessageCode[];
}

export interface SelectedTable {
  /** Row by row, as the cells show (3.5%, not 0.035). */
  cells: string[][];
  /** Workbook and sheet, as an imported catalog names its source: 'Book1.xlsx#Sheet1'. */
  source: string;
  /** 0-based position of the top-left cell on its sheet. */
  origin: { row: number; column: number };
}

export interface PortCapabilities {
  /** Sheets can be written into the workbook (Excel: ExcelApi 1.8). False: the pane offers an .xlsx download. */
  writeSheets: boolean;
  /** Charts can be added (office-js); ExcelJS cannot write charts. */
  charts: boolean;
  /** The user's selection can be read (导入 in Excel); in the browser the table is pasted instead. */
  selection: boolean;
  /**
   * Values kept with the workbook (Excel: Workbook.settings, ExcelApi 1.4): the review record, imported catalogs,
   * and the looks a colour-only annotation replaced. False: accepting and annotating are refused with the reason.
   */
  settings: boolean;
  /** Message codes of what the host lacks, most important first. */
  missing: MessageCode[];
}

/** The browser's side: a file opened from disk and offered back for download. */
export interface FileAccess {
  /** Replaces the workbook held by the one in `bytes`; rejects with a PortError when it is no readable .xlsx. */
  open(name: string, bytes: Uint8Array): Promise<void>;
  /** The file's name, or null when nothing is open yet (a new workbook is made on the first write). */
  name(): string | null;
  /** The workbook as it is now, as .xlsx bytes; what is handed out for download counts as saved. */
  bytes(): Promise<Uint8Array>;
  /** Names a new workbook (none opened, not yet named), e.g. by region, year and plan; an opened file keeps its name. */
  suggestName(name: string): void;
  /** Changes made since the file was opened or last downloaded, which closing the page would lose. */
  unsaved(): boolean;
}

export interface WorkbookPort {
  readonly mode: 'excel' | 'browser';
  readonly capabilities: PortCapabilities;
  /** The reporting sheets: the active one (or none), or all of them. */
  readReturns(scope: 'active' | 'all'): Promise<ReturnSheet[]>;
  /** Names of the visible sheets, in order. */
  sheetNames(): Promise<string[]>;
  writeSheets(request: SheetsToWrite): Promise<WriteOutcome>;
  /** Writes a 说明 as text, whatever it starts with. */
  writeExplanation(sheet: string, cell: string, text: string): Promise<void>;
  /** Types a corrected value into a cell (browser mode, where no grid is shown); absent in Excel. */
  writeValue?(sheet: string, cell: string, text: string): Promise<void>;
  /** Shows the cell: Excel selects it; the browser makes its sheet the active one. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Marks findings on their cells (notes, comments or colour). */
  annotate(findings: Finding[], locale: Locale): Promise<void>;
  /** The selected cells as shown, row by row, and where they are (capabilities.selection). */
  readSelection(): Promise<SelectedTable>;
  /** A bar chart of the columns of `range` on `sheet` (capabilities.charts). */
  addChart(sheet: string, range: string, title: string): Promise<void>;
  loadSetting(key: string): Promise<SettingValue>;
  saveSetting(key: string, value: SettingValue): Promise<void>;
  /** Calls `listener` after the workbook changed; returns the unsubscribe. Callers debounce. */
  onChange(listener: () => void): () => void;
  /** Browser mode's file; null in Excel. */
  readonly file: FileAccess | null;
}

export type PortErrorCode = 'pane.error.sheet_exists' | 'pane.error.sheet_missing' | 'pane.error.unsupported';

/** What a port refuses, as a message code of the locale tables and its params. */
export class PortError extends Error {
  constructor(readonly code: PortErrorCode, readonly params: Record<string, string | number> = {}) {
    super(`${code}: ${JSON.stringify(params)}`);
    this.name = 'PortError';
  }
}
