export { tokenizeFormula, type FormulaToken } from './tokenize';
export { comparableFormula } from './comparableFormula';
export { constantValue } from './constantValue';
export { asStored, sameStoredNumber, SIGNIFICANT_DIGITS } from './numberKey';
