/**
 * A cell note whose box is large enough for its text. ExcelJS writes every note box two columns wide and
 * four rows tall, and Excel shows a hovered note at that size, cutting off a finding's message after a few
 * words. ExcelJS (pinned at 4.4.0) takes an `anchor` from the comment model when it renders the note's
 * drawing, but offers no way to set it; the note object's model is extended here, in this one place.
 */
import type ExcelJS from 'exceljs';
import { cellTextWidth } from '../../core/layout';

/** Width of the box in Excel character units, and the line height of the note's default font, in points. */
const BOX_WIDTH = 44;
const LINE_HEIGHT = 15;
const DEFAULT_COLUMN_WIDTH = 9;
const DEFAULT_ROW_HEIGHT = 15;

interface Anchor {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface NoteInternals {
  _comment?: { model: unknown } | undefined;
}

function linesOf(text: string): number {
  return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(cellTextWidth(line) / (BOX_WIDTH - 2))), 0);
}

/** Columns right of the cell until the box width is covered (hidden columns take no room), as a fractional column. */
function spanColumns(sheet: ExcelJS.Worksheet, from: number): number {
  let width = 0;
  let col = from;
  for (; width < BOX_WIDTH && col < from + 60; col++) {
    const column = sheet.getColumn(col + 1);
    const shown = column.hidden ? 0 : (column.width ?? DEFAULT_COLUMN_WIDTH);
    if (width + shown >= BOX_WIDTH && shown > 0) return col + (BOX_WIDTH - width) / shown;
    width += shown;
  }
  return col;
}

/** Rows down from `from` until the text's height is covered, as a fractional row. */
function spanRows(sheet: ExcelJS.Worksheet, from: number, height: number): number {
  let covered = 0;
  let row = from;
  for (; covered < height && row < from + 200; row++) {
    const shown = sheet.getRow(row + 1).hidden ? 0 : (sheet.getRow(row + 1).height ?? DEFAULT_ROW_HEIGHT);
    if (covered + shown >= height && shown > 0) return row + (height - covered) / shown;
    covered += shown;
  }
  return row;
}

/** Sets `text` as the note of `cell`, its box beside the cell and as tall as the text needs. */
export function setSizedNote(sheet: ExcelJS.Worksheet, cell: ExcelJS.Cell, text: string): void {
  cell.note = text;
  const comment = (cell as unknown as NoteInternals)._comment;
  if (comment === undefined) return;
  const row = Number(cell.row) - 1;
  const col = Number(cell.col) - 1;
  const left = col + 1;
  const top = Math.max(0, row - 1);
  const anchor: Anchor = { left, top, right: spanColumns(sheet, left), bottom: spanRows(sheet, top, linesOf(text) * LINE_HEIGHT + 8) };
  const base = comment.model;
  Object.defineProperty(comment, 'model', { configurable: true, get: () => ({ ...(base as object), anchor }) });
}

/**
 * Takes the note off `cell`. ExcelJS has no setter for "no note", and its cell model (ExcelJS 4.4.0, Cell#model) puts
 * the note on the value's own model object, which outlives a write: it is taken off there too, or the next write of
 * the workbook would write the note again.
 */
export function clearNote(cell: ExcelJS.Cell): void {
  const internals = cell as unknown as NoteInternals & { _value?: { model?: { comment?: unknown } } };
  internals._comment = undefined;
  if (internals._value?.model !== undefined) delete internals._value.model.comment;
}
