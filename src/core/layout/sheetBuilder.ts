import { rangeA1, type CellRange } from '../form';
import { LayoutError } from './errors';
import { numberAsShown } from './numberCells';
import { brokenLines, cellTextWidth, lineHeight, oneLineColumnWidth, oneLineWidth, twoLineWidth, widestLine, wrappedLines } from './textWidth';
import type { CellStyle, ColumnSpec, LayoutCell, LayoutValue, RowSpec } from './types';

/** How a column is sized: the widest text it holds, within [min, max]; wider text wraps. */
export interface ColumnFit {
  min?: number;
  max?: number;
  hidden?: boolean;
  /** What formula cells of the column show (their results), so that the width fits them too. */
  shows?: string[];
  /**
   * A row whose text may wrap onto two lines in this column (a region's name heading its figures: 杭州市 / 上城区), so
   * that the column is as narrow as its figures allow rather than as wide as the name on one line.
   */
  twoLinesIn?: number;
}

export const DEFAULT_MIN_WIDTH = 4;
export const DEFAULT_MAX_WIDTH = 40;
/** Room for the cell's padding and border. */
const PADDING = 2;

/** The text a value shows; formulas show what the caller says they show (ColumnFit.shows). */
export function shownText(value: LayoutValue): string {
  switch (value.kind) {
    case 'text':
    case 'link':
      return value.text;
    case 'number':
      return String(value.value);
    default:
      return '';
  }
}

/** Text starting like a formula: = + - @ (and the full-width ＝ ＋ －, which some inputs turn into ASCII). */
export function startsLikeFormula(text: string): boolean {
  return /^[=+\-@＝＋－]/u.test(text);
}

export const EMPTY: LayoutValue = { kind: 'empty' };

/** Text as a value: '' is an empty cell, anything else is text, never a formula. */
export function textValue(text: string): LayoutValue {
  return text === '' ? EMPTY : { kind: 'text', text };
}

/** Collects the cells and merges of one sheet, then sizes its columns and rows from what they hold. */
export class SheetBuilder {
  private readonly byPosition = new Map<string, LayoutCell>();
  readonly merges: CellRange[] = [];

  constructor(readonly styles: Record<string, CellStyle>) {}

  set(row: number, col: number, value: LayoutValue, style: string, note?: string): void {
    if (!(style in this.styles)) throw new LayoutError('layout.unknown_style', style);
    const cell: LayoutCell = { row, col, value, style };
    if (note !== undefined && note !== '') cell.note = note;
    this.byPosition.set(`${row}:${col}`, cell);
  }

  text(row: number, col: number, text: string, style: string, note?: string): void {
    this.set(row, col, textValue(text), style, note);
  }

  /** Merges a range; the value sits in its top-left cell, the other cells carry the style (for borders). */
  merge(range: CellRange, style?: string): void {
    if (range.top === range.bottom && range.left === range.right) return;
    this.merges.push(range);
    const fill = style ?? this.get(range.top, range.left)?.style;
    if (fill === undefined) return;
    for (let row = range.top; row <= range.bottom; row++) {
      for (let col = range.left; col <= range.right; col++) {
        if (row !== range.top || col !== range.left) this.set(row, col, EMPTY, fill);
      }
    }
  }

  /**
   * Merges `range` instead of the merge that starts at row `range.top`, column `from` (a line of the frame merged over
   * other columns): the value moves to the new top-left cell, and the cells the old merge covered are left empty.
   */
  remerge(range: CellRange, from = range.left): void {
    const index = this.merges.findIndex((merge) => merge.top === range.top && merge.left === from);
    const old = this.merges[index] ?? { ...range, left: from, right: from };
    if (index >= 0) this.merges.splice(index, 1);
    const cell = this.get(old.top, old.left);
    for (let row = old.top; row <= old.bottom; row++) {
      for (let col = old.left; col <= old.right; col++) this.byPosition.delete(`${row}:${col}`);
    }
    if (cell !== undefined) this.set(range.top, range.left, cell.value, cell.style, cell.note);
    this.merge(range);
  }

  get(row: number, col: number): LayoutCell | undefined {
    return this.byPosition.get(`${row}:${col}`);
  }

