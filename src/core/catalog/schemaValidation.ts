import { Validator } from '@cfworker/json-schema';
import conceptsSchema from '../../../catalog/concepts.schema.json';
import planSchema from '../../../catalog/schema.json';
import type { ConceptsFile, PlanFile } from './schemaTypes';

export interface SchemaViolation {
  /** JSON pointer of the offending value. */
  path: string;
  detail: string;
}

/** Keywords that only report that something below them failed. */
const WRAPPERS = new Set(['properties', 'items', 'prefixItems', '$ref', 'allOf', 'additionalItems']);

function validatorFor(schema: object): (data: unknown) => SchemaViolation[] {
  // The validator interprets the schema; it generates no code, so it runs under a strict CSP.
  const validator = new Validator(schema as never, '2020-12', false);
  return (data) => {
    const result = validator.validate(data);
    if (result.valid) return [];
    const seen = new Set<string>();
    const violations: SchemaViolation[] = [];
    for (const error of result.errors) {
      if (WRAPPERS.has(error.keyword)) continue;
      const path = error.instanceLocation.replace(/^#/u, '');
      const key = `${path} ${error.error}`;
      if (seen.has(key)) continue;
      seen.add(key);
      violations.push({ path, detail: error.error });
    }
    return violations;
  };
}

const validatePlanDocument = validatorFor(planSchema);
const validateConceptsDocument = validatorFor(conceptsSchema);

/**
 * True when the document passes catalog/schema.json, whose generated type PlanFile is (scripts/catalog-types.js);
 * otherwise false, with what is wrong added to `violations`.
 */
export function isPlanFile(data: unknown, violations: SchemaViolation[]): data is PlanFile {
  violations.push(...validatePlanDocument(data));
  return violations.length === 0;
}

/** The same for catalog/concepts.schema.json and ConceptsFile. */
export function isConceptsFile(data: unknown, violations: SchemaViolation[]): data is ConceptsFile {
  violations.push(...validateConceptsDocument(data));
  return violations.length === 0;
}
