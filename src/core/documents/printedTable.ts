/**
 * A sheet that is read and printed, not typed into (findings, batch report, consolidation, annex tables): no
 * validations, no conditional formats, no protection; A4 fitted to the page width, the header row repeated on
 * every page, page numbers in the footer.
 */
import { rangeA1 } from '../form';
import { PAGE_FOOTER } from '../form';
import type { SheetBuilder } from '../layout';
import type { ColumnSpec, FrozenPanes, PageMargins, SheetLayout } from '../layout';

export interface PrintedTableOptions {
  name: string;
  columns: ColumnSpec[];
  /** Font size of the body, for row heights. */
  bodySize: number;
  frozen: FrozenPanes | null;
  orientation: 'portrait' | 'landscape';
  /** 0-based row repeated at the top of each printed page. */
  headerRow: number;
  lastRow: number;
  lastCol: number;
  margins?: PageMargins;
  /** A fixed scale in percent instead of fitting the page width (a table that chooses how large it prints). */
  scale?: number;
  /** Columns repeated at the left of each page, 'A:B', for a table printed more than one page wide. */
  printTitleColumns?: string;
}

export const LANDSCAPE_MARGINS: PageMargins = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };

export function printedTableLayout(sheet: SheetBuilder, options: PrintedTableOptions): SheetLayout {
  sheet.breakMergedTexts(options.columns, options.bodySize);
  return {
    name: options.name,
    visibility: 'visible',
    cells: sheet.cells(),
    merges: sheet.mergeRefs(),
    columns: options.columns,
    rows: sheet.fitRows(options.columns, options.bodySize),
    frozen: options.frozen,
    validations: [],
    conditionalFormats: [],
    protection: null,
    print: {
      paperSize: 'A4',
      orientation: options.orientation,
      fitToWidth: 1,
      fitToHeight: 0,
      ...(options.scale === undefined ? {} : { scale: options.scale }),
      ...(options.printTitleColumns === undefined ? {} : { printTitleColumns: options.printTitleColumns }),
      printTitleRows: `${options.headerRow + 1}:${options.headerRow + 1}`,
      printArea: rangeA1({ top: 0, left: 0, bottom: Math.max(options.lastRow, options.headerRow), right: options.lastCol }),
      horizontalCentered: true,
      margins: options.margins ?? LANDSCAPE_MARGINS,
      footer: PAGE_FOOTER,
    },
    styles: sheet.styles,
    showGridLines: false,
  };
}
