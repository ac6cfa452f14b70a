import type { ReturnSheet } from '../core/returns';
import { renderProblem, type Locale } from '../core/i18n';
import { readReturnWorkbook, toolMark } from '../xlsx';
import { readReturnBytes, refusal } from './files';
import { shownPath } from './shownPath';

export interface ReadReturn {
  file: string;
  sheets: ReturnSheet[];
}

export interface UnreadableReturn {
  file: string;
  message: string;
}

/**
 * Reads returns one at a time (never all in memory at once beyond their ReturnSheets); unreadable files are listed.
 * `keep` makes of each file read what is kept of it (by default all): a command that needs each sheet's grid only
 * once (to check it) can check the file there and keep less. `passedOver` is told of each workbook this tool wrote,
 * which is not read as a return.
 */
export async function readReturns(
  files: readonly string[],
  cwd: string,
  locale: Locale,
  keep: (file: ReadReturn) => ReadReturn = (file) => file,
  passedOver: (file: string, bytes: Uint8Array) => void = () => undefined,
): Promise<{ read: ReadReturn[]; unreadable: UnreadableReturn[] }> {
  const read: ReadReturn[] = [];
  const unreadable: UnreadableReturn[] = [];
  for (const file of files) {
    const shown = shownPath(file, cwd);
    const bytes = readReturnBytes(file);
    if (!bytes.ok) {
      unreadable.push({ file: shown, message: renderProblem(bytes.problem, locale) });
      continue;
    }
    const mark = toolMark(bytes.bytes);
    // A report, consolidation or annex this tool wrote into the folder is not a return.
    if (mark === 'output') {
      passedOver(shown, bytes.bytes);
      continue;
    }
    // An annotated copy sent back as the return: said as such, not read as a return (decision 0279).
    if (mark === 'annotated') {
      unreadable.push({ file: shown, message: renderProblem(refusal('file.annotated_copy'), locale) });
      continue;
    }
    const result = await readReturnWorkbook(bytes.bytes);
    // A reporting sheet deleted from the workbook is read as a sheet without rows, for the checks to report; there
    // is nothing in it to consolidate or annex, and leaving it out lets consolidation say the region is missing.
    const present = (sheet: ReturnSheet) => !sheet.observations.some((observation) => observation.code === 'structure.sheet_missing');
    if (result.ok) read.push(keep({ file: shown, sheets: result.sheets.filter(present) }));
    else unreadable.push({ file: shown, message: renderProblem(result.problem, locale) });
  }
  return { read, unreadable };
}
