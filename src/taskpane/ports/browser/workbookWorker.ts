/**
 * The workbook worker: browser mode's workbook (an ExcelJS workbook, workbookFile.ts) lives here, so reading a
 * file, checking what it holds, writing sheets and making the download never freeze the pane.
 */
import { serveCalls } from '../../workers/serveCalls';
import { WorkbookFile } from './workbookFile';

let file: WorkbookFile | null = null;

function opened(): WorkbookFile {
  if (file === null) file = WorkbookFile.empty();
  return file;
}

type Method<K extends keyof WorkbookFile> = WorkbookFile[K] extends (...args: infer A) => infer R ? (...args: A) => R : never;
const delegate = <K extends keyof WorkbookFile>(method: K) => ((...args: unknown[]) => (opened()[method] as (...given: unknown[]) => unknown)(...args)) as Method<K>;

serveCalls(self as unknown as Parameters<typeof serveCalls>[0], {
  open: async (bytes: Uint8Array) => {
    file = await WorkbookFile.open(bytes);
    return null;
  },
  empty: () => {
    file = WorkbookFile.empty();
    return null;
  },
  returns: delegate('returns'),
  sheetNames: delegate('sheetNames'),
  writeSheets: delegate('writeSheets'),
  writeText: delegate('writeText'),
  writeValue: delegate('writeValue'),
  annotate: delegate('annotate'),
  loadSetting: delegate('loadSetting'),
  saveSetting: delegate('saveSetting'),
  bytes: delegate('bytes'),
});
