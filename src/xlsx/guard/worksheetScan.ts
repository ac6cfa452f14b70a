/**
 * Reads a worksheet's XML as it streams out of the zip, looking only at tag openings: the declared
 * <dimension>, the <row> elements, and the areas of <mergeCell> and <dataValidation>. ExcelJS creates an
 * object per row and, for merges and validations, per covered cell, so a sheet with a million rows or a
 * validation over whole columns must be refused before it loads.
 */

/** Excel's grid. */
const LAST_ROW = 1_048_576;
const LAST_COL = 16_384;

/** ExcelJS expands merges and validations cell by cell: more covered cells than this would stall the load. */
export const MAX_COVERED_CELLS = 2_000_000;

const TAG = /<(?:[\w.-]+:)?(row|dimension|mergeCell|dataValidation)\b([^>]*)>/gu;
const ATTRIBUTE = /(?:^|\s)(r|ref|sqref)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu;

interface Area {
  rows: number;
  cols: number;
  bottom: number;
}

function columnNumber(letters: string): number {
  let col = 0;
  for (const letter of letters.toUpperCase()) col = col * 26 + (letter.charCodeAt(0) - 64);
  return col;
}

/** 'A1', 'J7:M30', 'J:J', '3:5' → the area; null when unreadable. */
export function areaOf(ref: string): Area | null {
  const parts = ref.replace(/\$/gu, '').split(':');
  if (parts.length > 2) return null;
  const corners = parts.map((part) => /^([A-Za-z]{0,3})(\d{0,7})$/u.exec(part));
  if (corners.some((corner) => corner === null || corner[0] === '')) return null;
  const [first, second = first] = corners as RegExpExecArray[];
  if (first === undefined || second === undefined) return null;
  const col = (text: string | undefined, whole: number) => (text === undefined || text === '' ? whole : columnNumber(text));
  const row = (text: string | undefined, whole: number) => (text === undefined || text === '' ? whole : Number(text));
  const left = col(first[1], 1);
  const right = col(second[1], LAST_COL);
  const top = row(first[2], 1);
  const bottom = row(second[2], LAST_ROW);
  return { rows: Math.abs(bottom - top) + 1, cols: Math.abs(right - left) + 1, bottom: Math.max(top, bottom) };
}

export interface WorksheetFacts {
  /** Last row of the declared <dimension>, null when there is none. */
  dimensionRows: number | null;
  rowElements: number;
  /** Highest r="" of a row. */
  highestRow: number;
  /** Cells covered by merges and validations, and the lowest row they reach. */
  coveredCells: number;
  coveredBottom: number;
  /** The first covered area too large, for the detail of the refusal. */
  largestArea: string | null;
}

export class WorksheetScan {
  readonly facts: WorksheetFacts = { dimensionRows: null, rowElements: 0, highestRow: 0, coveredCells: 0, coveredBottom: 0, largestArea: null };
  private readonly decoder = new TextDecoder('utf-8');
  /** Text from the last '<' on: a tag not complete yet. */
  private carry = '';
  private largestCells = 0;

  /** Takes the next piece of the sheet's XML. */
  push(chunk: Uint8Array): void {
    this.take(this.decoder.decode(chunk, { stream: true }), false);
  }

  /** The end of the sheet's XML. */
  end(): void {
    this.take(this.decoder.decode(), true);
  }

  private take(text: string, last: boolean): void {
    const buffer = this.carry + text;
    // Every '<' of well-formed XML opens markup ('<' in text and attributes is escaped): a tag is complete
    // unless a '<' follows the last '>', and then everything before that '<' is.
    const open = buffer.lastIndexOf('<');
    const close = buffer.lastIndexOf('>');
    const cut = last ? buffer.length : open > close ? open : close + 1;
    if (cut <= 0) {
      // A very long text run without markup: keep the start of a tag, never the whole run.
      this.carry = buffer.length > 4096 ? buffer.slice(0, 4096) : buffer;
      return;
    }
    this.scan(buffer.slice(0, cut));
    this.carry = buffer.slice(cut);
    if (this.carry.length > 4096) this.carry = this.carry.slice(0, 4096);
  }

  private scan(text: string): void {
    for (const [, tag, attributes = ''] of text.matchAll(TAG)) {
      const values = new Map<string, string>();
      for (const [, name = '', double, single] of attributes.matchAll(ATTRIBUTE)) values.set(name, double ?? single ?? '');
      switch (tag) {
        case 'row': {
          this.facts.rowElements += 1;
          const r = Number(values.get('r'));
          if (Number.isFinite(r) && r > this.facts.highestRow) this.facts.highestRow = r;
          break;
        }
        case 'dimension': {
          const area = areaOf(values.get('ref') ?? '');
          if (area !== null && this.facts.dimensionRows === null) this.facts.dimensionRows = area.bottom;
          break;
        }
        case 'mergeCell':
          this.cover(values.get('ref') ?? '');
          break;
        default:
          for (const ref of (values.get('sqref') ?? '').split(/\s+/u)) if (ref !== '') this.cover(ref);
      }
    }
  }

  private cover(ref: string): void {
    const area = areaOf(ref);
    if (area === null) return;
    const cells = area.rows * area.cols;
    this.facts.coveredCells += cells;
    if (area.bottom > this.facts.coveredBottom) this.facts.coveredBottom = area.bottom;
    if (cells > this.largestCells) {
      this.largestCells = cells;
      this.facts.largestArea = ref;
    }
  }

  /** Why the sheet is too large for `maxRows`, or null. */
  excess(maxRows: number): string | null {
    const { dimensionRows, rowElements, highestRow, coveredCells, coveredBottom, largestArea } = this.facts;
    if (dimensionRows !== null && dimensionRows > maxRows) return `its dimension reaches row ${dimensionRows}`;
    if (rowElements > maxRows) return `it has more than ${maxRows} rows`;
    if (highestRow > maxRows) return `it has a row numbered ${highestRow}`;
    if (coveredBottom > maxRows) return `merged cells or a validation reach row ${coveredBottom} (${largestArea ?? ''})`;
    if (coveredCells > MAX_COVERED_CELLS) return `merged cells or validations cover ${coveredCells} cells (${largestArea ?? ''})`;
    return null;
  }
}
