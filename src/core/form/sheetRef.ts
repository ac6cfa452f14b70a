/**
 * A typed reference to a place on a sheet: a cell (row and column) or a whole row (no column), 0-based as
 * everywhere in core. Findings, reports, annotation and the pane carry it; the A1 text ('J7', '7:7') is made
 * from it at the edges, never parsed back.
 */
import { a1, parseRange } from './address';

/** A cell, or the whole row when `column` is absent. */
export interface SheetPlace {
  /** 0-based row. */
  row: number;
  /** 0-based column; absent for a whole row. */
  column?: number;
}

export interface SheetRef extends SheetPlace {
  sheet: string;
}

export function cellPlace(row: number, column: number): SheetPlace {
  return { row, column };
}

export function rowPlace(row: number): SheetPlace {
  return { row };
}

export function sheetRef(sheet: string, place: SheetPlace): SheetRef {
  return place.column === undefined ? { sheet, row: place.row } : { sheet, row: place.row, column: place.column };
}

/** 'J7' for a cell, '7:7' for a whole row. */
export function placeA1(place: SheetPlace): string {
  return place.column === undefined ? `${place.row + 1}:${place.row + 1}` : a1(place.row, place.column);
}

/** The cell a link or a selection goes to: the cell itself, or the first cell of a whole row. */
export function anchorA1(place: SheetPlace): string {
  return a1(place.row, place.column ?? 0);
}

/**
 * The place of an address a workbook reader gives ('J7', '$J$7', a range 'J7:K9' by its first cell). This is
 * the one reading of A1 text in core, for addresses that come from a workbook library; null when unreadable.
 */
export function placeOfAddress(address: string): SheetPlace | null {
  const range = parseRange(address.trim());
  return range === null ? null : cellPlace(range.top, range.left);
}

/** How a finding's place is shown to a person: 'Sheet!J7', 'Sheet!7:7', or the sheet alone. */
export function placeLabel(sheet: string, place: SheetPlace | null): string {
  return place === null ? sheet : `${sheet}!${placeA1(place)}`;
}

export function samePlace(a: SheetPlace, b: SheetPlace): boolean {
  return a.row === b.row && a.column === b.column;
}
