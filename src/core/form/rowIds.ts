/**
 * Row ids: the hidden 指标ID column names each row of a reporting sheet, and readers find rows by it, never by
 * position. An indicator's row carries the indicator id; on a sheet that merges plans a row stands for a concept
 * (`concept:<concept id>`); the rows under it that the layout adds carry the row's id plus a suffix: the
 * companion quantity of a relative target (`#companion`) and the parts of a ratio (`#numerator`, `#denominator`).
 */

export const CONCEPT_PREFIX = 'concept:';
export const COMPANION_SUFFIX = '#companion';
export const NUMERATOR_SUFFIX = '#numerator';
export const DENOMINATOR_SUFFIX = '#denominator';

export type RatioPart = 'numerator' | 'denominator';

/** What a row id names. `of` is the id of the row the added row serves. */
export type ParsedRowId =
  | { kind: 'indicator'; indicatorId: string }
  | { kind: 'concept'; concept: string }
  | { kind: 'companion'; of: string }
  | { kind: 'part'; part: RatioPart; of: string };

/** The id of a merged sheet's row for a concept. */
export function conceptRowId(concept: string): string {
  return `${CONCEPT_PREFIX}${concept}`;
}

/** The id of the row where the companion quantity of the row `rowId` is reported. */
export function companionRowId(rowId: string): string {
  return `${rowId}${COMPANION_SUFFIX}`;
}

/** The id of the row holding a part (numerator or denominator) of the ratio reported on `rowId`. */
export function ratioPartRowId(rowId: string, part: RatioPart): string {
  return `${rowId}${part === 'numerator' ? NUMERATOR_SUFFIX : DENOMINATOR_SUFFIX}`;
}

export function isConceptRowId(rowId: string): boolean {
  return rowId.startsWith(CONCEPT_PREFIX);
}

export function isCompanionRowId(rowId: string): boolean {
  return rowId.endsWith(COMPANION_SUFFIX);
}

/** The id before a row id's suffix ('x#companion', 'x#numerator' → 'x'): the row whose indicator reads its values. */
export function rowIdWithoutSuffix(rowId: string): string {
  const suffix = rowId.indexOf('#');
  return suffix === -1 ? rowId : rowId.slice(0, suffix);
}

/** What a row id names; suffixes are read first, so `concept:x#companion` is the companion of `concept:x`. */
export function parseRowId(rowId: string): ParsedRowId {
  if (isCompanionRowId(rowId)) return { kind: 'companion', of: rowId.slice(0, -COMPANION_SUFFIX.length) };
  if (rowId.endsWith(NUMERATOR_SUFFIX)) return { kind: 'part', part: 'numerator', of: rowId.slice(0, -NUMERATOR_SUFFIX.length) };
  if (rowId.endsWith(DENOMINATOR_SUFFIX)) return { kind: 'part', part: 'denominator', of: rowId.slice(0, -DENOMINATOR_SUFFIX.length) };
  if (isConceptRowId(rowId)) return { kind: 'concept', concept: rowId.slice(CONCEPT_PREFIX.length) };
  return { kind: 'indicator', indicatorId: rowId };
}
