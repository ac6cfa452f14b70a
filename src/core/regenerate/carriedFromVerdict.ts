/**
 * Next year's return carries last year's entries as found. When the checks reject last year's return for something
 * it holds, carrying must not pass that off as accepted: the command line (`template --from`) and the pane
 * (填报 › 下一年) say so, naming the cells with an open error or an unexplained warning, from this one judgement.
 */
import type { LoadedCatalog } from '../catalog';
import { checkWorkbook } from '../checks';
import { placeA1 } from '../form';
import type { ReturnSheet } from '../returns';

export type CarriedFromVerdict =
  | { rejected: false }
  /** `cells`: sheet!A1 of the earlier return; empty when only the sheet as a whole is wrong. */
  | { rejected: true; errors: number; unexplained: number; cells: string[] };

/** Where the cells are listed (a line of the command line, the pane's message), at most this many are named. */
export const CELLS_NAMED = 12;

/**
 * Rejected for what it holds: an entry, a 说明 or the sheet itself. A value missing (未填报) carries nothing and is
 * the new form's to fill, so an unfinished return is carried without a note.
 */
export function carriedFromVerdict(sheets: readonly ReturnSheet[], loaded: LoadedCatalog): CarriedFromVerdict {
  const checked = checkWorkbook(sheets, loaded);
  if (checked.verdict !== 'rejected') return { rejected: false };
  const open = checked.sheets.flatMap(({ report }) => report.findings)
    .filter((finding) => (finding.severity === 'error' || !finding.explained) && (finding.value !== null || finding.ref === null));
  if (open.length === 0) return { rejected: false };
  return {
    rejected: true,
    errors: open.filter((finding) => finding.severity === 'error').length,
    unexplained: open.filter((finding) => finding.severity === 'warning').length,
    cells: [...new Set(open.flatMap((finding) => (finding.ref === null ? [] : [`${finding.sheet}!${placeA1(finding.ref)}`])))],
  };
}
