/**
 * Where things are on a reporting sheet, found from the header texts rather than assumed from positions:
 * the layout's own sheet mapped by core/form's `locateColumns`, as readers map the header row they read.
 */
import { LayoutError } from './errors';
import { keptFor } from '../util/kept';
import { locateColumns, REPORTING, type ReportingColumns } from '../form';
import { shownText } from './sheetBuilder';
import type { LayoutCell, SheetLayout } from './types';

export interface ReportingSheetMap {
  /** 0-based row of the header. */
  headerRow: number;
  firstDataRow: number;
  /** Last row holding an id (firstDataRow − 1 when the table is empty). */
  lastDataRow: number;
  columns: ReportingColumns;
}

/** Maps made, by the layout's cells (layouts are never changed once made): the checker asks several times a return. */
const MAPS = new WeakMap<readonly LayoutCell[], ReportingSheetMap>();

/** The map of a reporting sheet layout (one that reportingSheetLayout made). */
export function reportingSheetMap(layout: SheetLayout): ReportingSheetMap {
  return keptFor(MAPS, layout.cells, () => mapOf(layout));
}

/** `to` has `from`'s header row and id column (the same form with other frame texts): the same map. */
export function keepMap(from: SheetLayout, to: SheetLayout): void {
  MAPS.set(to.cells, reportingSheetMap(from));
}

function mapOf(layout: SheetLayout): ReportingSheetMap {
  const rows = new Map<number, Array<string>>();
  for (const cell of layout.cells) {
    const texts = rows.get(cell.row) ?? [];
    texts[cell.col] = shownText(cell.value);
    rows.set(cell.row, texts);
  }
  for (const [headerRow, texts] of [...rows.entries()].sort(([a], [b]) => a - b)) {
    if (!texts.includes(REPORTING.header.id)) continue;
    const { columns } = locateColumns(texts);
    if (columns === null) continue;
    let lastDataRow = headerRow;
    for (const cell of layout.cells) {
      if (cell.col === columns.id && cell.row > headerRow && shownText(cell.value) !== '') lastDataRow = Math.max(lastDataRow, cell.row);
    }
    return { headerRow, firstDataRow: headerRow + 1, lastDataRow, columns };
  }
  throw new LayoutError('layout.not_a_reporting_sheet', layout.name);
}
