/**
 * The foot of the form (单位负责人, 统计负责人, 填表人, 联系电话, 报出日期) is typed too, and regenerating a sheet
 * must not drop it. Labels are found by their text under the table, never by position. What was typed for a
 * label is the first cell right of it that holds something, before the next label: the label's own merged
 * cells are empty (Excel keeps a merge's value in its first cell), so this needs no merge information, which
 * office-js gives only from ExcelApi 1.13.
 */
import { REPORTING } from '../../form';
import type { FooterEntry } from '../types';
import { enteredAt, textOf, type SheetGrid } from './grid';
import { comparableText } from '../../util/comparableText';

/** The form's foot labels by their comparable text. */
const LABELS: ReadonlyMap<string, string> = new Map(REPORTING.footer.map((label) => [comparableText(label), label]));

/** The foot label a text is, as the form spells it ('单位负责人：' for '单位负责人 :'); null when it is none. */
export function footerLabelOf(text: string): string | null {
  return LABELS.get(comparableText(text)) ?? null;
}

/** The foot entries holding something, from row `fromRow` down, in the order of the labels on the form. */
export function readFooterEntries(grid: SheetGrid, fromRow: number): FooterEntry[] {
  const found = new Map<string, FooterEntry>();
  for (let row = Math.max(fromRow, 0); row < grid.rows.length; row++) {
    const cells = grid.rows[row];
    if (cells === undefined) continue;
    let label: string | null = null;
    cells.forEach((cell, col) => {
      const own = footerLabelOf(textOf(cell));
      if (own !== null) {
        label = found.has(own) ? null : own;
        return;
      }
      if (label === null || cell === undefined || cell.value.type === 'empty') return;
      found.set(label, { label, entry: enteredAt(grid, row, col) });
      label = null;
    });
  }
  return REPORTING.footer.flatMap((label) => {
    const entry = found.get(label);
    return entry === undefined ? [] : [entry];
  });
}
