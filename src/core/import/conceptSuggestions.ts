import { unitFitsConcept, type Concept } from '../catalog';
import { simplifiedForms } from '../util/simplifiedForms';
import { labelOf } from './text';

/**
 * A concept offered for an indicator whose name is not exactly a concept's: shown with its score for the user
 * to confirm, never linked by itself. Names are compared after the spellings plans vary in are made one
 * (每万人口/每万人, 研究与试验发展/R&D, 规上/规模以上, full/half width, bracket shapes, spaces); a score of 1 means
 * the normalised names are equal, below that it is the share of character pairs the names have in common.
 */
export interface ConceptSuggestion {
  concept: string;
  /** The concept's name as the catalog holds it. */
  name: string;
  /** 0–1, two decimals. */
  score: number;
}

/** Below this score nothing is suggested: names sharing less than this are different quantities more often than not. */
export const SUGGESTION_FLOOR = 0.8;

const SPELLINGS: ReadonlyArray<[RegExp, string]> = [
  [/每万人口/gu, '每万人'],
  [/每千人口/gu, '每千人'],
  [/每十万人口/gu, '每十万人'],
  [/研究与试验发展|研究与实验发展|研发/gu, 'R&D'],
  [/R&D[（(]R&D[）)]/giu, 'R&D'],
  [/规模以上/gu, '规上'],
  [/国内生产总值|地区生产总值/gu, 'GDP'],
  [/[（【〔［[{]/gu, '('],
  [/[）】〕］\]}]/gu, ')'],
  [/[“”‘’"'、·•]/gu, ''],
];

/** The name with the spellings plans vary in made one; a unit bracket at the end is dropped. */
function normalisedConceptName(name: string): string {
  let text = simplifiedForms(labelOf(name));
  for (const [pattern, replacement] of SPELLINGS) text = text.replace(pattern, replacement);
  return text.replace(/\([^()]*\)$/u, '').toUpperCase();
}

function pairs(text: string): Map<string, number> {
  const chars = [...text];
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const pair = `${chars[i] ?? ''}${chars[i + 1] ?? ''}`;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Dice coefficient over character pairs of the normalised names: 1 for equal names. */
function conceptNameScore(a: string, b: string): number {
  const left = normalisedConceptName(a);
  const right = normalisedConceptName(b);
  if (left === right) return left === '' ? 0 : 1;
  const leftPairs = pairs(left);
  const rightPairs = pairs(right);
  let shared = 0;
  let total = 0;
  for (const count of leftPairs.values()) total += count;
  for (const count of rightPairs.values()) total += count;
  for (const [pair, count] of leftPairs) shared += Math.min(count, rightPairs.get(pair) ?? 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

/** The best-scoring concept whose unit fits, when its score reaches SUGGESTION_FLOOR; ties go to the catalog's order. */
export function conceptSuggester(concepts: readonly Concept[]): (name: string, unit: string) => ConceptSuggestion | undefined {
  return (name, unit) => {
    let best: ConceptSuggestion | undefined;
    for (const concept of concepts) {
      if (!unitFitsConcept(unit, concept.unit)) continue;
      const score = Math.round(conceptNameScore(name, concept.name) * 100) / 100;
      if (score >= SUGGESTION_FLOOR && (best === undefined || score > best.score)) best = { concept: concept.id, name: concept.name, score };
    }
    return best;
  };
}
