/**
 * The "_meta" sheet holds one block of key/value rows per reporting sheet, each opened by its `sheet` key.
 * A workbook may already hold sheets generated earlier: writing new ones keeps their blocks, drops the blocks
 * of sheets being replaced or no longer there, and appends the new blocks.
 */
import type { LayoutCell, SheetLayout } from './types';

export type MetaRow = ReadonlyArray<unknown>;

export interface MetadataBlock {
  /** The sheet the block names, or null when its `sheet` value is unreadable. */
  sheet: string | null;
  rows: MetaRow[];
}

const keyOf = (row: MetaRow) => (typeof row[0] === 'string' ? row[0].trim() : '');

function sheetNameOf(row: MetaRow): string | null {
  const value = row[1];
  if (typeof value !== 'string') return null;
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'string' && parsed !== '' ? parsed : null;
  } catch {
    return null;
  }
}

/** The blocks of the "_meta" rows (header and anything before the first `sheet` key left out). */
export function metadataBlocks(rows: readonly MetaRow[]): MetadataBlock[] {
  const blocks: MetadataBlock[] = [];
  for (const row of rows) {
    if (keyOf(row) === 'sheet') blocks.push({ sheet: sheetNameOf(row), rows: [row] });
    else blocks.at(-1)?.rows.push(row);
  }
  return blocks;
}

/** Text of a cell as stored in "_meta": strings as they are, anything else as JSON would print it. */
function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  return String(value);
}

/**
 * The metadata sheet to write: the layout's own (header and its blocks), with `kept` blocks from the workbook
 * inserted after the header. Rows move down; everything else of the layout is unchanged.
 */
export function withKeptBlocks(metadata: SheetLayout, kept: readonly MetadataBlock[]): SheetLayout {
  const rows = kept.flatMap((block) => block.rows);
  if (rows.length === 0) return metadata;
  const style = metadata.cells.find((cell) => cell.row > 0)?.style ?? metadata.cells[0]?.style;
  if (style === undefined) return metadata;
  const inserted: LayoutCell[] = rows.flatMap((row, i) => [0, 1].map((col) => ({ row: i + 1, col, value: { kind: 'text' as const, text: text(row[col]) }, style })))
    .filter((cell) => cell.value.text !== '');
  const shifted = metadata.cells.map((cell) => (cell.row === 0 ? cell : { ...cell, row: cell.row + rows.length }));
  const header = shifted.filter((cell) => cell.row === 0);
  const rest = shifted.filter((cell) => cell.row > 0);
  return { ...metadata, cells: [...header, ...inserted, ...rest] };
}
