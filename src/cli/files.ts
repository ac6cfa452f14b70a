import fs from 'node:fs';
import path from 'node:path';
import type { MessageCode } from '../core/i18n';
import { DEFAULT_LIMITS, fileProblem, megabytes, type ReturnProblem } from '../xlsx';
import { UsageError } from './args';
import { readRegularFile } from './safeRead';

/** Files the tools write next to returns; a later batch over the same folder leaves them out. */
export const ANNOTATED_SUFFIX = '.批注.xlsx';

/**
 * Every kind of file a county might save its return as, found in a folder so that each is read or refused with its
 * reason (请…另存为 .xlsx) rather than skipped without a word: Excel's own (.xlsx .xlsm .xltx .xltm .xls .xlsb), WPS's
 * (.et .ett) and OpenDocument's (.ods). A .csv is text, not a spreadsheet return (it cannot hold the form's sheets,
 * formulas or generation record), and is left out, as are Office's lock files (~$…) (decision 0066).
 */
const SPREADSHEET_SUFFIX = /\.(xlsx|xlsm|xltx|xltm|xls|xlsb|et|ett|ods)$/iu;

function isReturnFile(name: string): boolean {
  return SPREADSHEET_SUFFIX.test(name) && !name.startsWith('~$') && !name.endsWith(ANNOTATED_SUFFIX);
}

/** The files named, and the spreadsheet files in folders searched recursively, in a stable order; a name that does not exist is a usage error. */
export function expandReturnFiles(args: readonly string[], cwd: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (isReturnFile(entry.name)) found.push(full);
    }
  };
  for (const arg of args) {
    const full = path.resolve(cwd, arg);
    if (!fs.existsSync(full)) throw new UsageError('cli.not_found', { file: arg });
    if (fs.statSync(full).isDirectory()) walk(full);
    else found.push(full);
  }
  return [...new Set(found)];
}

/**
 * Where the annotated copy of a return goes: beside it, named from its base name whatever its suffix
 * ('x.xlsm', 'return', 'X.XLS' and 'x.xlsx.bak' get 'x.批注.xlsx', 'return.批注.xlsx', 'X.批注.xlsx', 'x.xlsx.批注.xlsx').
 */
export function annotatedName(file: string): string {
  const base = path.basename(file).replace(/\.xls[xmb]?$/iu, '');
  return path.join(path.dirname(file), `${base}${ANNOTATED_SUFFIX}`);
}

/** Why a file was not read or checked, in codes: worded where it is shown (renderProblem). */
export type FileRefusal = Pick<ReturnProblem, 'code' | 'messageCode' | 'params'>;

/** A refusal whose code is its message code. */
export function refusal(code: MessageCode, params: ReturnProblem['params'] = {}): FileRefusal {
  return { code, messageCode: code, params };
}

export type ReturnBytes = { ok: true; bytes: Uint8Array } | { ok: false; problem: FileRefusal };

/**
 * The bytes of a return, or why there are none, worded for `locale`. A file over the reader's size limit is refused
 * from its size alone, before it is read into memory: the reader would refuse it anyway, and a file of some
 * gigabytes does not even fit in a Buffer (Node would fail with ERR_FS_FILE_TOO_LARGE, a message nobody understands).
 */
export function readReturnBytes(file: string, maxBytes: number = DEFAULT_LIMITS.maxFileBytes): ReturnBytes {
  const read = readRegularFile(file, maxBytes);
  if (read.ok) return read;
  switch (read.reason) {
    case 'not_regular':
      return { ok: false, problem: refusal('file.not_regular', { kind: { code: `file.kind.${read.kind}`, params: {} } }) };
    case 'too_large': {
      const { code, messageCode, params } = fileProblem('file.too_large', `${read.size} bytes`, { size: megabytes(read.size), limit: megabytes(maxBytes) });
      return { ok: false, problem: { code, messageCode, params } };
    }
    case 'unreadable':
      return { ok: false, problem: refusal('file.unreadable', { detail: read.detail }) };
  }
}
