export { readEnteredNumber, type EnteredNumber, type NotANumber, type NotANumberReason } from './readEnteredNumber';
export { numberOf, readEnteredValue, takesAnswer, type EnteredValue, type ValueShape } from './readEnteredValue';
export { readAnswer } from './answers';
export { isPercentFormat } from './numberFormat';
export { cellText } from './cellText';
export { explanationQuality, MAX_EXPLANATION_CHARS, MIN_MEANINGFUL_CHARS, type ExplanationQuality } from './explanationText';
