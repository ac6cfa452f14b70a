export type { NotationError, NotationErrorReason, NotationKind, NotationResult, ParsedNotation } from './types';
export { parseNotation } from './parseNotation';
export { normalizeCellText } from './normalize';
