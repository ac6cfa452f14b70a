import fs from 'node:fs';
import path from 'node:path';
import { lintCatalog, loadConceptsFile, loadPlanFile, type Catalog, type CatalogProblem, type Concept, type NamedPlan } from '../core/catalog';
import { CATALOG_DIR } from './paths';

export interface CatalogLoad {
  catalog: Catalog;
  problems: CatalogProblem[];
  files: string[];
}

const CATALOG_FILE = /\.(ya?ml|json)$/u;
const isConceptsFile = (file: string) => path.basename(file).startsWith('concepts') && !file.endsWith('.schema.json');
const isSchemaFile = (file: string) => file.endsWith('.schema.json') || path.basename(file) === 'schema.json';

/** The catalog files of a directory: plan files and concepts files, schemas left out. */
export function catalogFilesIn(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => CATALOG_FILE.test(name) && !isSchemaFile(name))
    .sort()
    .map((name) => path.join(dir, name));
}

function display(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/**
 * Loads plan and concept files (default: the package's catalog/) and lints them together. Files with
 * problems are left out of the catalog; every problem is reported.
 */
export function loadCatalogFiles(files: string[] = catalogFilesIn(CATALOG_DIR)): CatalogLoad {
  const problems: CatalogProblem[] = [];
  const plans: NamedPlan[] = [];
  const concepts: Concept[] = [];
  const conceptFiles: string[] = [];
  for (const file of files) {
    const name = display(file);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      problems.push({ file: name, path: '', code: 'catalog.syntax', detail: (error as Error).message });
      continue;
    }
    if (isConceptsFile(file)) {
      conceptFiles.push(name);
      const result = loadConceptsFile(name, text);
      problems.push(...result.problems);
      concepts.push(...(result.concepts ?? []));
    } else {
      const result = loadPlanFile(name, text);
      problems.push(...result.problems);
      if (result.catalog) plans.push({ file: name, catalog: result.catalog });
    }
  }
  const seen = new Set<string>();
  for (const concept of concepts) {
    if (seen.has(concept.id)) problems.push({ file: conceptFiles.join(', '), path: '/concepts', code: 'catalog.duplicate_id', detail: concept.id });
    seen.add(concept.id);
  }
  if (conceptFiles.length > 0) problems.push(...lintCatalog(plans, concepts, conceptFiles.join(', ')));
  return { catalog: { plans: plans.map((p) => p.catalog), concepts }, problems, files: files.map(display) };
}

/** The given files, plus the package's concepts files when none is among them (plans need their concepts). */
export function withDefaultConcepts(files: string[]): string[] {
  if (files.some(isConceptsFile)) return files;
  return [...catalogFilesIn(CATALOG_DIR).filter(isConceptsFile), ...files];
}

export function formatProblem(problem: CatalogProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}: ${problem.path || '/'}: ${problem.code}: ${problem.detail}`;
}
