import { asStored, SIGNIFICANT_DIGITS } from '../formulas';
import { SUM_DECIMALS } from './numbers';
import type { Condition, Operand, Term } from './statusPlan';

/**
 * Pieces of spreadsheet formulas in the grammar Excel, WPS and LibreOffice share: numbers, "text", A1
 * references, + - * /, comparisons, IF, AND, ISNUMBER, ROUND, TRIM. No leading '='.
 */

/**
 * A number as formula text that an office suite saves unchanged: office suites keep 15 significant digits, so
 * 0.6666666666666666 would come back as 0.666666666666667. A value that is a quotient of small whole numbers is
 * written as one (2/3); any other value as the 15 digits it will be stored with. Exponent as E.
 */
export function exactLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const plain = String(value).toUpperCase();
  if (significantDigits(plain) <= SIGNIFICANT_DIGITS) return plain;
  const fraction = smallFraction(Math.abs(value));
  if (fraction !== null) return `${value < 0 ? '-' : ''}${fraction}`;
  return String(asStored(value)).toUpperCase();
}

/** A number as a formula operand: a negative or a quotient in parentheses (so that a-(-5), never a--5; x/(2/3)). */
export function numberLiteral(value: number): string {
  const text = exactLiteral(value);
  return value < 0 || text.includes('/') ? `(${text})` : text;
}

function significantDigits(text: string): number {
  return text.replace(/E.*$/u, '').replace(/[^\d]/gu, '').replace(/^0+/u, '').length;
}

const LARGEST_DENOMINATOR = 1000;

/** 'p/q' with q ≤ 1000 when p/q is exactly `value` as a double. */
function smallFraction(value: number): string | null {
  for (let q = 2; q <= LARGEST_DENOMINATOR; q++) {
    const p = Math.round(value * q);
    if (p / q === value) return `${p}/${q}`;
  }
  return null;
}

export function textLiteral(text: string): string {
  return `"${text.replace(/"/gu, '""')}"`;
}

/** Each operand as formula text: a cell reference or a number literal. */
export type OperandTexts = Record<Operand, string | null>;

function termText(term: Term, operand: string, first: boolean): string {
  const { coefficient } = term;
  const sign = coefficient < 0 ? '-' : first ? '' : '+';
  const size = Math.abs(coefficient);
  return `${sign}${size === 1 ? operand : `${numberLiteral(size)}*${operand}`}`;
}

export function conditionText(condition: Condition, operands: OperandTexts): string {
  if (condition.kind === 'all') return `AND(${condition.of.map((part) => conditionText(part, operands)).join(',')})`;
  const sum = condition.terms
    .map((term, index) => {
      const operand = operands[term.operand];
      if (operand === null) throw new Error(`operand ${term.operand} has no cell`);
      return termText(term, operand, index === 0);
    })
    .join('');
  const left = condition.terms.length > 1 ? `ROUND(${sum},${SUM_DECIMALS})` : sum;
  return `${left}${condition.op}${numberLiteral(condition.bound)}`;
}

/** IF(test, then, otherwise). */
export function ifText(test: string, then: string, otherwise: string): string {
  return `IF(${test},${then},${otherwise})`;
}
