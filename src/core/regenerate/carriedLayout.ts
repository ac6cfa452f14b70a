/**
 * The layout half of regenerating a return, with no file in it: the reporting sheets laid out anew for the plans,
 * region and year their metadata names (or a later year), everything typed carried to the row with the same id
 * (core's mergeEnteredValues) with the number formats that give it meaning, and the cover in front when asked;
 * what was typed beside the form or over its printed cells (core/checks' offFormCells) is named as not carried.
 * src/xlsx's regenerateReturn renders it into a file (`template --from`); the task pane renders it through its port
 * (填报: 下一年报表). One carry, two ways out. Pure: no file, no ExcelJS (decision 0211).
 */
import type { LoadedCatalog, PlanCatalog } from '../catalog';
import { coverSheetLayout } from '../documents';
import type { CarriedExplanations } from '../form';
import type { MessageParams } from '../i18n';
import { offFormCells } from '../checks';
import { carryNumberFormats, mergeEnteredValues, reportingWorkbookLayout, type CarriedField, type NotCarriedValue, type ReportingInput, type SheetLayout } from '../layout';
import type { ReturnMetadata, ReturnSheet } from '../returns';
import { carriedExplanationsOf, withCarriedExplanations } from './carriedExplanations';

export interface NotCarriedEntry extends NotCarriedValue {
  /** The sheet of the old return the value was on. */
  sheet: string;
}

/** Regenerating for another year: next year's return made from this year's. */
export interface RegenerateOptions {
  reportingYear?: number;
  /** Put the template's cover (instructions, legend) in front, as a new year's form has it. */
  withCover?: boolean;
  /** On the cover, when there is one: 示例数据 for the demo's returns. */
  banner?: string;
}

export interface CarriedLayout {
  /** The cover (when asked) and the regenerated reporting sheets, in order. */
  sheets: SheetLayout[];
  metadata: SheetLayout;
  /** Values placed on the new sheets: actuals, 说明 and the foot's entries. */
  carried: number;
  /** The same, by kind. */
  carriedByField: Record<CarriedField, number>;
  /** What the old return's metadata said: its plans, region, year and the catalog version it was made under. */
  previous: ReturnMetadata[];
  notCarried: NotCarriedEntry[];
  /** Sheets of the old return not regenerated: a copy of a regenerated sheet, or a sheet without metadata. */
  skippedSheets: string[];
  /** Per regenerated sheet, the old sheet it was carried from (for what the layout model cannot say, e.g. booleans). */
  carriedFrom: Array<{ layout: SheetLayout; source: ReturnSheet }>;
}

/** Why a return cannot be laid out anew: a code of the tables and its params, and a technical detail for logs. */
export interface CarryRefusal {
  code: 'regenerate.metadata_missing' | 'regenerate.unknown_plan';
  params: MessageParams;
  detail: string;
}

export type CarriedLayoutResult = { ok: true; layout: CarriedLayout } | { ok: false; problem: CarryRefusal };

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

function inputOf({ sheet, metadata }: Source, catalog: LoadedCatalog, options: RegenerateOptions): ReportingInput | CarryRefusal {
  const plans = metadata.planIds.map((id) => catalog.catalog.plans.find((plan) => plan.plan.id === id));
  const unknown = metadata.planIds.find((_, i) => plans[i] === undefined);
  if (unknown !== undefined) return { code: 'regenerate.unknown_plan', params: { plan: unknown }, detail: `${sheet.sheet}: plan ${unknown}` };
  return {
    plans: plans as PlanCatalog[],
    region: metadata.region,
    reportingYear: options.reportingYear ?? metadata.reportingYear,
    merge: metadata.merged,
    catalogVersion: catalog.version,
    sheetName: metadata.sheet,
  };
}

/**
 * Lays out `sheets` (a return as read) anew under `catalog`; refused, with the reason, when no sheet has metadata or
 * one names a plan the catalog does not hold.
 */
export function carriedLayout(sheets: readonly ReturnSheet[], catalog: LoadedCatalog, options: RegenerateOptions = {}): CarriedLayoutResult {
  const { sources, skipped } = sourcesOf(sheets);
  if (sources.length === 0) {
    const sheet = sheets[0]?.sheet ?? '';
    return { ok: false, problem: { code: 'regenerate.metadata_missing', params: { sheet }, detail: `${sheet}: no metadata` } };
  }
  const read = sources.map((source) => inputOf(source, catalog, options));
  const refused = read.find((input): input is CarryRefusal => 'code' in input);
  if (refused !== undefined) return { ok: false, problem: refused };
  const inputs = read.filter((input): input is ReportingInput => !('code' in input));
  const layout = reportingWorkbookLayout(inputs);
  let carried = 0;
  const carriedByField: CarriedLayout['carriedByField'] = { actual: 0, explanation: 0, footer: 0 };
  const notCarried: NotCarriedEntry[] = [];
  const carriedFrom: CarriedLayout['carriedFrom'] = [];
  const regenerated = layout.sheets.map((sheetLayout, i) => {
    const source = sources[i];
    if (source === undefined) return sheetLayout;
    const merged = mergeEnteredValues(sheetLayout, source.sheet, offFormCells(source.sheet, catalog), catalog.catalog.concepts);
    const formatted = carryNumberFormats(merged.layout, source.sheet);
    carried += merged.carried;
    for (const field of ['actual', 'explanation', 'footer'] as const) carriedByField[field] += merged.carriedByField[field];
    notCarried.push(...merged.notCarried.map((value) => ({ ...value, sheet: source.sheet.sheet })));
    carriedFrom.push({ layout: formatted, source: source.sheet });
    return formatted;
  });
  // The 说明 carried are recorded, so that one left unchanged explains nothing about the new year (decision 0243).
  const records = new Map<string, CarriedExplanations>();
  regenerated.forEach((sheetLayout, i) => {
    const source = sources[i];
    const record = source === undefined ? undefined : carriedExplanationsOf(sheetLayout, source.metadata, inputs[i]?.reportingYear ?? source.metadata.reportingYear);
    if (record !== undefined) records.set(sheetLayout.name, record);
  });
  const metadata = withCarriedExplanations(layout.metadata, records);
  const first = inputs[0];
  const cover = options.withCover === true && first !== undefined
    ? [coverSheetLayout({
      plans: [...new Set(inputs.flatMap((input) => input.plans))], region: first.region, reportingYear: first.reportingYear,
      catalogVersion: catalog.version, reportingSheets: regenerated.map((sheet) => sheet.name),
      ...(options.banner === undefined ? {} : { banner: options.banner }),
    })]
    : [];
  return {
    ok: true,
    layout: {
      sheets: [...cover, ...regenerated], metadata, carried, carriedByField,
      previous: sources.map((source) => source.metadata), notCarried, skippedSheets: skipped, carriedFrom,
    },
  };
}
