/**
 * Formula text, read without evaluating it: one tokenizer (`tokenize.ts`) and what is built on it — what leaves
 * the workbook (`dangerous.ts`), a shared formula spelled out (`slide.ts`), a formula as a comparison key
 * (`comparableFormula.ts`), plain constant arithmetic (`constantValue.ts`), a logical or error constant written as a formula (`constantLiteral.ts`), numbers as office suites store them.
 */
export { tokenizeFormula, type FormulaToken } from './tokenize';
export { slideFormula } from './slide';
export { formulaDangers, type FormulaDanger } from './dangerous';
export { comparableFormula } from './comparableFormula';
export { constantValue } from './constantValue';
export { constantLiteral, type ConstantLiteral } from './constantLiteral';
export { asStored, sameStoredNumber, SIGNIFICANT_DIGITS } from './numberKey';
