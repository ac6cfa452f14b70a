/**
 * How wide a consolidation prints (decision 0277): on A4 landscape at the scale that fits its width, when that is
 * MIN_PRINT_SCALE or more (as the reporting form prints, decision 0095), its columns as generous as allows it (names
 * wrapped only when the generous widths would print smaller); a table wider than that still prints at
 * MIN_PRINT_SCALE over pages side by side, its first columns (序号, 指标名称) repeated on each, and the lines of its
 * frame (title, period, notes) merged over the first page's other columns only, so that they print whole on page 1
 * instead of cut at the page break, and no piece of them prints in the repeated columns of the later pages.
 */
import { firstPageLastColumn, MIN_PRINT_SCALE, printedWidthPoints, scaleToFit, type ColumnSpec, type PageMargins, type SheetBuilder } from '../layout';
import type { CellRange } from '../form';

export interface PrintedPages {
  columns: ColumnSpec[];
  scale: number;
  /** The last column of the first page when the table prints more than one page wide; null when it prints one. */
  firstPageLast: number | null;
}

/**
 * The columns the first of `fits` that prints at MIN_PRINT_SCALE or more gives (the last of them when none does), and
 * the scale they print at. `frame` are the lines merged over every column; when the table prints more than one page
 * wide they are merged from the first column after the `repeated` ones to the first page's last. A frame line's width
 * widens the columns under it, which can move the page break: the columns are fitted again until the break stays
 * where the frame ends.
 */
export function printedPages(sheet: SheetBuilder, frame: readonly CellRange[], fits: ReadonlyArray<() => ColumnSpec[]>, repeated: number, margins: PageMargins): PrintedPages {
  let fit = (): ColumnSpec[] => [];
  let columns: ColumnSpec[] = [];
  for (const candidate of fits) {
    fit = candidate;
    columns = fit();
    const scale = scaleToFit(printedWidthPoints(columns), 'landscape', margins);
    if (scale >= MIN_PRINT_SCALE) return { columns, scale, firstPageLast: null };
  }
  let last = Number.POSITIVE_INFINITY;
  for (;;) {
    const pageLast = Math.max(repeated, Math.min(last, firstPageLastColumn(columns, MIN_PRINT_SCALE, 'landscape', margins)));
    if (pageLast === last) break;
    last = pageLast;
    for (const line of frame) sheet.remerge({ ...line, left: repeated, right: last }, line.left);
    columns = fit();
  }
  return { columns, scale: MIN_PRINT_SCALE, firstPageLast: last };
}
