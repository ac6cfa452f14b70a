export { readEnteredNumber, type EnteredNumber, type NotANumber, type NotANumberReason } from './readEnteredNumber';
export { numberOf, readEnteredValue, type EnteredValue, type ValueShape } from './readEnteredValue';
export { readAnswer } from './answers';
export { isPercentFormat } from './numberFormat';
export { cellText } from './cellText';
