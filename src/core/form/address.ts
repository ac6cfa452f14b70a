/**
 * Addresses. Inside the layout a cell is a 0-based {row, col}; ranges, formulas and validations speak A1
 * because both renderers (ExcelJS, office-js) take A1 range strings as they are.
 */
export interface CellPosition {
  /** 0-based row. */
  row: number;
  /** 0-based column. */
  col: number;
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** {row: 6, col: 9} → 'J7'. */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** The A1 form of a range; a single cell prints as 'J7'. */
export function rangeA1(range: CellRange): string {
  const start = a1(range.top, range.left);
  const end = a1(range.bottom, range.right);
  return start === end ? start : `${start}:${end}`;
}

const DOLLAR = 36;
const A = 65;
const Z = 90;
const ZERO = 48;
const NINE = 57;

/**
 * An address as workbooks write it ('J7', '$J$7': capitals, digits not starting with 0, nothing around), read without
 * a regular expression: checks read thousands. Undefined for any other text, which parseA1 reads as it always has.
 */
function plainA1(address: string): CellPosition | null | undefined {
  let at = address.charCodeAt(0) === DOLLAR ? 1 : 0;
  let col = 0;
  const lettersFrom = at;
  for (let code = address.charCodeAt(at); code >= A && code <= Z; code = address.charCodeAt(++at)) col = col * 26 + (code - 64);
  const letters = at - lettersFrom;
  if (letters === 0 || letters > 3) return undefined;
  if (address.charCodeAt(at) === DOLLAR) at += 1;
  const digitsFrom = at;
  let row = 0;
  for (let code = address.charCodeAt(at); code >= ZERO && code <= NINE; code = address.charCodeAt(++at)) row = row * 10 + (code - ZERO);
  if (at === digitsFrom || at !== address.length || address.charCodeAt(digitsFrom) === ZERO || at - digitsFrom > 15) return undefined;
  return { row: row - 1, col: col - 1 };
}

/** 'J7' → {row: 6, col: 9}; '$J$7' too. Null when the text is no single-cell address. */
export function parseA1(address: string): CellPosition | null {
  const plain = plainA1(address);
  if (plain !== undefined) return plain;
  const match = /^\$?([A-Z]{1,3})\$?([1-9]\d*)$/u.exec(address.trim().toUpperCase());
  if (!match) return null;
  const [, letters = '', digits = ''] = match;
  let col = 0;
  for (const letter of letters) col = col * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(digits) - 1, col: col - 1 };
}

/** Columns a key leaves room for: an address has at most three letters (ZZZ is column 18,278). */
const PLACE_COLUMNS = 32_768;

/**
 * A cell's place as one number, for maps of cells by place: cheaper to make and to look up than a `row:col` text,
 * asked for every cell of every return. Distinct for every place an address can name (exact below row 2^38).
 */
export function placeKey(row: number, col: number): number {
  return row * PLACE_COLUMNS + col;
}

/** 'J7:M30' (or 'J7') → the range. Null when unreadable. */
export function parseRange(ref: string): CellRange | null {
  // Cut at the colon rather than split: a sheet's entry cells are asked about one address at a time, and most are one cell.
  const colon = ref.indexOf(':');
  if (colon !== -1 && ref.indexOf(':', colon + 1) !== -1) return null;
  const start = parseA1(colon === -1 ? ref : ref.slice(0, colon));
  const end = colon === -1 ? start : parseA1(ref.slice(colon + 1));
  if (start === null || end === null) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

export function rangeContains(range: CellRange, position: CellPosition): boolean {
  return position.row >= range.top && position.row <= range.bottom && position.col >= range.left && position.col <= range.right;
}
