/**
 * Browser mode's workbook as the pane holds it: a handle on the workbook kept in the workbook worker
 * (workbookWorker.ts). Each call is the same as WorkbookFile's, answered by the worker.
 */
import type { Finding } from '../../../core/checks';
import type { Locale } from '../../../core/i18n';
import type { ReturnSheet } from '../../../core/returns';
import type { WorkerCaller } from '../../workers/workerCall';
import type { SettingValue, SheetsToWrite } from '../workbookPort';
import type { WorkbookDocument, WorkbookFiles } from './workbookDocument';

class WorkbookInWorker implements WorkbookDocument {
  constructor(private readonly worker: WorkerCaller) {}
  returns = () => this.worker.call<ReturnSheet[]>('returns', []);
  sheetNames = () => this.worker.call<string[]>('sheetNames', []);
  writeSheets = (request: SheetsToWrite) => this.worker.call<string[]>('writeSheets', [request]);
  writeText = (sheet: string, cell: string, text: string) => this.worker.call<void>('writeText', [sheet, cell, text]);
  writeValue = (sheet: string, cell: string, text: string) => this.worker.call<void>('writeValue', [sheet, cell, text]);
  annotate = (findings: Finding[], locale: Locale) => this.worker.call<void>('annotate', [findings, locale]);
  loadSetting = (key: string) => this.worker.call<SettingValue>('loadSetting', [key]);
  saveSetting = (key: string, value: SettingValue) => this.worker.call<void>('saveSetting', [key, value]);
  bytes = () => this.worker.call<Uint8Array>('bytes', []);
}

export function workbooksInWorker(worker: WorkerCaller): WorkbookFiles {
  return {
    open: async (bytes) => {
      await worker.call('open', [bytes]);
      return new WorkbookInWorker(worker);
    },
    empty: async () => {
      await worker.call('empty', []);
      return new WorkbookInWorker(worker);
    },
  };
}
