/**
 * One worksheet's XML, read in one streaming pass: its cells as they are stored (type, style, value text,
 * formula), its merges, and the facts about what a person sees (hidden rows and columns, protection,
 * conditional formats, validations, embedded objects). Its size is counted as it passes and the read stops
 * at the first excess.
 */
import type { ConditionalFormatFact, DataValidationFact, ProtectionFact } from '../../core/returns';
import { SheetSize } from './sheetSize';
import { attribute, ownString, readXml, SPREADSHEET_NAMESPACES, StopReading } from './xmlStream';
import type { RichRun } from './cellLooks';
import { colourSpec } from './themeColours';

export interface StoredCell {
  row: number;
  col: number;
  /** The t attribute: 's', 'str', 'inlineStr', 'b', 'e', 'n', 'd' or undefined. */
  type: string | undefined;
  style: number;
  value: string | undefined;
  formula: StoredFormula | undefined;
  /** Runs of an inline rich text (<is><r>) that set a colour or size: a run can hide text (cellLooks.ts). */
  runs?: RichRun[];
}

/**
 * A cell's <f> as stored. `range` is the ref of an array formula or a data table: Excel stores the formula in its
 * first cell only and computes every cell of the range from it (the others hold only a cached <v>). A data table's
 * <f> holds no text; its text here is TABLE(row input, column input), as Excel shows it.
 */
export interface StoredFormula {
  text: string;
  shared: boolean;
  sharedIndex: string | undefined;
  master: boolean;
  range?: string;
}

export interface WorksheetPart {
  cells: StoredCell[];
  merges: string[];
  hiddenRows: number[];
  hiddenColumns: number[];
  protection: ProtectionFact | null;
  conditionalFormats: Array<Omit<ConditionalFormatFact, 'fill' | 'fontColor' | 'numberFormat'> & { look: number | null }>;
  validations: DataValidationFact[];
  /** Relationship ids of the comments' drawing, drawings, OLE objects and controls. */
  relationshipIds: string[];
  oleObjects: string[];
  /**
   * The first cell stored more than once (two <c> with one address, or two values in one <c>): office suites differ
   * on which they show, so what the sheet holds there cannot be told. Null when every cell is stored once.
   */
  storedTwice: { row: number; col: number } | null;
  /** A view of the sheet does not show zero values (`showZeros="0"`): a 0 typed shows as an empty cell. */
  zerosHidden: boolean;
  /**
   * The first place where the cells' part (sheetData) holds an element of another namespace than the spreadsheet's
   * (`<y:c>`, `<y:v>`, `<c xmlns="…">`, mc:AlternateContent), or an extension list: LibreOffice shows nothing of it,
   * Excel repairs the file, and a reader by local name would take it for a cell. Null when there is none.
   */
  foreign: { row: number; col: number } | null;
}

export type WorksheetRead = { ok: true; part: WorksheetPart } | { ok: false; excess: string; size: SheetSize };


const A = 65;
const Z = 90;
const DIGIT_0 = 48;
const DIGIT_9 = 57;

/**
 * 'J7' → its 0-based row and column, in `position` (no object made: every cell of every sheet has an address); false
 * when the text is no address (1–3 capitals, then 1–7 digits). Read by character codes.
 */
function readPosition(ref: string, position: { row: number; col: number }): boolean {
  let at = 0;
  let col = 0;
  for (; at < ref.length && at < 3; at++) {
    const code = ref.charCodeAt(at);
    if (code < A || code > Z) break;
    col = col * 26 + (code - A + 1);
  }
  const digits = ref.length - at;
  if (at === 0 || digits < 1 || digits > 7) return false;
  let row = 0;
  for (; at < ref.length; at++) {
    const code = ref.charCodeAt(at);
    if (code < DIGIT_0 || code > DIGIT_9) return false;
    row = row * 10 + (code - DIGIT_0);
  }
  position.row = row - 1;
  position.col = col - 1;
  return true;
}

