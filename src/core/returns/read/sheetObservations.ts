/**
 * What the reader sees about a sheet's form that the rows cannot carry: the header altered, merged cells over
 * entry cells, the protection the generator set gone, formulas that leave the workbook or run something, number
 * formats that show another value than the one stored. Each becomes a
 * structure finding of the checks.
 */
import { cellPlace, parseRange, rowPlace } from '../../form';
import { formulaDangers } from '../../formulas';
import type { ReaderObservation } from '../types';
import { forEachCell, type SheetGrid } from './grid';
import { hidingReason } from './hidingFormat';
import type { TableLocation } from './locateTable';
import type { TableRows } from './readTableRows';


/** Merged ranges that take in an entry cell (an actual or 说明 of a row read); none when merges are not known. */
export function mergedEntryCells(grid: SheetGrid, table: TableLocation, body: TableRows): ReaderObservation[] {
  if (body.lastRow < body.firstRow) return [];
  const entryColumns = [...Object.values(table.columns.actuals), table.columns.explanation];
  return (grid.merges ?? []).flatMap((ref) => {
    const range = parseRange(ref);
    if (range === null || range.top > body.lastRow || range.bottom < body.firstRow) return [];
    return entryColumns.some((col) => col >= range.left && col <= range.right) ? [{ code: 'structure.merged_entry_cells' as const, at: cellPlace(range.top, range.left), detail: ref }] : [];
  });
}

/** Each formula that leaves the workbook or runs something: one observation per cell and kind of danger. */
function dangerousFormulas(grid: SheetGrid): ReaderObservation[] {
  const observations: ReaderObservation[] = [];
  forEachCell(grid, (cell, row, col) => {
    if (cell.formula === undefined) return;
    for (const danger of formulaDangers(cell.formula)) {
      observations.push({ code: `dangerous.${danger}`, at: cellPlace(row, col), found: `=${cell.formula.slice(0, 200)}` });
    }
  });
  return observations;
}

/** Cells whose number format shows something other than the value they hold. */
function hidingFormats(grid: SheetGrid): ReaderObservation[] {
  const observations: ReaderObservation[] = [];
  forEachCell(grid, (cell, row, col) => {
    if (cell.numberFormat === undefined) return;
    const reason = hidingReason(cell.numberFormat);
    // A text section prints over text only: a number (typed, or a formula's number) shows as it is.
    if (reason === 'text_replaced' && cell.value.type === 'number') return;
    if (reason !== null) observations.push({ code: 'form.number_format_hides', at: cellPlace(row, col), found: cell.numberFormat, detail: reason });
  });
  return observations;
}

/** The generator protects every reporting sheet: one found unprotected was unprotected by someone. */
function protectionRemoved(grid: SheetGrid): ReaderObservation[] {
  return grid.protected === false ? [{ code: 'structure.protection_removed' }] : [];
}

function headerChanged(table: TableLocation): ReaderObservation[] {
  if (table.missing.length === 0) return [];
  const detail = table.missing.join('、');
  if (table.headerRow < 0) return [{ code: 'structure.header_changed', detail }];
  return [{ code: 'structure.header_changed', at: rowPlace(table.headerRow), detail }];
}

export function sheetObservations(grid: SheetGrid, table: TableLocation, body: TableRows): ReaderObservation[] {
  return [...headerChanged(table), ...mergedEntryCells(grid, table, body), ...protectionRemoved(grid), ...dangerousFormulas(grid), ...hidingFormats(grid)];
}
