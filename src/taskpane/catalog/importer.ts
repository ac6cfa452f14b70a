/**
 * The 导入 tab's engine: recognise a pasted indicator table, and write what was recognised as catalog files (the
 * plan, and the concepts of indicators that match none of the catalog's). Loaded with the catalog's chunk: it
 * needs the same YAML library.
 */
import type { CatalogText } from '../../core/catalog';
import { htmlTables, importConceptsYaml, importToCatalogYaml, recogniseIndicatorTable, tableWithSurroundings, type ImportInput, type ImportPlan, type ImportResult } from '../../core/import';

export interface Importer {
  recognise(input: ImportInput): ImportResult;
  /** The first table of clipboard HTML with its caption and notes, cells as merged cells cover them; null without a table. */
  htmlCells(html: string): string[][] | null;
  /** The plan file and, when some indicators match no concept, a concepts file beside it. */
  catalogFiles(result: ImportResult, plan: ImportPlan): CatalogText[];
}

export const importer: Importer = {
  recognise: recogniseIndicatorTable,
  htmlCells(html) {
    const [table] = htmlTables(html);
    return table === undefined ? null : tableWithSurroundings(table);
  },
  catalogFiles(result, plan) {
    const files: CatalogText[] = [{ file: `${plan.id}.yaml`, text: importToCatalogYaml(result, plan) }];
    if (result.indicators.some((indicator) => indicator.concept === undefined)) {
      files.push({ file: `concepts-${plan.id}.yaml`, text: importConceptsYaml(result, plan) });
    }
    return files;
  },
};
