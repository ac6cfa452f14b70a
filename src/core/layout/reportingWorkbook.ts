import { LAYOUT_VERSION, type ReturnMetadata } from '../form';
import { LayoutError } from './errors';
import { metadataSheetLayout } from './metadata';
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
    sheet: layout.name,
    planIds: input.plans.map((plan) => plan.plan.id),
    catalogVersion: input.catalogVersion,
    region: { name: input.region.name, code: input.region.code },
    reportingYear: input.reportingYear,
    layoutVersion: LAYOUT_VERSION,
    merged: input.merge,
    rowIds: rowIdsOf(layout),
  };
}

/** Reporting sheets (one per input; give each a distinct sheetName) and their very hidden metadata sheet. */
export function reportingWorkbookLayout(input: ReportingInput | readonly ReportingInput[]): WorkbookLayout {
  const inputs = Array.isArray(input) ? input : [input as ReportingInput];
  const sheets = inputs.map((one) => reportingSheetLayout(one));
  const names = new Set(sheets.map((sheet) => sheet.name));
  if (names.size !== sheets.length) throw new LayoutError('layout.duplicate_sheet_name', [...sheets.map((sheet) => sheet.name)].join(', '));
  return { sheets, metadata: metadataSheetLayout(inputs.map((one, i) => reportingMetadata(one, sheets[i] as SheetLayout))) };
}
