import type { Coded } from '../i18n';
import { findUnit } from '../units';
import type { CatalogProblem, Concept, PlanCatalog } from './types';

export interface NamedPlan {
  file: string;
  catalog: PlanCatalog;
  /** The line of a JSON pointer in the file, when the file's text is at hand. */
  lineOf?: (pointer: string) => number | undefined;
}

/** A problem of a plan file, with its line where the file can say. */
function planProblem(plan: NamedPlan, path: string, code: CatalogProblem['code'], detail: string, reason: Coded): CatalogProblem {
  const line = plan.lineOf?.(path);
  return { file: plan.file, path, ...(line === undefined ? {} : { line }), code, detail, reason };
}

/**
 * A unit fits a concept's unit when both convert into each other, when both are counts (plans print 项 and 件
 * for the same patents), or when the indicator prints the per-head form of the concept's count (件/万人 for
 * "每万人…拥有量（件）").
 */
export function unitFitsConcept(unit: string, conceptUnit: string): boolean {
  if (unit === '' || unit === conceptUnit) return true;
  const a = findUnit(unit);
  const b = findUnit(conceptUnit);
  if (a === undefined || b === undefined) return false;
  if (a.dimension === b.dimension || (a.wholeInBase && b.wholeInBase)) return true;
  const perHead = (x: string, y: string) => x.startsWith(`${y}/`);
  return perHead(unit, conceptUnit) || perHead(conceptUnit, unit);
}

/** Problems that only show across files: ids used twice, concepts unknown or of another unit. */
export function lintCatalog(plans: NamedPlan[], concepts: Concept[], conceptsFile: string): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const conceptById = new Map(concepts.map((concept) => [concept.id, concept]));
  const planIds = new Map<string, string>();
  const indicatorIds = new Map<string, string>();
  for (const named of plans) {
    const { file, catalog } = named;
    const other = planIds.get(catalog.plan.id);
    if (other !== undefined) problems.push(planProblem(named, '/plan/id', 'catalog.duplicate_id', `${catalog.plan.id} (also in ${other})`, { code: 'catalog.reason.duplicate_id_in', params: { id: catalog.plan.id, other } }));
    planIds.set(catalog.plan.id, file);
    catalog.indicators.forEach((indicator, index) => {
      const at = `/indicators/${index}`;
      const elsewhere = indicatorIds.get(indicator.id);
      if (elsewhere !== undefined && elsewhere !== file) problems.push(planProblem(named, `${at}/id`, 'catalog.duplicate_id', `${indicator.id} (also in ${elsewhere})`, { code: 'catalog.reason.duplicate_id_in', params: { id: indicator.id, other: elsewhere } }));
      indicatorIds.set(indicator.id, file);
      const concept = conceptById.get(indicator.concept);
      if (concept === undefined) {
        problems.push(planProblem(named, `${at}/concept`, 'catalog.unknown_concept', `${indicator.concept} is not in ${conceptsFile}`, { code: 'catalog.reason.unknown_concept', params: { concept: indicator.concept, file: conceptsFile } }));
      } else if (!unitFitsConcept(indicator.unit, concept.unit)) {
        problems.push(planProblem(named, `${at}/unit`, 'catalog.concept_unit_mismatch', `${indicator.unit} vs ${concept.id} in ${concept.unit}`, { code: 'catalog.reason.concept_unit', params: { unit: indicator.unit, concept: concept.id, conceptUnit: concept.unit } }));
      }
    });
  }
  return problems;
}
