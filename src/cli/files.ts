import fs from 'node:fs';
import path from 'node:path';
import type { MessageCode } from '../core/i18n';
import { DEFAULT_LIMITS, fileProblem, megabytes, type ReturnProblem } from '../xlsx';
import { isAppleDouble } from './appleDouble';
import { CSV_SUFFIX, isFormExport } from './csvExport';
import { UsageError } from './args';
import { readRegularFile } from './safeRead';
import { readReason, systemCode } from './systemErrors';
import { shortcutTarget } from './windowsShortcut';

/** Files the tools write next to returns; a later batch over the same folder leaves them out. */
export const ANNOTATED_SUFFIX = '.批注.xlsx';

/**
 * Every kind of file a county might save its return as, found in a folder so that each is read or refused with its
 * reason (请…另存为 .xlsx) rather than skipped without a word: Excel's own (.xlsx .xlsm .xltx .xltm .xls .xlsb), WPS's
 * (.et .ett) and OpenDocument's (.ods). A .csv is text, not a spreadsheet return (it cannot hold the form's sheets,
 * formulas or generation record), and is left out unless it was saved from the form (isFormExport: then it is listed
 * and refused, saying so, decision 0268), as are Office's lock files (~$…) (decision 0066) and macOS's
 * companion files (`._…`, also under `__MACOSX/`: isAppleDouble, decision 0268). A Windows shortcut to a spreadsheet
 * (`柯桥区.xlsx - 快捷方式.lnk`) is listed and refused (windowsShortcut.ts, decision 0279).
 */
const SPREADSHEET_EXTENSIONS = 'xlsx|xlsm|xltx|xltm|xls|xlsb|et|ett|ods';
const SPREADSHEET_SUFFIX = new RegExp(`\\.(?:${SPREADSHEET_EXTENSIONS})$`, 'iu');
/** A shortcut whose name says it points to a spreadsheet: Explorer names it `<file> - 快捷方式.lnk` (`- Shortcut` in English). */
const SHORTCUT_SUFFIX = new RegExp(`\\.(?:${SPREADSHEET_EXTENSIONS})(?:[ -].*)?\\.lnk$`, 'iu');
/** Returns mailed packed: listed with the reason (unpack them), not skipped without a word. */
const ARCHIVE_SUFFIX = /\.(zip|rar|7z)$/iu;

function isReturnFile(name: string): boolean {
  return (SPREADSHEET_SUFFIX.test(name) || ARCHIVE_SUFFIX.test(name)) && !name.startsWith('~$') && !name.endsWith(ANNOTATED_SUFFIX);
}

/** Whether a folder entry is a link to a folder (a shortcut to another county's folder, or back up the tree). */
function linksToFolder(full: string): boolean {
  try {
    return fs.statSync(full).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The files named, and the spreadsheet files in folders searched recursively, in a stable order; a name that does not
 * exist is a usage error. A link to a folder is followed, each folder once (a link back up the tree adds nothing). A
 * folder inside that cannot be listed is kept as an entry of its own, so that it gets its line
 * (file.folder_unreadable) and the batch goes on.
 */
export function expandReturnFiles(args: readonly string[], cwd: string): string[] {
  const found: string[] = [];
  const walked = new Set<string>();
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      const real = fs.realpathSync(dir);
      if (walked.has(real)) return;
      walked.add(real);
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      found.push(dir);
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() || (entry.isSymbolicLink() && linksToFolder(full))) walk(full);
      else if (isReturnFile(entry.name) && !isAppleDouble(full)) found.push(full);
      else if (CSV_SUFFIX.test(entry.name) && isFormExport(full)) found.push(full);
      else if (SHORTCUT_SUFFIX.test(entry.name) && shortcutTarget(full) !== null) found.push(full);
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
 * Where the annotated copy of a return goes: beside it (or into `folder`, check --annotate-to: a read-only share),
 * named from its base name whatever its suffix ('x.xlsm', 'return', 'X.XLS' and 'x.xlsx.bak' get 'x.批注.xlsx',
 * 'return.批注.xlsx', 'X.批注.xlsx', 'x.xlsx.批注.xlsx').
 */
export function annotatedName(file: string, folder?: string): string {
  const base = path.basename(file).replace(/\.xls[xmb]?$/iu, '');
  return path.join(folder ?? path.dirname(file), `${base}${ANNOTATED_SUFFIX}`);
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
  if (ARCHIVE_SUFFIX.test(file)) return { ok: false, problem: refusal('file.archive') };
  if (CSV_SUFFIX.test(file)) return { ok: false, problem: refusal('file.csv') };
  const target = SHORTCUT_SUFFIX.test(file) ? shortcutTarget(file) : null;
  if (target !== null) return { ok: false, problem: target === '' ? refusal('file.shortcut') : refusal('file.shortcut.target', { target }) };
  const read = readRegularFile(file, maxBytes);
  if (read.ok) return read;
  switch (read.reason) {
    case 'not_regular':
      if (read.kind === 'directory') {
        // A folder named where one file is asked for (template --from) can be listed: it is a folder, not unreadable.
        const error = folderError(file);
        return { ok: false, problem: error === '' ? refusal('file.is_folder') : refusal('file.folder_unreadable', { detail: readReason(error) }) };
      }
      return { ok: false, problem: refusal('file.not_regular', { kind: { code: `file.kind.${read.kind}`, params: {} } }) };
    case 'too_large': {
      const { code, messageCode, params } = fileProblem('file.too_large', `${read.size} bytes`, { size: megabytes(read.size), limit: megabytes(maxBytes) });
      return { ok: false, problem: { code, messageCode, params } };
    }
    case 'unreadable':
      return { ok: false, problem: refusal('file.unreadable', { detail: readReason(read.detail) }) };
  }
}

/** Why a folder could not be listed: the system's error code ('EACCES'), or '' when it can be listed now. */
function folderError(dir: string): string {
  try {
    fs.readdirSync(dir);
    return '';
  } catch (error) {
    return systemCode(error);
  }
}

