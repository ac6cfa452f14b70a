/**
 * A spreadsheet formula as tokens, in the spelling .xlsx files store (English function names, ',' between
 * arguments, no leading '='). The tokenizer never throws: a character it does not know is an 'unknown' token,
 * so that a hostile formula is still examined piece by piece.
 *
 * A reference keeps what precedes its '!' apart (`prefix`: a sheet, a workbook in brackets, a path, a DDE
 * application), so that callers can tell a reference into this workbook from one that leaves it.
 */

export type FormulaToken =
  | { kind: 'string'; text: string; value: string }
  | { kind: 'number'; text: string }
  | { kind: 'bool'; text: string }
  | { kind: 'error'; text: string }
  /** A function name as written (with any _xlfn. prefix), the '(' not included. */
  | { kind: 'function'; text: string; name: string }
  /** A cell, range, whole row/column or defined name, with what stood before '!' (without quotes), if anything. */
  | { kind: 'reference'; text: string; prefix: string | null; target: string }
  /** `app|'topic'!item`: a DDE link. */
  | { kind: 'dde'; text: string; application: string }
  | { kind: 'operator'; text: string }
  | { kind: 'open' | 'close' | 'separator' | 'arrayOpen' | 'arrayClose'; text: string }
  | { kind: 'space'; text: string }
  | { kind: 'unknown'; text: string };

