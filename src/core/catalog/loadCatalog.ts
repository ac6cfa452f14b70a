import { catalogVersion } from './catalogVersion';
import { loadConceptsFile } from './loadConceptsFile';
import { lintCatalog, type NamedPlan } from './lintCatalog';
import { loadPlanFile } from './loadPlanFile';
import type { Catalog, CatalogProblem, Concept } from './types';
import type { CatalogHistory } from './versions';

export interface CatalogText {
  /** File name as shown in problems (e.g. 'catalog/yuecheng-2021-2025.yaml'). */
  file: string;
  text: string;
}

export interface LoadedCatalog {
  catalog: Catalog;
  problems: CatalogProblem[];
  /** A short fingerprint of the catalog's texts, written into every generated sheet. */
  version: string;
  /** The released versions before this one (the package's catalog has it; see versions.ts). */
  history?: CatalogHistory;
}

/** Concept files are named concepts*.yaml; every other file is a plan. */
export function isConceptsFileName(file: string): boolean {
  return /(^|[/\\])concepts[^/\\]*\.(ya?ml|json)$/u.test(file) && !file.endsWith('.schema.json');
}

/**
 * A plan whose id an earlier file already holds is left out (lintCatalog reports it as catalog.duplicate_id): the
 * package's own plans come first, so a file imported later — a catalog kept in a workbook, which a county can edit —
 * can never stand in for one of them, nor sit beside it under the same id.
 */
function firstOfEachId(plans: readonly NamedPlan[]): NamedPlan[] {
  const ids = new Set<string>();
  return plans.filter(({ catalog }) => {
    if (ids.has(catalog.plan.id)) return false;
    ids.add(catalog.plan.id);
    return true;
  });
}

/**
 * Loads plan and concept files from their texts and lints them together. Files with problems are left out of the
 * catalog; every problem is reported. No I/O: the command line reads the files, the task pane bundles them.
 */
export function loadCatalog(files: readonly CatalogText[]): LoadedCatalog {
  const problems: CatalogProblem[] = [];
  const plans: NamedPlan[] = [];
  const concepts: Concept[] = [];
  const conceptFiles: string[] = [];
  for (const { file, text } of files) {
    if (isConceptsFileName(file)) {
      conceptFiles.push(file);
      const result = loadConceptsFile(file, text);
      problems.push(...result.problems);
      concepts.push(...(result.concepts ?? []));
    } else {
      const result = loadPlanFile(file, text);
      problems.push(...result.problems);
      if (result.catalog) plans.push({ file, catalog: result.catalog, ...(result.lineOf === undefined ? {} : { lineOf: result.lineOf }) });
    }
  }
  const seen = new Set<string>();
  for (const concept of concepts) {
    if (seen.has(concept.id)) problems.push({ file: conceptFiles.join(', '), path: '/concepts', code: 'catalog.duplicate_id', detail: concept.id, reason: { code: 'catalog.reason.duplicate_id', params: { id: concept.id } } });
    seen.add(concept.id);
  }
  if (conceptFiles.length > 0) problems.push(...lintCatalog(plans, concepts, conceptFiles.join(', ')));
  return { catalog: { plans: firstOfEachId(plans).map((p) => p.catalog), concepts }, problems, version: catalogVersion(files) };
}