const truthy = (value: string | undefined) => value === '1' || value === 'true';

/** A data table's formula as Excel shows it: {=TABLE(row input cell, column input cell)}, the unused one left empty. */
function dataTableText(attributes: Readonly<Record<string, string>>): string {
  const first = attributes['r1'] ?? '';
  if (truthy(attributes['dt2D'])) return `TABLE(${first},${attributes['r2'] ?? ''})`;
  return truthy(attributes['dtr']) ? `TABLE(${first},)` : `TABLE(,${first})`;
}

/**
 * A row or column nobody can read is hidden, whatever attribute does it: `hidden`, a height under 3 points or a width
 * under one character (text cannot be made out), or rows hidden by default (`zeroHeight`) without a height of their own.
 */
const MIN_ROW_HEIGHT = 3;
const MIN_COLUMN_WIDTH = 1;
function tooNarrowToShow(width: string | undefined): boolean {
  return width !== undefined && Number.isFinite(Number(width)) && Number(width) < MIN_COLUMN_WIDTH;
}
function rowHidden(attributes: Readonly<Record<string, string>>, hiddenByDefault: boolean): boolean {
  if (truthy(attributes['hidden'])) return true;
  const height = attributes['ht'] === undefined ? Number.NaN : Number(attributes['ht']);
  if (Number.isFinite(height) && height < MIN_ROW_HEIGHT) return true;
  return hiddenByDefault && !(truthy(attributes['customHeight']) && Number.isFinite(height));
}

function protectionOf(attributes: Readonly<Record<string, string>>): ProtectionFact {
  const sheet = attributes['sheet'];
  return {
    sheet: sheet === undefined ? true : truthy(sheet),
    password: ['password', 'hashValue', 'algorithmName'].some((name) => (attributes[name] ?? '') !== ''),
  };
}

/** A kept attribute value as a string of its own ('greaterThanOrEqual' would keep the whole sheet's text: ownString). */
const ownOrNull = (value: string | undefined) => (value === undefined ? null : ownString(value));

function validationOf(attributes: Readonly<Record<string, string>>): DataValidationFact {
  return {
    ref: ownString(attributes['sqref'] ?? ''),
    type: ownString(attributes['type'] ?? 'none'),
    operator: ownOrNull(attributes['operator']),
    formulae: [],
    allowBlank: truthy(attributes['allowBlank']),
    showErrorMessage: truthy(attributes['showErrorMessage']),
    errorStyle: attributes['errorStyle'] ?? 'stop',
  };
}

/**
 * Notices a cell stored at a place already taken. Cells come in order in what office suites write (each place after
 * the last), which needs no memory; only a sheet whose cells come out of order keeps the places it has seen.
 */
class PlacesTaken {
  private lastRow = -1;
  private lastCol = -1;
  private seen: Set<string> | null = null;

