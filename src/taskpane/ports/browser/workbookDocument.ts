/**
 * What browser mode needs of the workbook it holds: WorkbookFile on the pane's thread (tests, or where no worker
 * starts), or its handle in the workbook worker (the bundle).
 */
import type { Finding } from '../../../core/checks';
import type { Locale } from '../../../core/i18n';
import type { ReturnSheet } from '../../../core/returns';
import type { SettingValue, SheetsToWrite } from '../workbookPort';

type Answer<T> = T | Promise<T>;

export interface WorkbookDocument {
  returns(): Answer<ReturnSheet[]>;
  sheetNames(): Answer<string[]>;
  writeSheets(request: SheetsToWrite): Promise<string[]>;
  writeText(sheet: string, cell: string, text: string): Answer<void>;
  writeValue(sheet: string, cell: string, text: string): Answer<void>;
  annotate(findings: Finding[], locale: Locale): Promise<void>;
  loadSetting(key: string): Answer<SettingValue>;
  saveSetting(key: string, value: SettingValue): Answer<void>;
  bytes(): Promise<Uint8Array>;
}

/** How a workbook is had: read from a file's bytes, or a new, empty one. */
export interface WorkbookFiles {
  open(bytes: Uint8Array): Promise<WorkbookDocument>;
  empty(): Answer<WorkbookDocument>;
}
