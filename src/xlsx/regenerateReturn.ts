/**
 * A filled return regenerated under the current catalog: the reporting sheets are laid out anew for the
 * plans, region and year their metadata names, and everything typed — actuals (with the number formats that
 * give them meaning), 说明, the foot of the form — goes to the row with the same id (carriedLayout). What has
 * no place on the new sheets (an indicator the catalog dropped, a year no longer shown, a row without id) is
 * handed back, never dropped silently. Booleans and dates, which the layout carries as text, are put back as typed.
 */
import type { LoadedCatalog } from '../core/catalog';
import { carriedLayout, type CarriedLayout, type NotCarriedEntry, type RegenerateOptions } from '../core/regenerate';
import type { ReturnMetadata } from '../core/returns';
import { DEFAULT_LIMITS, fileProblem, returnProblem, ReturnFileError } from './fileProblem';
import { loadWorkbook } from './loadWorkbook';
import { guardWorkbookBytes, readReturnSheets } from './readReturnWorkbook';
import { restoreTypedValues, typedValuesOf } from './regenerate/typedValues';
import { renderWorkbook } from './renderWorkbook';

export type { NotCarriedEntry, RegenerateOptions } from '../core/regenerate';

export interface RegeneratedReturn {
  bytes: Uint8Array;
  /** Values placed on the new sheets: actuals, 说明 and the foot's entries. */
  carried: number;
  /** The same, by kind. */
  carriedByField: CarriedLayout['carriedByField'];
  /** What the old return's metadata said: its plans, region, year and the catalog version it was made under. */
  previous: ReturnMetadata[];
  notCarried: NotCarriedEntry[];
  /** Sheets of the old return not regenerated: a copy of a regenerated sheet, or a sheet without metadata. */
  skippedSheets: string[];
}

/**
 * Regenerates `bytes` under `catalog`. Throws ReturnFileError when the file is unreadable, holds no sheet with
 * metadata, or names a plan the catalog does not hold.
 */
export async function regenerateReturn(bytes: Uint8Array, catalog: LoadedCatalog, options: RegenerateOptions = {}): Promise<RegeneratedReturn> {
  const problem = await guardWorkbookBytes(bytes, DEFAULT_LIMITS);
  if (problem !== null) throw new ReturnFileError(problem);
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) throw new ReturnFileError(fileProblem('file.corrupt', `ExcelJS: ${loaded.detail}`));
  const sheets = readReturnSheets(loaded.workbook);
  if (sheets.length === 0) throw new ReturnFileError(fileProblem('file.no_reporting_sheet', 'no reporting sheet'));
  const carry = carriedLayout(sheets, catalog, options);
  if (!carry.ok) throw new ReturnFileError(returnProblem(carry.problem.code, carry.problem.detail, carry.problem.params));
  const { layout } = carry;
  const workbook = await renderWorkbook({ sheets: layout.sheets, metadata: layout.metadata });
  for (const { layout: sheetLayout, source } of layout.carriedFrom) {
    const sheet = workbook.getWorksheet(sheetLayout.name);
    if (sheet !== undefined) restoreTypedValues(sheet, typedValuesOf(sheetLayout, source));
  }
  return {
    bytes: new Uint8Array(await workbook.xlsx.writeBuffer()), carried: layout.carried, carriedByField: layout.carriedByField,
    previous: layout.previous, notCarried: layout.notCarried, skippedSheets: layout.skippedSheets,
  };
}
