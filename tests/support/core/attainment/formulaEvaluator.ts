/**
 * A tiny spreadsheet-formula evaluator for tests: numbers, "text", A1 references, + - * /, unary minus,
 * = <> < > <= >=, and the functions IF, AND, OR, NOT, ISNUMBER, TRIM, ROUND, ABS, MIN, MAX, POWER — the
 * part of the formula language Excel, WPS and LibreOffice share that the generated sheets may use.
 * A blank cell is undefined: 0 in arithmetic and comparisons with numbers, "" with text, as in Excel.
 */
export type FormulaValue = number | string | boolean;
export type Cells = Readonly<Record<string, FormulaValue | undefined>>;

export const SHARED_FUNCTIONS = ['IF', 'AND', 'OR', 'NOT', 'ISNUMBER', 'TRIM', 'ROUND', 'ABS', 'MIN', 'MAX', 'POWER'] as const;

type Token =
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'ref'; name: string }
  | { kind: 'name'; name: string }
  | { kind: 'op'; op: string };

const TOKEN = /\s*(?:(\d+(?:\.\d+)?(?:E[+-]?\d+)?)|"((?:[^"]|"")*)"|([A-Z]+[0-9]+)(?![A-Z0-9(])|([A-Z][A-Z0-9.]*)(?=\()|(<=|>=|<>|[-+*/^=<>(),]))/uy;

export function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < formula.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(formula);
    if (match === null) throw new SyntaxError(`unexpected text at ${at}: ${formula.slice(at)}`);
    const [, number, text, ref, name, op] = match;
    if (number !== undefined) tokens.push({ kind: 'number', value: Number(number) });
    else if (text !== undefined) tokens.push({ kind: 'text', value: text.replace(/""/gu, '"') });
    else if (ref !== undefined) tokens.push({ kind: 'ref', name: ref });
    else if (name !== undefined) tokens.push({ kind: 'name', name });
    else if (op !== undefined) tokens.push({ kind: 'op', op });
  }
  return tokens;
}

type Node =
  | { kind: 'literal'; value: FormulaValue }
  | { kind: 'ref'; name: string }
  | { kind: 'call'; name: string; args: Node[] }
  | { kind: 'unary'; operand: Node }
  | { kind: 'binary'; op: string; left: Node; right: Node };

const LEVELS: ReadonlyArray<readonly string[]> = [['=', '<>', '<', '>', '<=', '>='], ['+', '-'], ['*', '/']];

export function parseFormula(formula: string): Node {
  const tokens = tokenize(formula);
  let position = 0;
  const peekOp = () => {
    const token = tokens[position];
    return token?.kind === 'op' ? token.op : null;
  };
  const expect = (op: string) => {
    if (peekOp() !== op) throw new SyntaxError(`expected ${op} at token ${position} of ${formula}`);
    position += 1;
  };
  const primary = (): Node => {
    const token = tokens[position++];
    if (token === undefined) throw new SyntaxError(`unexpected end of ${formula}`);
    switch (token.kind) {
      case 'number': return { kind: 'literal', value: token.value };
      case 'text': return { kind: 'literal', value: token.value };
      case 'ref': return { kind: 'ref', name: token.name };
      case 'name': {
        expect('(');
        const args: Node[] = [];
        if (peekOp() !== ')') {
          args.push(level(0));
          while (peekOp() === ',') {
            position += 1;
            args.push(level(0));
          }
        }
        expect(')');
        return { kind: 'call', name: token.name, args };
      }
      case 'op':
        if (token.op === '(') {
          const inner = level(0);
          expect(')');
          return inner;
        }
        if (token.op === '-') return { kind: 'unary', operand: primary() };
        throw new SyntaxError(`unexpected ${token.op} in ${formula}`);
    }
  };
  const level = (depth: number): Node => {
    const ops = LEVELS[depth];
    if (ops === undefined) return primary();
    let left = level(depth + 1);
    for (let op = peekOp(); op !== null && ops.includes(op); op = peekOp()) {
      position += 1;
      left = { kind: 'binary', op, left, right: level(depth + 1) };
    }
    return left;
  };
  const tree = level(0);
  if (position !== tokens.length) throw new SyntaxError(`trailing tokens in ${formula}`);
  return tree;
}

/** Function names a formula calls. */
export function functionsUsed(formula: string): string[] {
  return tokenize(formula).flatMap((token) => (token.kind === 'name' ? [token.name] : []));
}

function toNumber(value: FormulaValue | undefined): number {
  if (value === undefined) return 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  throw new TypeError(`#VALUE! (${JSON.stringify(value)} is text)`);
}

