/**
 * An in-memory stand-in for the ExcelPort, for the pane's flows in Excel mode: the workbook's contents live in
 * a real in-memory workbook (ExcelJS, through the browser port), and what only Excel does — select a cell, read
 * the selection, draw a chart, mark cells — is recorded. Capabilities are those of the host it plays.
 */
import type { Finding } from '../../../src/core/checks/index';
import type { Locale } from '../../../src/core/i18n/index';
import type { ReturnSheet } from '../../../src/core/returns/index';
import { BrowserPort } from '../../../src/taskpane/ports/browserPort';
import { WorkbookFile } from '../../../src/taskpane/ports/browser/workbookFile';
import { PortError, type PortCapabilities, type SelectedTable, type SettingValue, type SheetsToWrite, type WorkbookPort, type WriteOutcome } from '../../../src/taskpane/ports/workbookPort';

export const MODERN_EXCEL: PortCapabilities = { writeSheets: true, charts: true, selection: true, settings: true, missing: [] };
export const EXCEL_2016: PortCapabilities = {
  writeSheets: false, charts: true, selection: true, settings: false,
  missing: ['excel.requirement.data_validation', 'excel.requirement.settings', 'excel.requirement.conditional_formats', 'excel.requirement.change_events',
    'excel.requirement.print_setup', 'excel.requirement.comments', 'excel.requirement.notes'],
};

export class FakeExcelPort implements WorkbookPort {
  readonly mode = 'excel' as const;
  readonly file = null;
  readonly store = new BrowserPort(async () => WorkbookFile);
  readonly selected: Array<{ sheet: string; cell: string }> = [];
  readonly charts: Array<{ sheet: string; range: string; title: string }> = [];
  readonly annotated: Finding[][] = [];
  readonly writes: SheetsToWrite[] = [];
  selection: SelectedTable = { cells: [], source: 'Book1.xlsx#Sheet1', origin: { row: 0, column: 0 } };
  active: string | null = null;
  /** A workbook Excel will not let the add-in change (opened read-only on the web, protected): every write is refused as Excel refuses it. */
  refuseWrites = false;

  private refusal(): Promise<never> {
    return Promise.reject(Object.assign(new Error('You cannot perform the requested operation.'), { name: 'RichApi.Error', code: 'AccessDenied' }));
  }

  constructor(readonly capabilities: PortCapabilities = MODERN_EXCEL) {}

  /** The workbook Excel has open. */
  async load(bytes: Uint8Array): Promise<void> {
    await this.store.file.open('Book1.xlsx', bytes);
  }

  async readReturns(scope: 'active' | 'all'): Promise<ReturnSheet[]> {
    const sheets = await this.store.readReturns('all');
    if (scope === 'all') return sheets;
    // No sheet made active by a test: the first return, as a workbook opens on it. Another sheet active (the cover):
    // nothing, as Excel's reader gives for a sheet that holds no reporting table.
    const active = this.active === null ? sheets[0] : sheets.find((sheet) => sheet.sheet === this.active);
    return active === undefined ? [] : [active];
  }

  sheetNames(): Promise<string[]> {
    return this.store.sheetNames();
  }

  writeSheets(request: SheetsToWrite): Promise<WriteOutcome> {
    if (this.refuseWrites) return this.refusal();
    this.writes.push(request);
    return this.store.writeSheets(request);
  }

  writeExplanation(sheet: string, cell: string, text: string): Promise<void> {
    if (this.refuseWrites) return this.refusal();
    return this.store.writeExplanation(sheet, cell, text);
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.active = sheet;
    this.selected.push({ sheet, cell });
  }

  async annotate(findings: Finding[], _locale: Locale): Promise<void> {
    if (this.refuseWrites) return this.refusal();
    this.annotated.push(findings);
  }

  async readSelection(): Promise<SelectedTable> {
    return this.selection;
  }

  async addChart(sheet: string, range: string, title: string): Promise<void> {
    this.charts.push({ sheet, range, title });
  }

  // As ExcelPort: without ExcelApi 1.4 nothing is kept, and a save is refused.
  loadSetting(key: string): Promise<SettingValue> {
    if (!this.capabilities.settings) return Promise.resolve(null);
    return this.store.loadSetting(key);
  }

  saveSetting(key: string, value: SettingValue): Promise<void> {
    if (!this.capabilities.settings) return Promise.reject(new PortError('pane.error.unsupported'));
    if (this.refuseWrites) return this.refusal();
    return this.store.saveSetting(key, value);
  }

  onChange(listener: () => void): () => void {
    return this.store.onChange(listener);
  }
}
