/**
 * The 导入 tab's engine: recognise a pasted indicator table, and write what was recognised as catalog files (the
 * plan, and the concepts of indicators that match none of the catalog's). Loaded with the catalog's chunk: it
 * needs the same YAML library.
 */
import type { CatalogText } from '../../core/catalog';
import { importConceptsYaml, importToCatalogYaml, recogniseIndicatorTable, type ImportInput, type ImportPlan, type ImportResult } from '../../core/import';

export interface Importer {
  recognise(input: ImportInput): ImportResult;
  /** The plan file and, when some indicators match no concept, a concepts file beside it. */
  catalogFiles(result: ImportResult, plan: ImportPlan): CatalogText[];
}

export const importer: Importer = {
  recognise: recogniseIndicatorTable,
  catalogFiles(result, plan) {
    const files: CatalogText[] = [{ file: `${plan.id}.yaml`, text: importToCatalogYaml(result, plan) }];
    if (result.indicators.some((indicator) => indicator.concept === undefined)) {
      files.push({ file: `concepts-${plan.id}.yaml`, text: importConceptsYaml(result, plan) });
    }
    return files;
  },
};
