import type { TableHeader } from './tableHeader';
import { isBlank } from './text';

/** One row of the table as the body reads it; `subItem` when it continues a 其中 list stacked in one cell. */
export interface BodyRow {
  row: readonly string[];
  subItem: boolean;
}

function linesOf(text: string | undefined): string[] {
  return (text ?? '').split(/\r\n|\r|\n/u).map((line) => line.trim()).filter((line) => line !== '');
}

/**
 * A row printing an indicator and its 其中 parts in one cell, one paragraph each, with the values stacked the
 * same way (4.义务教育标准班额比例(%) / 其中:小学 / 初中 | 34.52% / 77.34%): one row per paragraph. The values
 * belong to the paragraphs from the bottom up, so a heading paragraph without values (the 4. line above) stays
 * a row of blanks. Split only when every value cell holding text has the same number of paragraphs and the
 * second name paragraph starts 其中; anything else stays one row, and its unreadable cells are reported.
 */
export function stackedRows(row: readonly string[], header: TableHeader, nameColumn: number): BodyRow[] {
  const names = linesOf(row[nameColumn]);
  if (names.length < 2 || !/^其中/u.test(names[1] ?? '')) return [{ row, subItem: false }];
  const valueColumns = header.columns.filter((column) => column.kind === 'value' && !isBlank(row[column.column])).map((column) => column.column);
  const counts = new Set(valueColumns.map((column) => linesOf(row[column]).length));
  const [count] = counts;
  if (counts.size !== 1 || count === undefined || count < 2 || (count !== names.length && count !== names.length - 1)) return [{ row, subItem: false }];
  const offset = names.length - count;
  return names.map((name, index) => ({
    row: row.map((text, column) => {
      if (column === nameColumn) return name;
      if (!valueColumns.includes(column)) return index === 0 || header.columns[column]?.kind !== 'seq' ? text : '';
      return index < offset ? '' : linesOf(text)[index - offset] ?? '';
    }),
    subItem: index > 0,
  }));
}
