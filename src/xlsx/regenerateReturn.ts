/**
 * A filled return regenerated under the current catalog: the reporting sheets are laid out anew for the
 * plans, region and year their metadata names, and everything typed — actuals (with the number formats that
 * give them meaning), 说明, the foot of the form — goes to the row with the same id. What has no place on the
 * new sheets (an indicator the catalog dropped, a year no longer shown, a row without id) is handed back,
 * never dropped silently. Booleans and dates, which the layout carries as text, are put back as typed.
 */
import type { LoadedCatalog, PlanCatalog } from '../core/catalog';
import { coverSheetLayout } from '../core/documents';
import { mergeEnteredValues, reportingWorkbookLayout, type NotCarriedValue, type ReportingInput, type SheetLayout } from '../core/layout';
import type { ReturnMetadata, ReturnSheet } from '../core/returns';
import { DEFAULT_LIMITS, fileProblem, returnProblem, ReturnFileError } from './fileProblem';
import { loadWorkbook } from './loadWorkbook';
import { guardWorkbookBytes, readReturnSheets } from './readReturnWorkbook';
import { carryNumberFormats } from './regenerate/numberFormats';
import { restoreTypedValues, typedValuesOf, type TypedValue } from './regenerate/typedValues';
import { renderWorkbook } from './renderWorkbook';

export interface NotCarriedEntry extends NotCarriedValue {
  /** The sheet of the old return the value was on. */
  sheet: string;
}

export interface RegeneratedReturn {
  bytes: Uint8Array;
  /** Values placed on the new sheets: actuals, 说明 and the foot's entries. */
  carried: number;
  /** The same, by kind. */
  carriedByField: Record<NotCarriedValue['field'], number>;
  /** What the old return's metadata said: its plans, region, year and the catalog version it was made under. */
  previous: ReturnMetadata[];
  notCarried: NotCarriedEntry[];
  /** Sheets of the old return not regenerated: a copy of a regenerated sheet, or a sheet without metadata. */
  skippedSheets: string[];
}

interface Source {
  sheet: ReturnSheet;
  metadata: ReturnMetadata;
}

/** One sheet per metadata block: the one that kept its name, else the first found (a copy is skipped). */
function sourcesOf(sheets: readonly ReturnSheet[]): { sources: Source[]; skipped: string[] } {
  const byBlock = new Map<ReturnMetadata, ReturnSheet>();
  for (const sheet of sheets) {
    if (sheet.metadata === null) continue;
    const kept = byBlock.get(sheet.metadata);
    if (kept === undefined || (kept.sheet !== sheet.metadata.sheet && sheet.sheet === sheet.metadata.sheet)) byBlock.set(sheet.metadata, sheet);
  }
  const sources = [...byBlock.entries()].map(([metadata, sheet]) => ({ sheet, metadata }));
  const used = new Set(sources.map((source) => source.sheet));
  return { sources, skipped: sheets.filter((sheet) => !used.has(sheet)).map((sheet) => sheet.sheet) };
}

/** Regenerating for another year: next year's return made from this year's. */
export interface RegenerateOptions {
  reportingYear?: number;
  /** Put the template's cover (instructions, legend) in front, as a new year's form has it. */
  withCover?: boolean;
  /** On the cover, when there is one: 示例数据 for the demo's returns. */
  banner?: string;
}

function inputOf({ sheet, metadata }: Source, catalog: LoadedCatalog, options: RegenerateOptions): ReportingInput {
  const plans = metadata.planIds.map((id) => catalog.catalog.plans.find((plan) => plan.plan.id === id));
  const unknown = metadata.planIds.find((_, i) => plans[i] === undefined);
  if (unknown !== undefined) throw new ReturnFileError(returnProblem('regenerate.unknown_plan', `${sheet.sheet}: plan ${unknown}`, { plan: unknown }));
  return {
    plans: plans as PlanCatalog[],
    region: metadata.region,
    reportingYear: options.reportingYear ?? metadata.reportingYear,
    merge: metadata.merged,
    catalogVersion: catalog.version,
    sheetName: metadata.sheet,
  };
}

/** Actuals, 说明 and the foot (core's mergeEnteredValues), then what the layout model cannot say: formats, types. */
function carryInto(layout: SheetLayout, source: Source): { layout: SheetLayout; carried: number; carriedByField: RegeneratedReturn['carriedByField']; notCarried: NotCarriedEntry[]; typed: TypedValue[] } {
  const merged = mergeEnteredValues(layout, source.sheet);
  const formatted = carryNumberFormats(merged.layout, source.sheet);
  return {
    layout: formatted,
    carried: merged.carried,
    carriedByField: merged.carriedByField,
    notCarried: merged.notCarried.map((value) => ({ ...value, sheet: source.sheet.sheet })),
    typed: typedValuesOf(formatted, source.sheet),
  };
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
  const { sources, skipped } = sourcesOf(sheets);
  if (sources.length === 0) {
    const sheet = sheets[0]?.sheet ?? '';
    throw new ReturnFileError(returnProblem('regenerate.metadata_missing', `${sheet}: no metadata`, { sheet }));
  }

  const inputs = sources.map((source) => inputOf(source, catalog, options));
  const layout = reportingWorkbookLayout(inputs);
  let carried = 0;
  const carriedByField: RegeneratedReturn['carriedByField'] = { actual: 0, explanation: 0, footer: 0 };
  const notCarried: NotCarriedEntry[] = [];
  const typed = new Map<string, TypedValue[]>();
  const regenerated = layout.sheets.map((sheetLayout, i) => {
    const source = sources[i];
    if (source === undefined) return sheetLayout;
    const result = carryInto(sheetLayout, source);
    carried += result.carried;
    for (const field of ['actual', 'explanation', 'footer'] as const) carriedByField[field] += result.carriedByField[field];
    notCarried.push(...result.notCarried);
    typed.set(sheetLayout.name, result.typed);
    return result.layout;
  });
  const first = inputs[0];
  const cover = options.withCover === true && first !== undefined
    ? [coverSheetLayout({
      plans: [...new Set(inputs.flatMap((input) => input.plans))], region: first.region, reportingYear: first.reportingYear,
      catalogVersion: catalog.version, reportingSheets: regenerated.map((sheet) => sheet.name),
      ...(options.banner === undefined ? {} : { banner: options.banner }),
    })]
    : [];
  const workbook = await renderWorkbook({ sheets: [...cover, ...regenerated], metadata: layout.metadata });
  for (const [name, values] of typed) {
    const sheet = workbook.getWorksheet(name);
    if (sheet !== undefined) restoreTypedValues(sheet, values);
  }
  return {
    bytes: new Uint8Array(await workbook.xlsx.writeBuffer()), carried, carriedByField, previous: sources.map((source) => source.metadata), notCarried, skippedSheets: skipped,
  };
}
