/**
 * Cells found by position, verified by label. The reader finds a table by its header texts, which a person can
 * edit: swap the labels of two year columns (and the values under them) and a label-led reader takes 2025's values
 * from the column the sheet's own formulas read as 2024's. Once the form is regenerated from the metadata, every
 * column is where that form puts it: the sheet is read again at those positions, and each header label that does not
 * match its position is `structure.header_changed` on that header cell. No value is read from a column its header
 * merely claims.
 */
import { cellPlace } from '../form';
import { reportingSheetMap, shownText, type SheetLayout } from '../layout';
import { cellAt, mergedEntryCells, readTableAt, textOf, type ReaderObservation, type ReturnSheet, type TableLocation } from '../returns';
import { sameText } from '../util/comparableText';
import { outsideCells } from './outsideCells';


/** Observations that depend on where the columns are: made again from the positioned table. */
const COLUMN_BOUND: ReadonlySet<ReaderObservation['code']> = new Set(['structure.header_changed', 'structure.merged_entry_cells']);

/** `sheet` read again at the positions of `expected`; unchanged when the sheet was not read from a grid. */
export function positionedSheet(sheet: ReturnSheet, expected: SheetLayout): ReturnSheet {
  const { grid } = sheet;
  if (grid === undefined) return sheet;
  const map = reportingSheetMap(expected);
  // Rows are matched by id, so the table may sit lower or higher than generated (rows inserted above it: the frame
  // check reports that); its columns may not move.
  const headerRow = sheet.printed?.headerRow ?? map.headerRow;
  const table: TableLocation = { headerRow, columns: map.columns, missing: [] };
  const labels: ReaderObservation[] = [];
  for (const cell of expected.cells) {
    if (cell.row !== map.headerRow) continue;
    const want = shownText(cell.value);
    const found = headerRow < 0 ? '' : textOf(cellAt(grid, headerRow, cell.col));
    if (sameText(found, want)) continue;
    labels.push({ code: 'structure.header_changed', at: cellPlace(Math.max(headerRow, 0), cell.col), found, expected: want, detail: `${want} → ${found}` });
  }
  // Mostly where the reader found it by its labels: then the reader's rows and printed cells are given back.
  const { body, printed } = readTableAt(grid, table);
  return {
    ...sheet,
    rows: body.rows,
    printed,
    outside: outsideCells(grid, expected, map, headerRow, body),
    observations: [...sheet.observations.filter((observation) => !COLUMN_BOUND.has(observation.code)), ...labels, ...mergedEntryCells(grid, table, body)],
  };
}
