import type { ReturnMetadata } from '../returns';
import { LAYOUT_VERSION, metadataSheetLayout } from './metadata';
import type { ReportingInput } from './reportingPlan';
import { reportingSheetLayout } from './reportingSheet';
import { reportingSheetMap } from './reportingSheetMap';
import { shownText } from './sheetBuilder';
import type { SheetLayout, WorkbookLayout } from './types';

/** The ids of a reporting sheet's rows, top to bottom, as its hidden id column holds them. */
export function rowIdsOf(layout: SheetLayout): string[] {
  const map = reportingSheetMap(layout);
  return layout.cells
    .filter((cell) => cell.col === map.columns.id && cell.row >= map.firstDataRow && cell.row <= map.lastDataRow)
    .map((cell) => shownText(cell.value));
}

export function reportingMetadata(input: ReportingInput, layout: SheetLayout): ReturnMetadata {
  return {
    planIds: input.plans.map((plan) => plan.plan.id),
    catalogVersion: input.catalogVersion,
    region: { name: input.region.name, code: input.region.code },
    reportingYear: input.reportingYear,
    layoutVersion: LAYOUT_VERSION,
    merged: input.merge,
    rowIds: rowIdsOf(layout),
  };
}

/** The reporting sheet and its very hidden metadata sheet. */
export function reportingWorkbookLayout(input: ReportingInput): WorkbookLayout {
  const sheet = reportingSheetLayout(input);
  return { sheets: [sheet], metadata: metadataSheetLayout(reportingMetadata(input, sheet)) };
}
