export type {
  ApproxNotation, BlankNotation, ExactNotation, IncrementCumulativeNotation, MaxNotation, MinNotation, NotationError,
  NotationErrorReason, NotationKind, NotationResult, ParsedNotation, QualitativeNotation, RangeNotation,
  RelativeNotation, SingleNumberNotation,
} from './types';
export { parseNotation } from './parseNotation';
export { parseBoundPair } from './boundPair';
export { normalizeCellText } from './normalize';
export { flatNumbers, numbersOf } from './notationNumbers';
export type { FlatNotationNumbers } from './notationNumbers';
