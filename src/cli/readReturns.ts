import path from 'node:path';
import type { ReturnSheet } from '../core/returns';
import { translate, type Locale } from '../core/i18n';
import { readReturnWorkbook } from '../xlsx/readReturnWorkbook';
import { readBytes } from './files';

export interface ReadReturn {
  file: string;
  sheets: ReturnSheet[];
}

export interface UnreadableReturn {
  file: string;
  message: string;
}

/** Reads returns one at a time (never all in memory at once beyond their ReturnSheets); unreadable files are listed. */
export async function readReturns(files: readonly string[], cwd: string, locale: Locale): Promise<{ read: ReadReturn[]; unreadable: UnreadableReturn[] }> {
  const read: ReadReturn[] = [];
  const unreadable: UnreadableReturn[] = [];
  for (const file of files) {
    const shown = path.relative(cwd, file) || file;
    const bytes = readBytes(file);
    if (!bytes.ok) {
      unreadable.push({ file: shown, message: translate(locale, 'file.unreadable', { detail: bytes.reason }) });
      continue;
    }
    const result = await readReturnWorkbook(bytes.bytes);
    if (result.ok) read.push({ file: shown, sheets: result.sheets });
    else unreadable.push({ file: shown, message: result.problem.message[locale === 'zh-CN' ? 'zh' : 'en'] });
  }
  return { read, unreadable };
}
