/**
 * A sheet beside the form that carries the form's title or an indicator's name — a copy of the table with other
 * figures, a "final" version typed by hand — is read by nobody, while a reviewer opening the file may read it as
 * the return. Copies that keep the form's rows are found by their ids (assignSheets.ts); this finds the rest, by the
 * texts a reader would take for the form's. The cover, the metadata and the pane's own 校验结果 sheet are the form's.
 */
import { a1, COVER, FINDINGS, METADATA } from '../../form';
import type { ReaderObservation, ReturnSheet } from '../types';
import { forEachCell, textOf, type SheetGrid } from './grid';

const OWN_SHEETS = new Set<string>([COVER.sheetName, METADATA.sheetName, FINDINGS.sheetName]);
/** Shorter texts (units, 是/否, a year) are on any table. */
const MIN_LENGTH = 4;

/** The texts a reader takes for the form's: each reporting sheet's title row and its indicators' names. */
function formTexts(sheets: readonly ReturnSheet[]): Set<string> {
  const texts = new Set<string>();
  for (const sheet of sheets) {
    for (const row of sheet.rows) if (row.name.trim().length >= MIN_LENGTH) texts.add(row.name.trim());
    for (const cell of sheet.grid?.rows[0] ?? []) {
      const text = textOf(cell);
      if (text.length >= MIN_LENGTH) texts.add(text);
    }
  }
  return texts;
}

/** One observation per other sheet that shows a text of the form, naming the first such cell. */
export function lookalikeSheets(others: readonly SheetGrid[], sheets: readonly ReturnSheet[]): ReaderObservation[] {
  const texts = formTexts(sheets);
  if (texts.size === 0) return [];
  return others.flatMap((grid) => {
    if (OWN_SHEETS.has(grid.name)) return [];
    let first: string | null = null;
    forEachCell(grid, (cell, row, col) => {
      const text = textOf(cell);
      if (first === null && texts.has(text)) first = `${a1(row, col)}“${text.slice(0, 60)}”`;
    });
    return first === null ? [] : [{ code: 'form.sheet_lookalike' as const, found: first, detail: grid.name }];
  });
}