const IDENTIFIER = /[\p{L}\p{N}_.\\?$]/u;
const OPERATORS = ['<>', '<=', '>=', '+', '-', '*', '/', '^', '&', '=', '<', '>', '%', ':', '@', '#'];
const ERRORS = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|UNKNOWN!|CONNECT!|BUSY!)/iu;
/** After a reference, ':' and another reference part join into one range. */
const RANGE_PART = /^\$?[A-Za-z]{1,3}\$?\d+|^\$?[A-Za-z]{1,3}(?![\p{L}\p{N}_(])|^\$?\d+(?![\d.])/u;

/** From `start` (an opening quote), the end of a quoted run where a doubled quote stands for one. */
function quotedEnd(formula: string, start: number, quote: string): number {
  let at = start + 1;
  while (at < formula.length) {
    if (formula[at] === quote) {
      if (formula[at + 1] === quote) at += 2;
      else return at + 1;
    } else at += 1;
  }
  return formula.length;
}

function identifierEnd(formula: string, start: number): number {
  let at = start;
  while (at < formula.length && IDENTIFIER.test(formula[at] ?? '')) at += 1;
  return at;
}

/** The bracketed parts of a structured or external reference: '[x.xlsx]', 'Table1[[#This Row],[Col]]'. */
function bracketEnd(formula: string, start: number): number {
  let depth = 0;
  let at = start;
  while (at < formula.length) {
    const char = formula[at];
    if (char === '[') depth += 1;
    else if (char === ']') {
      depth -= 1;
      if (depth === 0) return at + 1;
    }
    at += 1;
  }
  return formula.length;
}

/** The target after 'prefix!' (or a bare one): an address, a range, a name, a '#REF!'. */
function targetEnd(formula: string, start: number): number {
  if (formula[start] === '#') {
    const error = ERRORS.exec(formula.slice(start));
    if (error !== null) return start + error[0].length;
  }
  let at = identifierEnd(formula, start);
  if (formula[at] === '[') at = bracketEnd(formula, at);
  return rangeEnd(formula, at);
}

function rangeEnd(formula: string, at: number): number {
  if (formula[at] !== ':') return at;
  const part = RANGE_PART.exec(formula.slice(at + 1));
  return part === null ? at : at + 1 + part[0].length;
}

const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';

/** A bare identifier: a function when '(' follows, a boolean, a reference otherwise (address or defined name). */
function identifierToken(formula: string, start: number): { token: FormulaToken; end: number } {
  let end = identifierEnd(formula, start);
  if (formula[end] === '[') end = bracketEnd(formula, end);
  const text = formula.slice(start, end);
  if (formula[end] === '(') return { token: { kind: 'function', text, name: text }, end };
  if (formula[end] === '|') return ddeToken(formula, start, end);
  if (formula[end] === '!') return prefixedToken(formula, start, end + 1, text);
  if (/^(?:TRUE|FALSE)$/iu.test(text)) return { token: { kind: 'bool', text }, end };
  const rangeStop = rangeEnd(formula, end);
  const whole = formula.slice(start, rangeStop);
  return { token: { kind: 'reference', text: whole, prefix: null, target: whole }, end: rangeStop };
}

function prefixedToken(formula: string, start: number, targetStart: number, prefix: string): { token: FormulaToken; end: number } {
  const end = targetEnd(formula, targetStart);
  return { token: { kind: 'reference', text: formula.slice(start, end), prefix, target: formula.slice(targetStart, end) }, end };
}

/** `cmd|' /c calc'!A0`, `app|topic!item`: everything to the item. */
function ddeToken(formula: string, start: number, bar: number): { token: FormulaToken; end: number } {
  let at = bar + 1;
  if (formula[at] === "'") at = quotedEnd(formula, at, "'");
  else at = identifierEnd(formula, at);
  if (formula[at] === '!') at = targetEnd(formula, at + 1);
  return { token: { kind: 'dde', text: formula.slice(start, at), application: formula.slice(start, bar) }, end: at };
}

/** A quoted sheet or path: "'C:\dir\[x.xlsx]Sheet 1'!A1", "'file:///x.ods'#$Sheet1.A1". */
function quotedToken(formula: string, start: number): { token: FormulaToken; end: number } {
  const close = quotedEnd(formula, start, "'");
  const prefix = formula.slice(start + 1, close - 1).replace(/''/gu, "'");
  if (formula[close] === '!' || formula[close] === '#') return prefixedToken(formula, start, close + 1, prefix);
  if (formula[close] === '|') return ddeToken(formula, start, close);
  return { token: { kind: 'unknown', text: formula.slice(start, close) }, end: close };
}

function numberEnd(formula: string, start: number): number {
  const match = /^\d*\.?\d+(?:[eE][+-]?\d+)?|^\d+\.?/u.exec(formula.slice(start));
  return start + (match?.[0].length ?? 1);
}

function nextToken(formula: string, start: number): { token: FormulaToken; end: number } {
  const char = formula[start] ?? '';
  const rest = formula.slice(start);
  if (/\s/u.test(char)) {
    const end = start + (/^\s+/u.exec(rest)?.[0].length ?? 1);
    return { token: { kind: 'space', text: formula.slice(start, end) }, end };
  }
  if (char === '"') {
    const end = quotedEnd(formula, start, '"');
    const text = formula.slice(start, end);
    return { token: { kind: 'string', text, value: text.slice(1, -1).replace(/""/gu, '"') }, end };
  }
  if (char === "'") return quotedToken(formula, start);
  if (char === '[') {
    // '[1]Sheet1!A1', '[Book.xlsx]Sheet1!A1', '[1]!Name': a workbook before the sheet.
    let end = bracketEnd(formula, start);
    end = identifierEnd(formula, end);
    const prefix = formula.slice(start, end);
    if (formula[end] === '!') return prefixedToken(formula, start, end + 1, prefix);
    return { token: { kind: 'reference', text: prefix, prefix: null, target: prefix }, end };
  }
  if (char === '#') {
    const error = ERRORS.exec(rest);
    if (error !== null) return { token: { kind: 'error', text: error[0] }, end: start + error[0].length };
  }
  if (isDigit(char) || (char === '.' && isDigit(formula[start + 1]))) {
    // '1:3' (whole rows) is a reference, '1.5' a number.
    const rows = /^\$?\d+:\$?\d+/u.exec(rest);
    if (rows !== null) return { token: { kind: 'reference', text: rows[0], prefix: null, target: rows[0] }, end: start + rows[0].length };
    const end = numberEnd(formula, start);
    return { token: { kind: 'number', text: formula.slice(start, end) }, end };
  }
  if (IDENTIFIER.test(char)) return identifierToken(formula, start);
  const simple: Record<string, FormulaToken['kind']> = { '(': 'open', ')': 'close', ',': 'separator', ';': 'separator', '{': 'arrayOpen', '}': 'arrayClose' };
  const kind = simple[char];
  if (kind !== undefined) return { token: { kind, text: char } as FormulaToken, end: start + 1 };
  const operator = OPERATORS.find((candidate) => rest.startsWith(candidate));
  if (operator !== undefined) return { token: { kind: 'operator', text: operator }, end: start + operator.length };
  return { token: { kind: 'unknown', text: char }, end: start + Math.max(1, char.length) };
}

/** The tokens of a formula (a leading '=' is skipped); joined, their texts give the formula back. */
export function tokenizeFormula(formula: string): FormulaToken[] {
  const tokens: FormulaToken[] = [];
  let at = formula.startsWith('=') ? 1 : 0;
  while (at < formula.length) {
    const { token, end } = nextToken(formula, at);
    tokens.push(token);
    at = end > at ? end : at + 1;
  }
  return tokens;
}

/** A function name as Excel means it: upper case, without the _xlfn. / _xlws. prefixes newer functions are stored with. */
export function functionName(name: string): string {
  return name.toUpperCase().replace(/^(?:_XLFN\.|_XLWS\.|_XLUDF\.)+/u, '');
}
