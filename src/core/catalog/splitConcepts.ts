/**
 * A concept split in two (`split_from`, decision 0278): returns of a merged sheet made before the split name the row
 * `concept:<old id>`; under the catalog as it is, that row is the row of a concept split from it.
 */
import { conceptRowId } from '../form';
import type { Concept } from './types';

/**
 * The row ids a merged sheet's row id (or a row under it: `#companion`, `#numerator`…) of a concept since split stands
 * for now: the same row of each concept split from it. Empty for any other id.
 */
export function rowIdsAfterSplit(rowId: string, concepts: readonly Concept[]): string[] {
  const { base, suffix } = baseAndSuffix(rowId);
  return concepts.filter((concept) => concept.splitFrom !== undefined && conceptRowId(concept.splitFrom) === base)
    .map((concept) => conceptRowId(concept.id) + suffix);
}

/** The row id a merged sheet made before the split gave the row `rowId` (of a concept split from another); else undefined. */
export function rowIdBeforeSplit(rowId: string, concepts: readonly Concept[]): string | undefined {
  const { base, suffix } = baseAndSuffix(rowId);
  const from = concepts.find((concept) => conceptRowId(concept.id) === base)?.splitFrom;
  return from === undefined ? undefined : conceptRowId(from) + suffix;
}

function baseAndSuffix(rowId: string): { base: string; suffix: string } {
  const at = rowId.indexOf('#');
  return at === -1 ? { base: rowId, suffix: '' } : { base: rowId.slice(0, at), suffix: rowId.slice(at) };
}
