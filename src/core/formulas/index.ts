export { functionName, tokenizeFormula, type FormulaToken } from './tokenize';
export { slideFormula } from './slide';
export { formulaDangers, namesAnotherFile, type FormulaDanger } from './dangerous';
