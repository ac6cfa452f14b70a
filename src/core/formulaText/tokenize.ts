/**
 * Spreadsheet formula text as tokens, in the grammar Excel, WPS and LibreOffice share in .xlsx files (comma
 * separators, A1 references). Only as much as comparing and folding formulas needs: nothing is resolved.
 */

export type FormulaToken =
  | { kind: 'number'; text: string }
  | { kind: 'string'; text: string }
  /** A cell or range end: optional sheet prefix, column letters, row number, each possibly absolute ('$'). */
  | { kind: 'ref'; sheet: string | null; col: string; row: number; absoluteCol: boolean; absoluteRow: boolean }
  /** A name followed by '(' : a function. */
  | { kind: 'function'; name: string }
  /** Any other name: TRUE, FALSE, a defined name, a whole column… */
  | { kind: 'name'; text: string }
  | { kind: 'error'; text: string }
  | { kind: 'operator'; text: string }
  | { kind: 'open' }
  | { kind: 'close' }
  | { kind: 'separator'; text: string };

const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/u;
const REF = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w.(])/u;
const NAME = /^[A-Za-z_\\\u0080-\uffff][\w.\\\u0080-\uffff]*/u;
const ERROR = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA)/iu;
const SHEET_QUOTED = /^'((?:[^']|'')+)'!/u;
const SHEET_PLAIN = /^([A-Za-z_\u0080-\uffff][\w.\u0080-\uffff]*)!/u;
const OPERATORS = ['<>', '<=', '>=', '+', '-', '*', '/', '^', '&', '=', '<', '>', '%', ':'];

/** The tokens of `formula` (with or without its leading '='); whitespace is dropped. */
export function tokenizeFormula(formula: string): FormulaToken[] {
  const tokens: FormulaToken[] = [];
  let rest = formula.replace(/^\s*=/u, '');
  while (rest.length > 0) {
    const space = /^\s+/u.exec(rest);
    if (space !== null) {
      rest = rest.slice(space[0].length);
      continue;
    }
    const [token, length] = nextToken(rest);
    tokens.push(token);
    rest = rest.slice(length);
  }
  return tokens;
}

function nextToken(rest: string): [FormulaToken, number] {
  const first = rest[0] ?? '';
  if (first === '"') {
    const match = /^"((?:[^"]|"")*)"?/u.exec(rest);
    const whole = match?.[0] ?? rest;
    return [{ kind: 'string', text: (match?.[1] ?? '').replace(/""/gu, '"') }, whole.length];
  }
  if (first === '(') return [{ kind: 'open' }, 1];
  if (first === ')') return [{ kind: 'close' }, 1];
  if (first === ',' || first === ';') return [{ kind: 'separator', text: ',' }, 1];
  const error = ERROR.exec(rest);
  if (error !== null) return [{ kind: 'error', text: error[0].toUpperCase() }, error[0].length];
  const sheet = SHEET_QUOTED.exec(rest) ?? SHEET_PLAIN.exec(rest);
  if (sheet !== null) {
    const ref = REF.exec(rest.slice(sheet[0].length));
    if (ref !== null) return [refToken(ref, (sheet[1] ?? '').replace(/''/gu, "'")), sheet[0].length + ref[0].length];
  }
  const ref = REF.exec(rest);
  if (ref !== null) return [refToken(ref, null), ref[0].length];
  const number = NUMBER.exec(rest);
  if (number !== null) return [{ kind: 'number', text: number[0] }, number[0].length];
  const name = NAME.exec(rest);
  if (name !== null) {
    const after = rest.slice(name[0].length).trimStart();
    return [after.startsWith('(') ? { kind: 'function', name: name[0] } : { kind: 'name', text: name[0] }, name[0].length];
  }
  const operator = OPERATORS.find((op) => rest.startsWith(op)) ?? first;
  return [{ kind: 'operator', text: operator }, operator.length];
}

function refToken(match: RegExpExecArray, sheet: string | null): FormulaToken {
  return {
    kind: 'ref', sheet, col: (match[2] ?? '').toUpperCase(), row: Number(match[4]), absoluteCol: match[1] === '$', absoluteRow: match[3] === '$',
  };
}
