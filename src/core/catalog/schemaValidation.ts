import { Validator } from '@cfworker/json-schema';
import conceptsSchema from '../../../catalog/concepts.schema.json';
import planSchema from '../../../catalog/schema.json';
import type { ConceptsFile, PlanFile } from './schemaTypes';
import type { Coded } from '../i18n';

export interface SchemaViolation {
  /** JSON pointer of the offending value. */
  path: string;
  /** The validator's wording (English), for logs. */
  detail: string;
  reason: Coded;
}

/** Keywords that only report that something below them failed ('false': a field additionalProperties refused, said once by it). */
const WRAPPERS = new Set(['properties', 'items', 'prefixItems', '$ref', 'allOf', 'additionalItems', 'false']);

/** The quoted names of a validator message ('Instance does not have required property "a".' → ['a']). */
const quoted = (text: string): string[] => [...text.matchAll(/"([^"]*)"/gu)].map((match) => match[1] ?? '');

/**
 * A violation as a message of the tables, from the keyword that failed and what the validator's wording quotes (the
 * names, types, allowed values and limits are data); a keyword without its own message names the keyword.
 */
function schemaReason(keyword: string, error: string): Coded {
  const [first = '', second = ''] = quoted(error);
  switch (keyword) {
    case 'required':
      return { code: 'catalog.reason.schema.required', params: { field: first } };
    case 'additionalProperties':
      return { code: 'catalog.reason.schema.unknown_field', params: { field: first } };
    case 'type':
      return { code: 'catalog.reason.schema.type', params: { actual: first, expected: second } };
    case 'enum':
      return { code: 'catalog.reason.schema.enum', params: { allowed: /\[(.*)\]/u.exec(error)?.[1] ?? '' } };
    case 'const':
      return { code: 'catalog.reason.schema.enum', params: { allowed: first } };
    case 'pattern':
      return { code: 'catalog.reason.schema.pattern', params: {} };
    case 'minLength':
      return { code: 'catalog.reason.schema.empty', params: {} };
    case 'minItems':
      return { code: 'catalog.reason.schema.too_few', params: { limit: /< (\d+)/u.exec(error)?.[1] ?? '' } };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      {
        const [value = '', limit = ''] = [...error.matchAll(/-?\d+(?:\.\d+)?/gu)].map((match) => match[0]);
        return { code: 'catalog.reason.schema.range', params: { value, limit } };
      }
    default:
      return { code: 'catalog.reason.schema.other', params: { keyword } };
  }
}

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
      const at = error.instanceLocation.replace(/^#/u, '');
      // A field the format lacks is pointed at itself (its line), not at the object holding it.
      const unknownField = error.keyword === 'additionalProperties' ? quoted(error.error)[0] : undefined;
      const path = unknownField === undefined ? at : `${at}/${unknownField.replace(/~/gu, '~0').replace(/\//gu, '~1')}`;
      const key = `${path} ${error.error}`;
      if (seen.has(key)) continue;
      seen.add(key);
      violations.push({ path, detail: error.error, reason: schemaReason(error.keyword, error.error) });
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
