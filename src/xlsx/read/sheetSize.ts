/**
 * How far a worksheet reaches, counted as its XML streams past: the declared <dimension>, the <row> elements,
 * and the areas of merges and validations. A sheet of a million rows, or a validation over whole columns,
 * is refused as it is read, before anything is built from it.
 */

const LAST_ROW = 1_048_576;
const LAST_COL = 16_384;
const LOWER_A = 97;

/** Cells covered by merges and validations past which a sheet is refused (no return comes near it). */
export const MAX_COVERED_CELLS = 2_000_000;

interface Area {
  rows: number;
  cols: number;
  bottom: number;
}

const DOLLAR = 36;
const DIGIT_0 = 48;
const DIGIT_9 = 57;

/** One end of an area, read from a ref: its column (0 when it has no letters) and row (-1 when it has no digits). */
interface Corner {
  col: number;
  row: number;
}

/**
 * The corner written in `ref` from `start` to `end` ('J7', 'J', '7', '$' signs skipped wherever they are): 1–3 letters
 * and/or 1–7 digits, letters first; null otherwise. By character codes: a sheet may hold thousands of merges.
 */
function cornerOf(ref: string, start: number, end: number): Corner | null {
  let letters = 0;
  let digits = 0;
  let col = 0;
  let row = 0;
  for (let at = start; at < end; at++) {
    const code = ref.charCodeAt(at);
    if (code === DOLLAR) continue;
    const lower = code | 0x20;
    if (digits === 0 && lower >= LOWER_A && lower <= LOWER_A + 25) {
      if (++letters > 3) return null;
      col = col * 26 + (lower - LOWER_A + 1);
    } else if (code >= DIGIT_0 && code <= DIGIT_9) {
      if (++digits > 7) return null;
      row = row * 10 + (code - DIGIT_0);
    } else return null;
  }
  if (letters === 0 && digits === 0) return null;
  return { col, row: digits === 0 ? -1 : row };
}

/** 'A1', 'J7:M30', 'J:J', '3:5' → the area; null when unreadable ('J', '3' alone included). */
function areaOf(ref: string): Area | null {
  const colon = ref.indexOf(':');
  if (colon !== -1 && ref.indexOf(':', colon + 1) !== -1) return null;
  const first = cornerOf(ref, 0, colon === -1 ? ref.length : colon);
  const second = colon === -1 ? first : cornerOf(ref, colon + 1, ref.length);
  if (first === null || second === null) return null;
  // A whole column or row is written with both ends (J:J, 3:5); a lone 'J' or '3' is no area.
  if (colon === -1 && (first.col === 0 || first.row === -1)) return null;
  const left = first.col === 0 ? 1 : first.col;
  const right = second.col === 0 ? LAST_COL : second.col;
  const top = first.row === -1 ? 1 : first.row;
  const bottom = second.row === -1 ? LAST_ROW : second.row;
  return { rows: Math.abs(bottom - top) + 1, cols: Math.abs(right - left) + 1, bottom: Math.max(top, bottom) };
}

export interface SheetExtent {
  dimensionRows: number | null;
  rowElements: number;
  highestRow: number;
  coveredCells: number;
  coveredBottom: number;
  largestArea: string | null;
}

export class SheetSize {
  readonly extent: SheetExtent = { dimensionRows: null, rowElements: 0, highestRow: 0, coveredCells: 0, coveredBottom: 0, largestArea: null };
  private largestCells = 0;

  dimension(ref: string): void {
    const area = areaOf(ref);
    if (area !== null && this.extent.dimensionRows === null) this.extent.dimensionRows = area.bottom;
  }

  row(number: number): void {
    this.extent.rowElements += 1;
    if (number > this.extent.highestRow) this.extent.highestRow = number;
  }

  cover(ref: string): void {
    const area = areaOf(ref);
    if (area === null) return;
    const cells = area.rows * area.cols;
    this.extent.coveredCells += cells;
    if (area.bottom > this.extent.coveredBottom) this.extent.coveredBottom = area.bottom;
    if (cells > this.largestCells) {
      this.largestCells = cells;
      this.extent.largestArea = ref;
    }
  }

  /** Why the sheet is too large for `maxRows`, or null. */
  excess(maxRows: number): string | null {
    const { dimensionRows, rowElements, highestRow, coveredCells, coveredBottom, largestArea } = this.extent;
    if (dimensionRows !== null && dimensionRows > maxRows) return `its dimension reaches row ${dimensionRows}`;
    if (rowElements > maxRows) return `it has more than ${maxRows} rows`;
    if (highestRow > maxRows) return `it has a row numbered ${highestRow}`;
    if (coveredBottom > maxRows) return `merged cells or a validation reach row ${coveredBottom} (${largestArea ?? ''})`;
    if (coveredCells > MAX_COVERED_CELLS) return `merged cells or validations cover ${coveredCells} cells (${largestArea ?? ''})`;
    return null;
  }
}
