import { Validator } from '@cfworker/json-schema';
import conceptsSchema from '../../../catalog/concepts.schema.json';
import planSchema from '../../../catalog/schema.json';

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

export const validatePlanDocument = validatorFor(planSchema);
export const validateConceptsDocument = validatorFor(conceptsSchema);
