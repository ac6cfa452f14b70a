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
  const at = rowId.indexOf('#');
  const base = at === -1 ? rowId : rowId.slice(0, at);
  const suffix = at === -1 ? '' : rowId.slice(at);
  return concepts.filter((concept) => concept.splitFrom !== undefined && conceptRowId(concept.splitFrom) === base)
    .map((concept) => conceptRowId(concept.id) + suffix);
}
