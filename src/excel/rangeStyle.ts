/**
 * A layout style onto a range of a NEW sheet: only what differs from a fresh sheet's defaults is set (no fill,
 * no border are already there), so each style block costs a dozen small actions.
 */
import type { CellStyle } from '../core/layout';

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

/** Edges of a thin grid: the outline, and the inside lines when the block has more than one row or column. */
function edges(rows: number, cols: number): Array<'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical'> {
  return [
    'EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight',
    ...(rows > 1 ? (['InsideHorizontal'] as const) : []),
    ...(cols > 1 ? (['InsideVertical'] as const) : []),
  ];
}

export interface StyleOptions {
  /** RangeFormat.indentLevel needs ExcelApi 1.9. */
  indent: boolean;
}

/** How many actions applyStyle queues for this style on a block of rows × cols cells. */
export function styleActionCount(style: CellStyle, rows: number, cols: number, options: StyleOptions): number {
  return 4 + (style.font.underline ? 1 : 0) + (style.fill === null ? 0 : 1) + (style.border === 'thin' ? edges(rows, cols).length * 3 : 0)
    + 3 + (options.indent && style.alignment.indent > 0 ? 1 : 0) + (style.locked ? 0 : 1);
}

/** Queues the style's actions on `range` (rows × cols cells). */
export function applyStyle(range: Excel.Range, style: CellStyle, rows: number, cols: number, options: StyleOptions): void {
  const format = range.format;
  const font = format.font;
  font.name = style.font.name;
  font.size = style.font.size;
  font.bold = style.font.bold;
  font.color = style.font.color;
  if (style.font.underline) font.underline = 'Single';
  if (style.fill !== null) format.fill.color = style.fill;
  if (style.border === 'thin') {
    for (const edge of edges(rows, cols)) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
      border.color = '#000000';
    }
  }
  format.horizontalAlignment = HORIZONTAL[style.alignment.horizontal];
  format.verticalAlignment = VERTICAL[style.alignment.vertical];
  format.wrapText = style.alignment.wrapText;
  if (options.indent && style.alignment.indent > 0) format.indentLevel = style.alignment.indent;
  // Cells are locked by default; entry cells are opened here (and again from the protection's unlocked list).
  if (!style.locked) format.protection.locked = false;
}