  /** False when the place was taken before. */
  take(row: number, col: number, before: readonly StoredCell[]): boolean {
    if (this.seen === null) {
      if (row > this.lastRow || (row === this.lastRow && col > this.lastCol)) {
        this.lastRow = row;
        this.lastCol = col;
        return true;
      }
      this.seen = new Set(before.map((cell) => `${cell.row}:${cell.col}`));
    }
    const key = `${row}:${col}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }
}

/** Reads the sheet; stops with the excess as soon as it passes `maxRows` (rows, dimension, covered areas). */
export function readWorksheetPart(bytes: Uint8Array, maxRows: number): WorksheetRead {
  const size = new SheetSize();
  const part: WorksheetPart = {
    cells: [], merges: [], hiddenRows: [], hiddenColumns: [], protection: null, conditionalFormats: [], validations: [], relationshipIds: [], oleObjects: [],
    storedTwice: null, foreign: null, zerosHidden: false,
  };
  const places = new PlacesTaken();
  /** Values (<v> or <is>) of the cell being read: a second one is a second reading of the cell. */
  let values = 0;
  let row = -1;
  let nextCol = 0;
  let cell: StoredCell | null = null;
  /** The address of the cell being read, reused from cell to cell. */
  const position = { row: 0, col: 0 };
  /** Where text goes: a cell's <v>, <f> or inline <t>, a rule's <formula>, a validation's <formula1/2>. */
  let into: 'v' | 'f' | 't' | 'cf' | 'dv' | null = null;
  let run: RichRun | null = null;
  let phonetic = 0;
  let rowsHiddenByDefault = false;
  let conditionalRef = '';
  let formulaText = '';
  let inCells = false;
  /** Depth inside an element of another namespace (or an extension list) among the cells: nothing in it is read. */
  let outside = 0;
  let placed = false;
  const check = () => {
    const excess = size.excess(maxRows);
    if (excess !== null) throw new StopReading(excess);
  };
  try {
    readXml(bytes, {
      open(name, attributes, namespace) {
        if (outside > 0) {
          outside += 1;
          if (!placed && name === 'c' && readPosition(attributes['r'] ?? '', position)) {
            part.foreign = { row: position.row, col: position.col };
            placed = true;
          }
          return;
        }
        if (name === 'sheetData') inCells = true;
        // No office suite writes an extension list among the cells, and none reads cells from one.
        if (inCells && (!SPREADSHEET_NAMESPACES.has(namespace) || name === 'extLst')) {
          if (part.foreign === null) {
            // Named by the cell it is in or stands for; else by the first cell inside it, else by its row.
            placed = cell !== null || readPosition(attributes['r'] ?? '', position);
            const at = cell ?? (placed ? position : { row: Math.max(row, 0), col: 0 });
            part.foreign = { row: at.row, col: at.col };
          }
          outside = 1;
          return;
        }
        switch (name) {
          case 'dimension':
            size.dimension(attributes['ref'] ?? '');
            check();
            break;
          case 'sheetView':
            if (attributes['showZeros'] === '0' || attributes['showZeros'] === 'false') part.zerosHidden = true;
            break;
          case 'sheetFormatPr':
            rowsHiddenByDefault = truthy(attributes['zeroHeight']);
            break;
          case 'col': {
            if (!truthy(attributes['hidden']) && !tooNarrowToShow(attributes['width'])) break;
            const min = Number(attributes['min']);
            const max = Math.min(Number(attributes['max']), min + 16_384);
            for (let col = min; col <= max; col++) part.hiddenColumns.push(col - 1);
            break;
          }
          case 'row': {
            const r = attributes['r'];
            row = r === undefined ? row + 1 : Number(r) - 1;
            nextCol = 0;
            size.row(row + 1);
            check();
            if (rowHidden(attributes, rowsHiddenByDefault)) part.hiddenRows.push(row);
            break;
          }
          case 'c': {
            if (!readPosition(attributes['r'] ?? '', position)) {
              position.row = row;
              position.col = nextCol;
            }
            nextCol = position.col + 1;
            const style = attributes['s'];
            cell = { row: position.row, col: position.col, type: attributes['t'], style: style === undefined ? 0 : Number(style), value: undefined, formula: undefined };
            values = 0;
            if (!places.take(position.row, position.col, part.cells)) part.storedTwice ??= { row: position.row, col: position.col };
            break;
          }
          case 'v':
          case 'is':
            if (cell === null) break;
            values += 1;
            if (values > 1) part.storedTwice ??= { row: cell.row, col: cell.col };
            if (name === 'v') into = 'v';
            break;
          case 'f':
            if (cell !== null) {
              const kind = attributes['t'];
              const shared = kind === 'shared';
              cell.formula = { text: kind === 'dataTable' ? dataTableText(attributes) : '', shared, sharedIndex: attributes['si'], master: shared && attributes['ref'] !== undefined };
              const range = attributes['ref'];
              if ((kind === 'array' || kind === 'dataTable') && range !== undefined) cell.formula.range = ownString(range);
              into = 'f';
            }
            break;
          case 'rPh':
            phonetic += 1;
            break;
          case 't':
            if (cell !== null && phonetic === 0) into = 't';
            break;
          case 'r':
            if (cell !== null) run = { text: '', font: { color: null, size: null } };
            break;
          case 'color':
            if (run !== null) run.font.color = colourSpec(attributes);
            break;
          case 'sz':
            if (run !== null) run.font.size = Number(attributes['val']);
            break;
          case 'mergeCell': {
            const ref = ownString(attributes['ref'] ?? '');
            part.merges.push(ref);
            size.cover(ref);
            check();
            break;
          }
          case 'sheetProtection':
            part.protection = protectionOf(attributes);
            break;
          case 'conditionalFormatting':
            conditionalRef = ownString(attributes['sqref'] ?? '');
            break;
          case 'cfRule': {
            const look = attributes['dxfId'];
            part.conditionalFormats.push({
              ref: conditionalRef, type: ownString(attributes['type'] ?? ''), operator: ownOrNull(attributes['operator']), formulas: [],
              priority: Number(attributes['priority'] ?? 0), stopIfTrue: truthy(attributes['stopIfTrue']), look: look === undefined ? null : Number(look),
            });
            break;
          }
          case 'formula':
            formulaText = '';
            into = 'cf';
            break;
          case 'dataValidation': {
            const validation = validationOf(attributes);
            part.validations.push(validation);
            for (const ref of validation.ref.split(/\s+/u)) if (ref !== '') size.cover(ref);
            check();
            break;
          }
          case 'formula1':
          case 'formula2':
            formulaText = '';
            into = 'dv';
            break;
          case 'oleObject':
          case 'control': {
            part.oleObjects.push(attributes['progId'] ?? attribute(attributes, 'r:id') ?? name);
            const id = attribute(attributes, 'r:id');
            if (id !== undefined) part.relationshipIds.push(id);
            break;
          }
          case 'legacyDrawing':
          case 'drawing':
          case 'legacyDrawingHF': {
            const id = attribute(attributes, 'r:id');
            if (id !== undefined) part.relationshipIds.push(id);
            break;
          }
          default:
            break;
        }
      },
      text(text) {
        switch (into) {
          case 'v':
          case 't':
            if (cell !== null) cell.value = (cell.value ?? '') + text;
            if (into === 't' && run !== null) run.text += text;
            break;
          case 'f':
            if (cell?.formula !== undefined) cell.formula.text += text;
            break;
          case 'cf':
          case 'dv':
            formulaText += text;
            break;
          default:
            break;
        }
      },
      close(name) {
        if (outside > 0) {
          outside -= 1;
          return;
        }
        if (name === 'r' && run !== null && cell !== null) {
          if (run.font.color !== null || run.font.size !== null) (cell.runs ??= []).push(run);
          run = null;
        }
        switch (name) {
          case 'sheetData':
            inCells = false;
            break;
          case 'c':
            if (cell !== null) part.cells.push(cell);
            cell = null;
            break;
          case 'v':
          case 'f':
          case 't':
            into = null;
            break;
          case 'rPh':
            phonetic -= 1;
            break;
          case 'formula':
            part.conditionalFormats[part.conditionalFormats.length - 1]?.formulas.push(formulaText);
            into = null;
            break;
          case 'formula1':
          case 'formula2':
            part.validations[part.validations.length - 1]?.formulae.push(formulaText);
            into = null;
            break;
          default:
            break;
        }
      },
    });
  } catch (error) {
    if (error instanceof StopReading) return { ok: false, excess: error.message, size };
    throw error;
  }
  const excess = size.excess(maxRows);
  return excess === null ? { ok: true, part } : { ok: false, excess, size };
}
