/**
 * The workbook a fake Excel holds: sheets of cells with what was typed into them, their formats, merges,
 * validations, conditional formats, protection, notes. Typing follows Excel's rules closely enough to catch
 * an adapter that writes text where Excel would make a number, a date or a formula of it.
 */
import { type CellRange } from '../../../src/core/layout/index';
import { parseA1, parseRange } from '../../../src/core/form/index';

export interface CellModel {
  /** What was typed (a formula with its '=', a constant), or '' for nothing. */
  input: string | number | boolean;
  numberFormat: string;
  /** The text kept when a leading apostrophe made the entry text. */
  quoted: boolean;
  /** Format properties set on the cell, by path ('font.name', 'borders.EdgeTop.style'). */
  format: Map<string, unknown>;
  hyperlink?: unknown;
  /** A formula's result as the workbook last computed it (a workbook opened from a file); '' when absent. */
  result?: Typed;
}

export interface NoteModel {
  sheet: SheetModel;
  cell: string;
  content: string;
}

export class SheetModel {
  private static nextId = 1;
  readonly id = SheetModel.nextId++;
  visibility = 'Visible';
  readonly cells = new Map<string, CellModel>();
  readonly columnFormats = new Map<string, Map<string, unknown>>();
  readonly rowFormats = new Map<string, Map<string, unknown>>();
  readonly merges: string[] = [];
  readonly validations: Array<{ ref: string; settings: Record<string, unknown> }> = [];
  readonly conditionalFormats: Array<{ ref: string; type: string; settings: Record<string, unknown> }> = [];
  readonly pageLayout = new Map<string, unknown>();
  protection: { protected: boolean; options: Record<string, unknown>; password: string | null } = { protected: false, options: {}, password: null };
  frozen: string | null = null;
  showGridlines = true;

  constructor(public name: string) {}

  cell(row: number, col: number): CellModel {
    const key = `${row}:${col}`;
    let cell = this.cells.get(key);
    if (cell === undefined) {
      cell = { input: '', numberFormat: 'General', quoted: false, format: new Map() };
      this.cells.set(key, cell);
    }
    return cell;
  }

  peek(row: number, col: number): CellModel | undefined {
    return this.cells.get(`${row}:${col}`);
  }

  /** The used rectangle (cells holding anything), or null. */
  used(valuesOnly: boolean): CellRange | null {
    let range: CellRange | null = null;
    for (const [key, cell] of this.cells) {
      if (valuesOnly && cell.input === '') continue;
      if (!valuesOnly && cell.input === '' && cell.format.size === 0 && cell.numberFormat === 'General') continue;
      const [row = 0, col = 0] = key.split(':').map(Number);
      range = range === null
        ? { top: row, left: col, bottom: row, right: col }
        : { top: Math.min(range.top, row), left: Math.min(range.left, col), bottom: Math.max(range.bottom, row), right: Math.max(range.right, col) };
    }
    return range;
  }
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  structureProtected = false;
  readonly settings = new Map<string, unknown>();
  readonly notes: NoteModel[] = [];
  readonly comments: NoteModel[] = [];
  active: SheetModel | null = null;
  selection: { sheet: SheetModel; ref: string } | null = null;

  find(name: string): SheetModel | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name: string): SheetModel {
    if (this.find(name) !== undefined) throw new Error(`ItemAlreadyExists: a sheet is named ${name}`);
    if (name.length > 31 || /[[\]:*?/\\]/u.test(name)) throw new Error(`InvalidArgument: sheet name ${name}`);
    const sheet = new SheetModel(name);
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }
}

/** A1 range, column range ('C:C') or row range ('8:9') as rows and columns; whole columns/rows are flagged. */
export interface Area extends CellRange {
  wholeColumns: boolean;
  wholeRows: boolean;
}

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

export function parseArea(ref: string): Area {
  const columns = /^\$?([A-Z]+):\$?([A-Z]+)$/u.exec(ref);
  if (columns) {
    const left = parseA1(`${columns[1]}1`)?.col ?? 0;
    const right = parseA1(`${columns[2]}1`)?.col ?? 0;
    return { top: 0, bottom: MAX_ROW, left, right, wholeColumns: true, wholeRows: false };
  }
  const rows = /^\$?(\d+):\$?(\d+)$/u.exec(ref);
  if (rows) return { top: Number(rows[1]) - 1, bottom: Number(rows[2]) - 1, left: 0, right: MAX_COL, wholeColumns: false, wholeRows: true };
  const range = parseRange(ref.replace(/\$/gu, ''));
  if (range === null) throw new Error(`InvalidArgument: range ${ref}`);
  return { ...range, wholeColumns: false, wholeRows: false };
}

export type Typed = { value: string | number | boolean; type: 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error' };

/** What Excel makes of typed input: numbers and dates from text in a General cell, text kept in a text cell. */
export function typeInto(cell: CellModel, input: unknown): void {
  cell.quoted = false;
  delete cell.result;
  if (typeof input === 'number' || typeof input === 'boolean') {
    cell.input = input;
    return;
  }
  const text = String(input ?? '');
  if (text.startsWith("'")) {
    cell.input = text.slice(1);
    cell.quoted = true;
    return;
  }
  cell.input = text;
}

/** A cell's value and type as Range.values / valueTypes report them. Formulas are not evaluated: '' is cached. */
export function typedValue(cell: CellModel | undefined): Typed {
  if (cell === undefined || cell.input === '') return { value: '', type: 'Empty' };
  if (typeof cell.input === 'number') return { value: cell.input, type: 'Double' };
  if (typeof cell.input === 'boolean') return { value: cell.input, type: 'Boolean' };
  const text = cell.input;
  if (cell.quoted || cell.numberFormat === '@') return { value: text, type: 'String' };
  if (/^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!)$/u.test(text)) return { value: text, type: 'Error' };
  if (/^-?\d+(\.\d+)?$/u.test(text)) return { value: Number(text), type: 'Double' };
  if (/^-?\d+(\.\d+)?%$/u.test(text)) return { value: Number(text.slice(0, -1)) / 100, type: 'Double' };
  if (isFormula(cell)) return cell.result ?? { value: '', type: 'String' };
  // Excel reads "10-15", "1/2", "2023-5" as dates: a serial number.
  if (/^\d{1,4}[-/]\d{1,2}([-/]\d{1,4})?$/u.test(text)) return { value: 45000, type: 'Double' };
  if (/^(TRUE|FALSE)$/iu.test(text)) return { value: text.toUpperCase() === 'TRUE', type: 'Boolean' };
  return { value: text, type: 'String' };
}

/** True when what was typed is a formula: it starts with = + - @ in a cell that is not text, and is no number. */
export function isFormula(cell: CellModel | undefined): boolean {
  if (cell === undefined || typeof cell.input !== 'string' || cell.quoted || cell.numberFormat === '@') return false;
  return /^[=+\-@]./su.test(cell.input) && !/^-?\d+(\.\d+)?%?$/u.test(cell.input);
}
