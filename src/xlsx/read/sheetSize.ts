/**
 * How far a worksheet reaches, counted as its XML streams past: the declared <dimension>, the <row> elements,
 * and the areas of merges and validations. A sheet of a million rows, or a validation over whole columns,
 * is refused as it is read, before anything is built from it.
 */

const LAST_ROW = 1_048_576;
const LAST_COL = 16_384;
const UPPER_A = 65;
const LOWER_A = 97;

/** Cells covered by merges and validations past which a sheet is refused (no return comes near it). */
export const MAX_COVERED_CELLS = 2_000_000;

interface Area {
  rows: number;
  cols: number;
  bottom: number;
}

/** 'J' or 'j' → 10 (`letters` holds letters only). By character codes: a sheet may hold thousands of merges. */
function columnNumber(letters: string): number {
  let col = 0;
  for (let at = 0; at < letters.length; at++) {
    const code = letters.charCodeAt(at);
    col = col * 26 + (code >= LOWER_A ? code - LOWER_A + 1 : code - UPPER_A + 1);
  }
  return col;
}

/** 'A1', 'J7:M30', 'J:J', '3:5' → the area; null when unreadable ('J', '3' alone included). */
function areaOf(ref: string): Area | null {
  const parts = ref.replace(/\$/gu, '').split(':');
  if (parts.length > 2) return null;
  const corners = parts.map((part) => /^([A-Za-z]{0,3})(\d{0,7})$/u.exec(part));
  if (corners.some((corner) => corner === null || corner[0] === '')) return null;
  // A whole column or row is written with both ends (J:J, 3:5); a lone 'J' or '3' is no area.
  if (corners.length === 1 && (corners[0]?.[1] === '' || corners[0]?.[2] === '')) return null;
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
