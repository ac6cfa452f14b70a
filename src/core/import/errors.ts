/** Misuse of importToCatalogYaml: the caller did not say what the catalog file needs. User data never throws. */
export type ImportCatalogErrorCode = 'import.bad_plan_id' | 'import.plan_incomplete' | 'import.period_unknown' | 'import.nothing_to_write';

export class ImportCatalogError extends Error {
  constructor(readonly code: ImportCatalogErrorCode, readonly detail: string) {
    super(`${code}: ${detail}`);
    this.name = 'ImportCatalogError';
  }
}
