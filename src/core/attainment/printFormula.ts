import { SUM_DECIMALS } from './numbers';
import type { Condition, Operand, Term } from './statusPlan';

/**
 * Pieces of spreadsheet formulas in the grammar Excel, WPS and LibreOffice share: numbers, "text", A1
 * references, + - * /, comparisons, IF, AND, ISNUMBER, ROUND, TRIM. No leading '='.
 */

/** A number as a formula literal: exponent as E, a negative in parentheses (so that a-(-5), never a--5). */
export function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const text = String(value).toUpperCase();
  return value < 0 ? `(${text})` : text;
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
