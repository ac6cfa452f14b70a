/**
 * A formula moved to another cell, as Excel fills a shared formula: relative references shift by the distance,
 * absolute ('$') parts stay. Used to spell out the cells of a shared formula, which a file stores once.
 */
import { columnLetter } from '../form';
import { tokenizeFormula } from './tokenize';

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/u;
const LAST_COL = 16_383;
const LAST_ROW = 1_048_575;

function columnIndex(letters: string): number {
  let col = 0;
  for (const letter of letters.toUpperCase()) col = col * 26 + (letter.charCodeAt(0) - 64);
  return col - 1;
}

function slideCell(part: string, rows: number, cols: number): string {
  const match = CELL.exec(part);
  if (match === null) return part;
  const [, colAbsolute = '', letters = '', rowAbsolute = '', digits = ''] = match;
  const col = columnIndex(letters);
  if (col > LAST_COL) return part;
  const newCol = colAbsolute === '$' ? col : col + cols;
  const newRow = rowAbsolute === '$' ? Number(digits) - 1 : Number(digits) - 1 + rows;
  if (newCol < 0 || newCol > LAST_COL || newRow < 0 || newRow > LAST_ROW) return '#REF!';
  return `${colAbsolute}${columnLetter(newCol)}${rowAbsolute}${newRow + 1}`;
}

/** `formula` as written for `from` ({row, col}, 0-based), spelled for `to`. */
export function slideFormula(formula: string, from: { row: number; col: number }, to: { row: number; col: number }): string {
  const rows = to.row - from.row;
  const cols = to.col - from.col;
  if (rows === 0 && cols === 0) return formula;
  return tokenizeFormula(formula).map((token) => {
    if (token.kind !== 'reference') return token.text;
    const target = token.target.split(':').map((part) => slideCell(part, rows, cols)).join(':');
    return token.prefix === null ? target : token.text.slice(0, token.text.length - token.target.length) + target;
  }).join('');
}
