/**
 * The pane outside Excel: the workbook is an .xlsx the user opened (file input or drag and drop), held in
 * memory, and offered back for download. ExcelJS and the xlsx adapter load on first use (a separate chunk).
 */
import type { Finding } from '../../core/checks';
import type { Locale } from '../../core/i18n';
import type { ReturnSheet } from '../../core/returns';
import type { WorkbookDocument, WorkbookFiles } from './browser/workbookDocument';
import { PortError, type FileAccess, type PortCapabilities, type SelectedTable, type SettingValue, type SheetsToWrite, type WorkbookPort, type WriteOutcome } from './workbookPort';

/** How workbooks are had: in the workbook worker in the bundle (lazy.ts), WorkbookFile imported plainly in tests. */
export type LoadWorkbookFile = () => Promise<WorkbookFiles>;

export class BrowserPort implements WorkbookPort {
  readonly mode = 'browser' as const;
  readonly capabilities: PortCapabilities = { writeSheets: true, charts: false, selection: false, settings: true, missing: [] };
  readonly file: FileAccess;
  private workbook: WorkbookDocument | null = null;
  private fileName: string | null = null;
  private activeSheet: string | null = null;
  private dirty = false;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly loadModule: LoadWorkbookFile, private readonly newFileName: () => string = () => '填报表.xlsx') {
    this.file = {
      open: async (name, bytes) => {
        const module = await this.loadModule();
        this.workbook = await module.open(bytes);
        this.fileName = name;
        this.activeSheet = null;
        this.changed(false);
      },
      name: () => this.fileName,
      bytes: async () => {
        const bytes = await (await this.opened()).bytes();
        this.changed(false);
        return bytes;
      },
      suggestName: (name) => {
        if (this.fileName === null) this.fileName = name;
      },
      unsaved: () => this.dirty,
    };
  }

  async readReturns(scope: 'active' | 'all'): Promise<ReturnSheet[]> {
    if (this.workbook === null) return [];
    const sheets = await this.workbook.returns();
    if (scope === 'all') return sheets;
    const active = sheets.find((sheet) => sheet.sheet === this.activeSheet) ?? sheets[0];
    return active === undefined ? [] : [active];
  }

  async sheetNames(): Promise<string[]> {
    return this.workbook === null ? [] : this.workbook.sheetNames();
  }

  async writeSheets(request: SheetsToWrite): Promise<WriteOutcome> {
    const workbook = await this.opened();
    const sheets = await workbook.writeSheets(request);
    if (this.fileName === null) this.fileName = this.newFileName();
    this.changed();
    return { sheets, skipped: [] };
  }

  async writeExplanation(sheet: string, cell: string, text: string): Promise<void> {
    await (await this.opened()).writeText(sheet, cell, text);
    this.changed();
  }

  async writeValue(sheet: string, cell: string, text: string): Promise<void> {
    await (await this.opened()).writeValue(sheet, cell, text);
    this.changed();
  }

  async selectCell(sheet: string): Promise<void> {
    this.activeSheet = sheet;
  }

  async annotate(findings: Finding[], locale: Locale): Promise<void> {
    await (await this.opened()).annotate(findings, locale);
    this.changed();
  }

  async readSelection(): Promise<SelectedTable> {
    throw new PortError('pane.error.unsupported');
  }

  async addChart(): Promise<void> {
    throw new PortError('pane.error.unsupported');
  }

  async loadSetting(key: string): Promise<SettingValue> {
    return this.workbook === null ? null : this.workbook.loadSetting(key);
  }

  async saveSetting(key: string, value: SettingValue): Promise<void> {
    await (await this.opened()).saveSetting(key, value);
    this.changed();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** The workbook held; a new, empty one when nothing was opened (the first write makes the file). */
  private async opened(): Promise<WorkbookDocument> {
    if (this.workbook === null) this.workbook = await (await this.loadModule()).empty();
    return this.workbook;
  }

  private changed(dirty: boolean = true): void {
    this.dirty = dirty;
    for (const listener of this.listeners) listener();
  }
}
