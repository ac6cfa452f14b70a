/**
 * A formula that is nothing but a logical or an error constant — `TRUE()`, `FALSE`, `#N/A` — and the value it stands
 * for. LibreOffice saves a TRUE or an error value it holds into .xlsx as such a formula (`<f>TRUE()</f><v>1</v>`,
 * `<f>#DIV/0!</f>`): the same entry as the constant Excel stores, read from the formula itself, never from its cache.
 */
export type ConstantLiteral = { type: 'boolean'; value: boolean } | { type: 'error'; value: string };

const LOGICAL = /^\s*(TRUE|FALSE)\s*(?:\(\s*\))?\s*$/iu;
const ERROR = /^\s*(#NULL!|#DIV\/0!|#VALUE!|#REF!|#NAME\?|#NUM!|#N\/A)\s*$/iu;

export function constantLiteral(formula: string): ConstantLiteral | null {
  const logical = LOGICAL.exec(formula);
  if (logical !== null) return { type: 'boolean', value: logical[1]?.toUpperCase() === 'TRUE' };
  const error = ERROR.exec(formula);
  return error === null ? null : { type: 'error', value: (error[1] ?? '').toUpperCase() };
}
