/** Misuse of importToCatalogYaml: the caller did not say what the catalog file needs. User data never throws. */
export type ImportCatalogErrorCode = 'import.bad_plan_id' | 'import.plan_incomplete' | 'import.period_unknown' | 'import.nothing_to_write';

/** Which of the plan's details a catalog file lacks (import.plan_incomplete). */
export type MissingPlanDetail = 'title' | 'region' | 'level';

/**
 * `detail` is data, never wording: the plan id refused (bad_plan_id), the detail missing (plan_incomplete: a
 * MissingPlanDetail), '' otherwise. The pane and the command line word the code from the locale tables.
 */
export class ImportCatalogError extends Error {
  constructor(readonly code: ImportCatalogErrorCode, readonly detail: string = '') {
    super(`${code}: ${detail}`);
    this.name = 'ImportCatalogError';
  }
}
