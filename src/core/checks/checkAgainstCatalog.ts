import type { LoadedCatalog, PlanCatalog } from '../catalog';
import { reportingSheetLayout, reportingSheetMap, rowIdsOf, shownText, type SheetLayout } from '../layout';
import type { ReaderObservation, ReturnSheet } from '../returns';
import { buildCheckContext } from './buildCheckContext';
import { checkReturn } from './checkReturn';
import type { CheckContext, CheckReport } from './types';

/** The name and unit the layout prints for each row id: what a person sees and what the structure rule compares. */
function rowLabelsOf(layout: SheetLayout): Record<string, { name: string; unit: string }> {
  const map = reportingSheetMap(layout);
  const text = new Map(layout.cells.map((cell) => [`${cell.row}:${cell.col}`, shownText(cell.value)]));
  const labels: Record<string, { name: string; unit: string }> = {};
  for (let row = map.firstDataRow; row <= map.lastDataRow; row++) {
    const id = text.get(`${row}:${map.columns.id}`);
    if (id) labels[id] = { name: text.get(`${row}:${map.columns.name}`) ?? '', unit: text.get(`${row}:${map.columns.unit}`) ?? '' };
  }
  return labels;
}

export interface CatalogCheck {
  report: CheckReport;
  /** The plans the sheet's metadata names, as found in the catalog. */
  plans: PlanCatalog[];
  /** Plan ids the metadata names that the catalog does not hold. */
  unknownPlans: string[];
  /** The layout the sheet should have, regenerated from its metadata (null without metadata). */
  expected: SheetLayout | null;
}

/**
 * Checks a return as read back against the catalog: the layout is regenerated from the sheet's metadata, so the
 * expected rows, names and units come from the catalog, not from what the sheet (or an edited _meta) claims.
 * When the catalog changed since the sheet was generated, the rows it was generated with are expected.
 */
export function checkAgainstCatalog(sheet: ReturnSheet, loaded: LoadedCatalog, options?: CheckContext['options']): CatalogCheck {
  const meta = sheet.metadata;
  const plans = (meta?.planIds ?? []).flatMap((id) => loaded.catalog.plans.filter((plan) => plan.plan.id === id));
  const unknownPlans = (meta?.planIds ?? []).filter((id) => !loaded.catalog.plans.some((plan) => plan.plan.id === id));
  const observations: ReaderObservation[] = [...sheet.observations];
  let expected: SheetLayout | null = null;
  let expectedRowIds: readonly string[] = [];
  let rowLabels: Record<string, { name: string; unit: string }> = {};
  if (meta !== null && plans.length > 0) {
    expected = reportingSheetLayout({
      plans, region: meta.region, reportingYear: meta.reportingYear, merge: meta.merged, catalogVersion: meta.catalogVersion, sheetName: meta.sheet,
    });
    const regenerated = rowIdsOf(expected);
    const sameCatalog = meta.catalogVersion === loaded.version;
    expectedRowIds = sameCatalog ? regenerated : meta.rowIds;
    rowLabels = rowLabelsOf(expected);
    if (sameCatalog && regenerated.join('\n') !== meta.rowIds.join('\n')) {
      observations.push({ code: 'structure.metadata_unreadable', detail: 'rowIds' });
    }
  }
  if (meta !== null && unknownPlans.length > 0) {
    observations.push({ code: 'structure.metadata_unreadable', detail: `planIds: ${unknownPlans.join(', ')}` });
  }
  const checked: ReturnSheet = { ...sheet, observations };
  const context = buildCheckContext(checked, loaded.catalog.plans, expectedRowIds, { rowLabels, ...(options === undefined ? {} : { options }) });
  return { report: checkReturn(checked, context), plans, unknownPlans, expected };
}
