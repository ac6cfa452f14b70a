/**
 * The pane inside Excel: every call is one Excel.run around a function of the office-js adapter (src/excel).
 * With host.ts, the only file of the pane that touches Office globals.
 */
import type { Finding } from '../../core/checks';
import type { Locale } from '../../core/i18n';
import { metadataSheetLayout } from '../../core/layout';
import { parseA1 } from '../../core/form';
import {
  addBarChart, annotateFindings, hostSupport, loadWorkbookSetting, readActiveReturnSheet, readReturnSheets, readSelectedTable,
  requirementStatus, saveWorkbookSetting, selectCell, usedSelection, watchChanges, writeExplanation, writeWorkbookLayout, type ChangeWatch, type SupportCheck,
} from '../../excel';
import type { ReturnSheet } from '../../core/returns';
import { PortError, type PortCapabilities, type SelectedTable, type SettingValue, type SheetsToWrite, type WorkbookPort, type WriteOutcome } from './workbookPort';

/** Excel.run, or a stand-in that hands a fake context (tests). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
/** Excel.run on the context an event handler was added in, as office-js wants for removing it. */
export type ExcelRunOn = (context: OfficeExtension.ClientRequestContext, batch: (context: Excel.RequestContext) => Promise<void>) => Promise<void>;

export interface ExcelPortOptions {
  run?: ExcelRun;
  runOn?: ExcelRunOn;
  isSupported?: SupportCheck;
}

/** Where the chart goes: right of the four-column table, about twenty rows tall. */
const CHART_PLACEMENT = { from: 'F2', to: 'N24' };

export class ExcelPort implements WorkbookPort {
  readonly mode = 'excel' as const;
  readonly capabilities: PortCapabilities;
  readonly file = null;
  private readonly run: ExcelRun;
  private readonly runOn: ExcelRunOn;
  private readonly isSupported: SupportCheck;
  /** ExcelApi 1.4 (Workbook.settings) and 1.7 (onChanged): gated here, not left to fail inside Excel.run. */
  private readonly settings: boolean;
  private readonly changeEvents: boolean;

  constructor(options: ExcelPortOptions = {}) {
    this.run = options.run ?? ((batch) => Excel.run(batch));
    this.runOn = options.runOn ?? ((context, batch) => Excel.run(context as Excel.RequestContext, batch));
    this.isSupported = options.isSupported ?? hostSupport();
    const status = requirementStatus(this.isSupported);
    this.settings = status.settings;
    this.changeEvents = status.changeEvents;
    this.capabilities = { writeSheets: status.canWriteSheets, charts: true, selection: true, settings: status.settings, missing: status.missing.map((feature) => feature.code) };
  }

  async readReturns(scope: 'active' | 'all'): Promise<ReturnSheet[]> {
    const options = { isSupported: this.isSupported };
    if (scope === 'all') return this.run((context) => readReturnSheets(context, options));
    const active = await this.run((context) => readActiveReturnSheet(context, options));
    return active === null ? [] : [active];
  }

  sheetNames(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/visibility');
      await context.sync();
      return sheets.items.filter((sheet) => sheet.visibility === 'Visible').map((sheet) => sheet.name);
    });
  }

  async writeSheets(request: SheetsToWrite): Promise<WriteOutcome> {
    if (!this.capabilities.writeSheets) throw new PortError('pane.error.unsupported');
    // Sheets that are no reporting sheets keep the blocks of "_meta" as they are (the adapter carries them over).
    const layout = { sheets: request.sheets, metadata: request.metadata ?? metadataSheetLayout([]) };
    const report = await this.run((context) => writeWorkbookLayout(context, layout, { replaceSheets: request.replace, isSupported: this.isSupported }));
    return { sheets: report.sheets, skipped: report.skipped };
  }

  writeExplanation(sheet: string, cell: string, text: string): Promise<void> {
    return this.run((context) => writeExplanation(context, sheet, cell, text));
  }

  selectCell(sheet: string, cell: string): Promise<void> {
    return this.run((context) => selectCell(context, sheet, cell, this.isSupported));
  }

  async annotate(findings: Finding[], locale: Locale): Promise<void> {
    const sheets = [...new Set(findings.map((finding) => finding.sheet))];
    await this.run((context) => annotateFindings(context, findings, locale, { sheets, isSupported: this.isSupported }));
  }

  readSelection(): Promise<SelectedTable> {
    return this.run(async (context) => {
      const cells = await readSelectedTable(context, this.isSupported);
      // Where the table is, for the addresses the import's problems name and the source its catalog records.
      const used = usedSelection(context, this.isSupported);
      used.load('address');
      // Workbook.name is ExcelApi 1.7: an older Excel names the source by its sheet alone.
      const named = this.isSupported('ExcelApi', '1.7');
      const workbook = context.workbook;
      if (named) workbook.load('name');
      await context.sync();
      const address = cells.length === 0 ? 'Sheet1!A1' : used.address;
      const bang = address.lastIndexOf('!');
      const sheet = address.slice(0, bang).replace(/^'|'$/gu, '').replace(/''/gu, "'");
      const topLeft = parseA1(address.slice(bang + 1).split(':')[0]?.replace(/\$/gu, '') ?? 'A1') ?? { row: 0, col: 0 };
      return { cells, source: `${(named ? workbook.name : '') || 'workbook'}#${sheet}`, origin: { row: topLeft.row, column: topLeft.col } };
    });
  }

  addChart(sheet: string, range: string, title: string): Promise<void> {
    return this.run((context) => addBarChart(context, sheet, range, title, CHART_PLACEMENT));
  }

  loadSetting(key: string): Promise<SettingValue> {
    if (!this.settings) return Promise.resolve(null);
    return this.run((context) => loadWorkbookSetting(context, key));
  }

  saveSetting(key: string, value: SettingValue): Promise<void> {
    if (!this.settings) return Promise.reject(new PortError('pane.error.unsupported'));
    return this.run((context) => saveWorkbookSetting(context, key, value));
  }

  onChange(listener: () => void): () => void {
    if (!this.changeEvents) return () => undefined;
    let watch: ChangeWatch | null = null;
    let stopped = false;
    const started = this.run((context) => watchChanges(context, listener, this.isSupported)).then((added) => {
      watch = added;
    }).catch(() => undefined);
    return () => {
      stopped = true;
      void started.then(() => {
        const added = watch as ChangeWatch | null;
        if (!stopped || added === null) return undefined;
        return this.runOn(added.context, async (context) => {
          added.remove();
          await context.sync();
        }).catch(() => undefined);
      });
    };
  }
}
