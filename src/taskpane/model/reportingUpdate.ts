/**
 * What 生成填报表 writes: the template for the chosen plans, region and year (cover, reporting sheets, _meta),
 * with every value and 说明 typed into a reporting sheet of the same name carried over by indicator id
 * (mergeEnteredValues), number formats with them ('3.5%' stays 3.5 %). What finds no place is reported: entries
 * whose row or year is gone, what was typed beside the form or over its printed cells, notes off the entry cells.
 */
import type { LoadedCatalog, PlanCatalog, Region } from '../../core/catalog';
import { offFormCells } from '../../core/checks';
import { carryNumberFormats, mergeEnteredValues, type NotCarriedValue, type SheetLayout } from '../../core/layout';
import { COVER, type CarriedExplanations } from '../../core/form';
import { carriedExplanationsOf, withCarriedExplanations } from '../../core/regenerate';
import { sheetName, templateWorkbookLayout } from '../../core/documents';
import type { ReturnSheet } from '../../core/returns';
import type { SheetsToWrite } from '../ports/workbookPort';

export interface ReportingChoice {
  plans: PlanCatalog[];
  region: Region;
  reportingYear: number;
  merge: boolean;
}

export interface ReportingUpdate {
  request: SheetsToWrite;
  /** Reporting sheets that existed and were updated (their entries carried). */
  updated: string[];
  carried: number;
  notCarried: Array<NotCarriedValue & { sheet: string }>;
  /**
   * A sheet of the same name that is another region's return: updating it would put that region's values on this
   * region's form, so nothing is written (the first such sheet, its region and the chosen one).
   */
  otherRegion: { sheet: string; previous: string; given: string } | null;
}

const lower = (name: string) => name.toLowerCase();

/**
 * The sheets of the chosen plans named as workbooks were before decision 0277, the plan's title cut at 31 characters
 * (嵊州's 116X plan): kept, so that the update writes into them rather than beside them under the shortened name.
 */
function cutNames(plans: readonly PlanCatalog[], existing: readonly ReturnSheet[]): Record<string, string> {
  return Object.fromEntries(plans.flatMap((plan) => {
    const sheet = existing.find((candidate) => candidate.metadata?.merged === false && candidate.metadata.planIds.length === 1
      && candidate.metadata.planIds[0] === plan.plan.id && candidate.sheet === sheetName(plan.plan.title));
    return sheet === undefined ? [] : [[plan.plan.id, sheet.sheet]];
  }));
}

export function reportingUpdate(choice: ReportingChoice, loaded: LoadedCatalog, existing: readonly ReturnSheet[], sheetNames: readonly string[]): ReportingUpdate {
  const layout = templateWorkbookLayout({ ...choice, catalogVersion: loaded.version, keptNames: cutNames(choice.plans, existing) });
  const present = new Set(sheetNames.map(lower));
  const updated: string[] = [];
  let otherRegion: ReportingUpdate['otherRegion'] = null;
  const notCarried: ReportingUpdate['notCarried'] = [];
  let carried = 0;
  const records = new Map<string, CarriedExplanations>();
  const sheets = layout.sheets.map((sheet): SheetLayout => {
    const previous = existing.find((candidate) => lower(candidate.sheet) === lower(sheet.name));
    if (previous === undefined) return sheet;
    if (previous.metadata !== null && previous.metadata.region.code !== choice.region.code) {
      otherRegion ??= { sheet: previous.sheet, previous: previous.metadata.region.name, given: choice.region.name };
    }
    updated.push(previous.sheet);
    const merged = mergeEnteredValues(sheet, previous, offFormCells(previous, loaded), loaded.catalog.concepts);
    carried += merged.carried;
    notCarried.push(...merged.notCarried.map((value) => ({ ...value, sheet: previous.sheet })));
    const kept = carryNumberFormats(merged.layout, previous);
    // As template --from: a 说明 carried into a later year is recorded, and explains nothing about it unchanged (0243).
    const record = previous.metadata === null ? undefined : carriedExplanationsOf(kept, previous.metadata, choice.reportingYear);
    if (record !== undefined) records.set(kept.name, record);
    return kept;
  });
  // The cover is the pane's own sheet and is simply renewed; any other sheet of the same name is the user's.
  const replace = [...updated, ...sheets.filter((sheet) => sheet.name === COVER.sheetName && present.has(lower(sheet.name))).map((sheet) => sheet.name)];
  return { request: { sheets, metadata: withCarriedExplanations(layout.metadata, records), replace }, updated, carried, notCarried, otherRegion };
}
