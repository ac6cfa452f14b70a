import { compact } from '../util/compact';
import { isConceptsFile, type SchemaViolation } from './schemaValidation';
import type { CatalogProblem, Concept } from './types';
import { parseYamlOrJson, syntaxReason } from './yamlDocument';

export interface ConceptsLoadResult {
  concepts?: Concept[];
  problems: CatalogProblem[];
}

/** Reads concepts.yaml (or any file of the same shape). */
export function loadConceptsFile(file: string, text: string): ConceptsLoadResult {
  const doc = parseYamlOrJson(text);
  if (doc.syntaxErrors.length > 0) {
    return { problems: doc.syntaxErrors.map((error) => compact({ file, path: '', line: error.line, code: 'catalog.syntax' as const, detail: error.message, reason: syntaxReason(error) })) };
  }
  const violations: SchemaViolation[] = [];
  if (!isConceptsFile(doc.data, violations)) {
    return {
      problems: violations.map((violation) =>
        compact({ file, path: violation.path, line: doc.lineOf(violation.path), code: 'catalog.schema' as const, detail: violation.detail, reason: violation.reason }),
      ),
    };
  }
  const data = doc.data;
  const problems: CatalogProblem[] = [];
  const seen = new Set<string>();
  data.concepts.forEach((concept, index) => {
    const path = `/concepts/${index}/id`;
    if (seen.has(concept.id)) problems.push(compact({ file, path, line: doc.lineOf(path), code: 'catalog.duplicate_id' as const, detail: concept.id, reason: { code: 'catalog.reason.duplicate_id' as const, params: { id: concept.id } } }));
    seen.add(concept.id);
  });
  if (problems.length > 0) return { problems };
  return { concepts: data.concepts.map((c) => compact({ id: c.id, name: c.name, nameEn: c.name_en, unit: c.unit, note: c.note, entity: c.entity, splitFrom: c.split_from })), problems: [] };
}
