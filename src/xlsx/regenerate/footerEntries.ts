/**
 * The foot of the form (单位负责人, 统计负责人, 填表人, 联系电话, 报出日期) is typed too, and regenerating must
 * not drop it. The entry cell of each label is the cell right of the label's (merged) cells, on the old sheet
 * as on the new layout; labels are found by their text, never by position.
 */
import type ExcelJS from 'exceljs';
import { parseRange, REPORTING, type LayoutValue, type SheetLayout } from '../../core/layout';
import { cellText, readCellValue } from '../cellValue';
import { mergesOf } from '../read/sheetObservations';

const squeeze = (text: string) => text.replace(/\s+/gu, '');
const LABELS = new Set<string>(REPORTING.footer.map(squeeze));

/** The column right of the merge (or cell) holding `row`/`col`, 0-based. */
function entryColumn(merges: readonly string[], row: number, col: number): number {
  for (const ref of merges) {
    const range = parseRange(ref);
    if (range !== null && range.top <= row && range.bottom >= row && range.left <= col && range.right >= col) return range.right + 1;
  }
  return col + 1;
}

/** What was typed beside each foot label of the old sheet, as layout values. */
export function readFooterEntries(sheet: ExcelJS.Worksheet): Map<string, LayoutValue> {
  const merges = mergesOf(sheet);
  const entries = new Map<string, LayoutValue>();
  sheet.eachRow((row, rowNumber) => {
    row.eachCell((cell, colNumber) => {
      const label = squeeze(cellText(cell));
      if (!LABELS.has(label) || entries.has(label)) return;
      const value = readCellValue(row.getCell(entryColumn(merges, rowNumber - 1, colNumber - 1) + 1).value);
      if (value.type === 'number') entries.set(label, { kind: 'number', value: value.value });
      else if (value.type === 'text' || value.type === 'date' || value.type === 'boolean') entries.set(label, { kind: 'text', text: String(value.value) });
    });
  });
  return entries;
}

/** The layout with the foot entries filled in; how many were placed. */
export function placeFooterEntries(layout: SheetLayout, entries: ReadonlyMap<string, LayoutValue>): { layout: SheetLayout; carried: number } {
  const targets = new Map<string, string>();
  for (const cell of layout.cells) {
    if (cell.value.kind !== 'text') continue;
    const label = squeeze(cell.value.text);
    if (entries.has(label)) targets.set(`${cell.row}:${entryColumn(layout.merges, cell.row, cell.col)}`, label);
  }
  let carried = 0;
  const cells = layout.cells.map((cell) => {
    const label = targets.get(`${cell.row}:${cell.col}`);
    const value = label === undefined ? undefined : entries.get(label);
    if (value === undefined) return cell;
    carried += 1;
    return { ...cell, value };
  });
  return { layout: { ...layout, cells }, carried };
}
