/**
 * The task pane's review notes on the workbook it holds in browser mode, as Excel's pane writes them (core/reports'
 * reviewNotes): each finding's cell gets a note under the 【审核意见】 heading, an earlier one is replaced with the user's
 * own text above it kept, and it is taken off the cells of the sheets looked at that no longer have a finding.
 * Nothing else changes: values, formulas, formats, colours and protection stay as the county sent them, so the
 * workbook checks as it did. (The command line's annotated copy, annotateWorkbook, is a reviewer's document instead:
 * formulas become values and cells are coloured, and checked again it is no return.)
 */
import type ExcelJS from 'exceljs';
import type { Finding } from '../../core/checks';
import type { Locale } from '../../core/i18n';
import { groupFindings, hasAnnotation, mergedNote, noteText, withoutAnnotation } from '../../core/reports';
import { enteredCell } from '../cellValue';
import { clearNote, setSizedNote } from './sizedNote';

/** Marks `findings` on their cells; `sheets` are refreshed even without a finding. Returns the cells marked. */
export function writeReviewNotes(workbook: ExcelJS.Workbook, findings: readonly Finding[], locale: Locale, sheets: readonly string[] = []): number {
  const grouped = groupFindings(findings);
  let marked = 0;
  for (const name of new Set([...grouped.keys(), ...sheets])) {
    const sheet = workbook.getWorksheet(name);
    if (sheet === undefined) continue;
    const entries = grouped.get(name) ?? [];
    const targets = new Set(entries.map((entry) => entry.cell));
    sheet.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => {
      const note = enteredCell(cell).note;
      if (note === undefined || targets.has(cell.address) || !hasAnnotation(note)) return;
      const own = withoutAnnotation(note);
      if (own === '') clearNote(cell);
      else setSizedNote(sheet, cell, own);
    }));
    for (const entry of entries) {
      const cell = sheet.getCell(entry.cell);
      const existing = enteredCell(cell).note;
      const text = noteText(entry, locale);
      setSizedNote(sheet, cell, existing === undefined || existing === '' ? text : mergedNote(existing, text));
      marked += 1;
    }
  }
  return marked;
}
