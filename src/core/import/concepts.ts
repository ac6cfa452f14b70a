import { unitFitsConcept, type Concept } from '../catalog';
import { labelOf } from './text';

/**
 * Links an indicator to the concept whose name is its name. Spaces and full-width forms do not count (a paste
 * keeps the document's spacing: 全社会 R&D经费支出占 GDP比重); any other difference does, and the unit must fit
 * the concept's as the catalog lint requires. Near names are not linked: a wrong link merges two quantities.
 */
export function conceptMatcher(concepts: readonly Concept[]): (name: string, unit: string) => string | undefined {
  const byName = new Map<string, Concept[]>();
  for (const concept of concepts) {
    const key = labelOf(concept.name);
    byName.set(key, [...(byName.get(key) ?? []), concept]);
  }
  return (name, unit) => byName.get(labelOf(name))?.find((concept) => unitFitsConcept(unit, concept.unit))?.id;
}