  cells(): LayoutCell[] {
    return [...this.byPosition.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  }

  mergeRefs(): string[] {
    return this.merges.map(rangeA1);
  }

  private mergeOf(row: number, col: number): CellRange | undefined {
    return this.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  }

  /** Column widths: the widest text of cells that are not merged over several columns. */
  fitColumns(count: number, fits: Record<number, ColumnFit> = {}): ColumnSpec[] {
    const widest = new Array<number>(count).fill(0);
    for (const cell of this.byPosition.values()) {
      if (cell.col >= count) continue;
      const merge = this.mergeOf(cell.row, cell.col);
      if (merge !== undefined && merge.left !== merge.right) continue;
      // A number is as wide as its format prints it (0.0700, 60.0), not as its own digits (0.07, 59.93333).
      const text = cell.value.kind === 'number' ? numberAsShown(cell.value.value, this.styles[cell.style]?.numberFormat) : shownText(cell.value);
      const width = fits[cell.col]?.twoLinesIn === cell.row ? twoLineWidth(text) : widestLine(text);
      widest[cell.col] = Math.max(widest[cell.col] ?? 0, width);
    }
    const columns = widest.map((textWidth, col) => {
      const fit = fits[col] ?? {};
      const shown = Math.max(textWidth, ...(fit.shows ?? []).map(cellTextWidth));
      // Wide enough that fitRows counts the widest text as one line: at text + 2 a text of 21 units or more was
      // counted as two, and every row holding one (a plan's title in the check report) printed twice as tall.
      const width = Math.min(fit.max ?? DEFAULT_MAX_WIDTH, Math.max(fit.min ?? DEFAULT_MIN_WIDTH, shown + PADDING, oneLineColumnWidth(shown)));
      return { col, width, hidden: fit.hidden ?? false };
    });
    this.widenUnderOneLineMerges(columns);
    return columns;
  }

  /**
   * A text that does not wrap (a title, a line of the frame) shows only within its merged cells: Excel cuts off what
   * is wider at both ends, so a table narrower than its title (a city of few counties, a long plan title) printed its
   * title cut. The merge's visible columns are widened, each in proportion to its width, until it holds the text on one line.
   */
  private widenUnderOneLineMerges(columns: ColumnSpec[]): void {
    for (const merge of this.merges) {
      const cell = this.get(merge.top, merge.left);
      const style = cell === undefined ? undefined : this.styles[cell.style];
      if (cell === undefined || style === undefined || style.alignment.wrapText || merge.right >= columns.length) continue;
      const shown = columns.slice(merge.left, merge.right + 1).filter((column) => !column.hidden);
      const total = shown.reduce((sum, column) => sum + column.width, 0);
      const missing = oneLineWidth(shownText(cell.value), style.font.size) - total;
      if (missing <= 0 || total === 0) continue;
      // In proportion to the widths: the names' column takes most (fewer names wrap), 序号 stays narrow.
      for (const column of shown) column.width += Math.ceil((missing * column.width) / total);
    }
  }

  /**
   * Breaks the text of each merged cell that wraps (a caption, a note under the table) into lines of the merge's width
   * with brokenLines, which never starts a line with a closing mark: left to the renderer, a caption one character too
   * long printed its closing ） alone on the second line. Row heights (fitRows) then count these lines.
   */
  breakMergedTexts(columns: ColumnSpec[], bodySize: number): void {
    const widthOf = (col: number) => columns[col]?.width ?? DEFAULT_MAX_WIDTH;
    for (const merge of this.merges) {
      const cell = this.get(merge.top, merge.left);
      const style = cell === undefined ? undefined : this.styles[cell.style];
      if (cell === undefined || style === undefined || !style.alignment.wrapText || cell.value.kind !== 'text') continue;
      let width = 0;
      for (let col = merge.left; col <= merge.right; col++) width += widthOf(col);
      const fits = width * Math.min(1, bodySize / style.font.size);
      const text = cell.value.text.split('\n').flatMap((line) => (line === '' ? [line] : brokenLines(line, fits, 0, true))).join('\n');
      this.set(cell.row, cell.col, { kind: 'text', text }, cell.style, cell.note);
    }
  }

  /** Row heights that show every wrapped line; rows of one line in the body font keep the default height. */
  fitRows(columns: ColumnSpec[], bodySize: number): RowSpec[] {
    const widthOf = (col: number) => columns[col]?.width ?? DEFAULT_MAX_WIDTH;
    const heights = new Map<number, number>();
    for (const cell of this.byPosition.values()) {
      const style = this.styles[cell.style];
      const text = shownText(cell.value);
      if (style === undefined || text === '') continue;
      const merge = this.mergeOf(cell.row, cell.col);
      let width = widthOf(cell.col);
      let rows = 1;
      if (merge !== undefined) {
        width = 0;
        for (let col = merge.left; col <= merge.right; col++) width += widthOf(col);
        rows = merge.bottom - merge.top + 1;
      }
      // A number never wraps: it prints in its format (85.3%, 0.2277), not as the digits String() gives. Column widths
      // count characters of the body's size; a larger font (a 14-point caption) fits fewer of them on a line.
      const fits = width * Math.min(1, bodySize / style.font.size);
      const lines = style.alignment.wrapText && cell.value.kind !== 'number' ? wrappedLines(text, fits) : 1;
      const needed = Math.ceil((lines * lineHeight(style.font.size) + 4) / rows);
      heights.set(cell.row, Math.max(heights.get(cell.row) ?? 0, needed));
    }
    const single = lineHeight(bodySize) + 4;
    return [...heights.entries()]
      .filter(([, height]) => height > single)
      .sort(([a], [b]) => a - b)
      .map(([row, height]) => ({ row, height }));
  }
}