/**
 * LibreOffice takes two numbers for equal in a comparison when they differ by less than 2^-48 of each
 * (rtl::math::approxEqual): =3.0999999999999988>=3.1 is TRUE there (tests/libreoffice/recomputed/edgeJudgement.suite.ts).
 */
function approxEqual(a: FormulaValue, b: FormulaValue): boolean {
  if (typeof a !== 'number' || typeof b !== 'number' || a === 0 || b === 0) return a === b;
  const difference = Math.abs(a - b);
  return difference < Math.abs(a) * 2 ** -48 && difference < Math.abs(b) * 2 ** -48;
}

function compare(op: string, a: FormulaValue | undefined, b: FormulaValue | undefined): boolean {
  const blankAs = (other: FormulaValue | undefined) => (typeof other === 'string' ? '' : 0);
  const left = a === undefined ? blankAs(b) : a;
  const right = b === undefined ? blankAs(a) : b;
  // Excel orders numbers < text < booleans; the generated formulas compare like with like.
  const rank = (v: FormulaValue) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  const order = rank(left) !== rank(right) ? rank(left) - rank(right) : approxEqual(left, right) ? 0 : left < right ? -1 : left > right ? 1 : 0;
  switch (op) {
    case '=': return order === 0;
    case '<>': return order !== 0;
    case '<': return order < 0;
    case '>': return order > 0;
    case '<=': return order <= 0;
    default: return order >= 0;
  }
}

/** ROUND as the spreadsheets do it: half away from zero, on the decimal value. */
function round(value: number, digits: number): number {
  return Math.sign(value) * Number(Math.abs(value).toFixed(digits));
}

/** Marker for a blank cell: a string no formula produces. */
const BLANK = '\u0000blank';
const unblank = (value: FormulaValue): FormulaValue | undefined => (value === BLANK ? undefined : value);

function truthy(value: FormulaValue | undefined): boolean {
  return value === true || (typeof value === 'number' && value !== 0);
}

function call(name: string, args: Node[], cells: Cells): FormulaValue {
  const value = (index: number) => {
    const arg = args[index];
    if (arg === undefined) throw new SyntaxError(`${name} needs argument ${index + 1}`);
    return unblank(evaluateNode(arg, cells));
  };
  const numbers = () => args.map((_, index) => toNumber(value(index)));
  switch (name) {
    case 'IF': {
      const chosen = truthy(value(0)) ? value(1) : args.length > 2 ? value(2) : false;
      return chosen === undefined ? BLANK : chosen;
    }
    case 'AND': return args.every((_, index) => truthy(value(index)));
    case 'OR': return args.some((_, index) => truthy(value(index)));
    case 'NOT': return !truthy(value(0));
    case 'ISNUMBER': return typeof value(0) === 'number';
    case 'TRIM': {
      const v = value(0);
      return v === undefined ? '' : String(v).trim().replace(/ +/gu, ' ');
    }
    case 'ROUND': return round(toNumber(value(0)), toNumber(value(1)));
    case 'ABS': return Math.abs(toNumber(value(0)));
    case 'MIN': return Math.min(...numbers());
    case 'MAX': return Math.max(...numbers());
    case 'POWER': return toNumber(value(0)) ** toNumber(value(1));
    default: throw new SyntaxError(`#NAME? ${name}`);
  }
}

function evaluateNode(node: Node, cells: Cells): FormulaValue {
  switch (node.kind) {
    case 'literal': return node.value;
    case 'ref': {
      const cell = cells[node.name];
      // A blank cell read on its own: ISNUMBER gives FALSE, TRIM gives "". Represent it as "" outside arithmetic.
      return cell === undefined ? BLANK : cell;
    }
    case 'call': return call(node.name, node.args, cells);
    case 'unary': return -toNumber(evaluateNode(node.operand, cells));
    case 'binary': {
      const left = unblank(evaluateNode(node.left, cells));
      const right = unblank(evaluateNode(node.right, cells));
      switch (node.op) {
        case '+': return toNumber(left) + toNumber(right);
        case '-': return toNumber(left) - toNumber(right);
        case '*': return toNumber(left) * toNumber(right);
        case '/': {
          const divisor = toNumber(right);
          if (divisor === 0) throw new RangeError('#DIV/0!');
          return toNumber(left) / divisor;
        }
        default: return compare(node.op, left, right);
      }
    }
  }
}

/** A formula (without '=') parsed once, to evaluate over many sets of cells. A bare blank reference gives 0. */
export function compileFormula(formula: string): (cells: Cells) => FormulaValue {
  const tree = parseFormula(formula);
  return (cells) => {
    const result = evaluateNode(tree, cells);
    return result === BLANK ? 0 : result;
  };
}

export function evaluateFormula(formula: string, cells: Cells): FormulaValue {
  return compileFormula(formula)(cells);
}
