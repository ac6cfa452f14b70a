import { asStored } from './numberKey';
import { functionName, tokenizeFormula, type FormulaToken } from './tokenize';

/**
 * A formula reduced to what it computes, for comparing a sheet's formula with the generated one. What office
 * suites rewrite when they save is left out: case, spacing, '$', the _xlfn. prefix, number literals beyond 15
 * significant digits, a constant written as a quotient (2/3 against 0.666666666666667), and parentheses around
 * a lone number. Each cell reference is taken relative to the formula's own row (0-based `ownRow`), so that a
 * formula Excel adjusted when rows above were deleted, or a shared formula, matches the generated one.
 */
export function comparableFormula(formula: string, ownRow: number): string {
  const tokens = foldConstants(tokenizeFormula(formula.trimStart()).filter((token) => token.kind !== 'space'));
  return tokens.map((token) => tokenKey(token, ownRow)).join(' ');
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/u;

/** A reference with each cell's row taken relative to `ownRow` and '$' dropped; a name or whole row/column upper-cased. */
function referenceKey(prefix: string | null, target: string, ownRow: number): string {
  const parts = target.split(':').map((part) => {
    const cell = CELL.exec(part);
    return cell === null ? part.toUpperCase().replace(/\$/gu, '') : `${(cell[1] ?? '').toUpperCase()}[${Number(cell[2]) - 1 - ownRow}]`;
  });
  return `${prefix === null ? '' : `${prefix.toUpperCase()}!`}${parts.join(':')}`;
}

function tokenKey(token: FormulaToken, ownRow: number): string {
  switch (token.kind) {
    case 'number':
      return String(asStored(Number(token.text)));
    case 'string':
      return JSON.stringify(token.value);
    case 'reference':
      return referenceKey(token.prefix, token.target, ownRow);
    case 'function':
      return `${functionName(token.name)}(`;
    case 'separator':
      return ',';
    case 'bool':
    case 'error':
    case 'dde':
      return token.text.toUpperCase();
    case 'operator':
    case 'open':
    case 'close':
    case 'arrayOpen':
    case 'arrayClose':
    case 'space':
    case 'unknown':
      return token.text;
  }
}

const BINDS_TIGHTER = new Set(['*', '/', '^', '%']);

function isOperator(token: FormulaToken | undefined, ...texts: string[]): boolean {
  return token?.kind === 'operator' && texts.includes(token.text);
}

/**
 * Constant quotients folded into one number (`2/3` → 0.666…), where the quotient is an operand of its own, and
 * parentheses around a lone number dropped (not a function's), repeated until nothing changes.
 */
function foldConstants(input: FormulaToken[]): FormulaToken[] {
  let tokens = input;
  for (;;) {
    const next = foldOnce(tokens);
    if (next.length === tokens.length) return tokens;
    tokens = next;
  }
}

function foldOnce(tokens: FormulaToken[]): FormulaToken[] {
  const out: FormulaToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined) continue;
    const [over, divisor, after] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]];
    const before = out[out.length - 1];
    if (token.kind === 'number' && isOperator(over, '/') && divisor?.kind === 'number' && Number(divisor.text) !== 0
      && !(before?.kind === 'operator' && BINDS_TIGHTER.has(before.text)) && !isOperator(after, '^', '%')) {
      out.push({ kind: 'number', text: String(Number(token.text) / Number(divisor.text)) });
      i += 2;
      continue;
    }
    if (token.kind === 'open' && tokens[i + 1]?.kind === 'number' && tokens[i + 2]?.kind === 'close' && before?.kind !== 'function') {
      out.push(tokens[i + 1] as FormulaToken);
      i += 2;
      continue;
    }
    out.push(token);
  }
  return out;
}
