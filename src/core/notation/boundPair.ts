import { parseNotation } from './parseNotation';
import type { MaxNotation, MinNotation } from './types';

const PAIR_SEPARATOR = /[/／]/u;

/**
 * Two bounds printed in one cell, one for each of two quantities the row names (≤0.7/≤1.8, ≥95/≥90): both
 * read, in the printed order. Null for anything else, including one value and its running total (75/1280),
 * which the grammar itself reads.
 */
export function parseBoundPair(raw: string): [MinNotation | MaxNotation, MinNotation | MaxNotation] | null {
  const sides = raw.split(PAIR_SEPARATOR);
  if (sides.length !== 2) return null;
  const read = sides.map((side) => parseNotation(side.trim()));
  const bounds: Array<MinNotation | MaxNotation> = [];
  for (const result of read) {
    if (!result.ok || (result.value.kind !== 'min' && result.value.kind !== 'max')) return null;
    bounds.push(result.value);
  }
  const [first, second] = bounds;
  return first === undefined || second === undefined ? null : [first, second];
}
