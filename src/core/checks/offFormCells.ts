/**
 * What a person put on a reporting sheet where the form has no entry cell — beside the form (the content_outside
 * rule) or over a cell the form prints (structure.locked_cell_changed, structure.printed_value_changed) — as the
 * checks find it against the form regenerated from the sheet's metadata. A return laid out anew (core/regenerate,
 * the pane's 生成填报表) prints the form again and has no place for these: it names them instead of dropping them.
 */
import type { LoadedCatalog } from '../catalog';
import { enteredAt, type EnteredCell, type ReturnSheet } from '../returns';
import { checkAgainstCatalog } from './checkAgainstCatalog';
import type { Finding } from './types';

const OFF_FORM: ReadonlySet<Finding['code']> = new Set<Finding['code']>([
  'form.content_outside', 'form.value_outside', 'check.future_year_value', 'structure.locked_cell_changed', 'structure.printed_value_changed',
]);

/** The cells of `sheet` holding such content, as read, in the order the checks find them; [] without a grid. */
export function offFormCells(sheet: ReturnSheet, loaded: LoadedCatalog): EnteredCell[] {
  const { grid } = sheet;
  if (grid === undefined || sheet.metadata === null) return [];
  const seen = new Set<string>();
  const cells: EnteredCell[] = [];
  for (const finding of checkAgainstCatalog(sheet, loaded).report.findings) {
    const column = finding.ref?.column;
    if (!OFF_FORM.has(finding.code) || finding.ref === null || column === undefined) continue;
    const cell = enteredAt(grid, finding.ref.row, column);
    if (cell.value.type === 'empty' || seen.has(cell.address)) continue;
    seen.add(cell.address);
    cells.push(cell);
  }
  return cells;
}
