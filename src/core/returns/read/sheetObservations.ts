/**
 * What the reader sees about a sheet's form that the rows cannot carry: the header altered, merged cells over
 * entry cells, the protection the generator set gone, formulas that reach into other workbooks. Each becomes a
 * structure finding of the checks.
 */
import { cellPlace, parseRange, rowPlace } from '../../form';
import type { ReaderObservation } from '../types';
import { forEachCell, type SheetGrid } from './grid';
import type { TableLocation } from './locateTable';
import type { TableRows } from './readTableRows';

/** '[1]Sheet1!A1', '[Book1.xlsx]Sheet1!A1', "'file:///C:/x.xlsx'#..." : a reference into another workbook. */
const EXTERNAL = /\[\d+\]|\[[^\]]*\.xl[a-z]*\]|file:/iu;

/** Merged ranges that take in an entry cell (an actual or 说明 of a row read); none when merges are not known. */
function mergedEntryCells(grid: SheetGrid, table: TableLocation, body: TableRows): ReaderObservation[] {
  if (body.lastRow < body.firstRow) return [];
  const entryColumns = [...Object.values(table.columns.actuals), table.columns.explanation];
  return (grid.merges ?? []).flatMap((ref) => {
    const range = parseRange(ref);
    if (range === null || range.top > body.lastRow || range.bottom < body.firstRow) return [];
    return entryColumns.some((col) => col >= range.left && col <= range.right) ? [{ code: 'structure.merged_entry_cells' as const, at: cellPlace(range.top, range.left), detail: ref }] : [];
  });
}

function externalReferences(grid: SheetGrid): ReaderObservation[] {
  const observations: ReaderObservation[] = [];
  forEachCell(grid, (cell, row, col) => {
    if (cell.formula !== undefined && EXTERNAL.test(cell.formula)) {
      observations.push({ code: 'structure.external_reference', at: cellPlace(row, col), detail: cell.formula.slice(0, 200) });
    }
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
  return [...headerChanged(table), ...mergedEntryCells(grid, table, body), ...protectionRemoved(grid), ...externalReferences(grid)];
}
