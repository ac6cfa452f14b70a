import fs from 'node:fs';
import path from 'node:path';
import { translate, type Locale } from '../core/i18n';
import { DEFAULT_LIMITS, fileProblem, megabytes } from '../xlsx/fileProblem';
import { UsageError } from './args';

/** Files the tools write next to returns; a later batch over the same folder leaves them out. */
export const ANNOTATED_SUFFIX = '.批注.xlsx';

function isReturnFile(name: string): boolean {
  return /\.xlsx$/iu.test(name) && !name.startsWith('~$') && !name.endsWith(ANNOTATED_SUFFIX);
}

/** The .xlsx files named, folders searched recursively, in a stable order; a name that does not exist is a usage error. */
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
    if (!fs.existsSync(full)) throw new UsageError(`找不到“${arg}”。 Not found: ${arg}`);
    if (fs.statSync(full).isDirectory()) walk(full);
    else found.push(full);
  }
  return [...new Set(found)];
}

/** The bytes of a file, or the reason it cannot be read (permissions, a folder, a vanished file). */
export function readBytes(file: string): { ok: true; bytes: Uint8Array } | { ok: false; reason: string } {
  try {
    return { ok: true, bytes: new Uint8Array(fs.readFileSync(file)) };
  } catch (error) {
    return { ok: false, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  }
}

export type ReturnBytes = { ok: true; bytes: Uint8Array } | { ok: false; code: string; message: string };

/**
 * The bytes of a return, or why there are none, worded for `locale`. A file over the reader's size limit is refused
 * from its size alone, before it is read into memory: the reader would refuse it anyway, and a file of some
 * gigabytes does not even fit in a Buffer (Node would fail with ERR_FS_FILE_TOO_LARGE, a message nobody understands).
 */
export function readReturnBytes(file: string, locale: Locale, maxBytes: number = DEFAULT_LIMITS.maxFileBytes): ReturnBytes {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch (error) {
    return { ok: false, code: 'file.unreadable', message: translate(locale, 'file.unreadable', { detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message }) };
  }
  if (size > maxBytes) {
    const problem = fileProblem('file.too_large', `${size} bytes`, { size: megabytes(size), limit: megabytes(maxBytes) });
    return { ok: false, code: problem.code, message: problem.message[locale === 'zh-CN' ? 'zh' : 'en'] };
  }
  const read = readBytes(file);
  return read.ok ? read : { ok: false, code: 'file.unreadable', message: translate(locale, 'file.unreadable', { detail: read.reason }) };
}
