/**
 * The form a return's metadata describes, as the generator makes it from the catalog: what the checker compares the
 * sheet with. Regenerating it is most of a check's work, so forms are kept per catalog and shared by every region
 * that reports the same rows: a region's code decides its rows only through which plans are its own (isOwnPlan), and
 * its name is printed in two frame cells (reportingSheetForRegion). The checker measures no row heights.
 */
import { isOwnPlan, type LoadedCatalog, type PlanCatalog } from '../catalog';
import {
  planReportingSheet, reportingSheetForRegion, reportingSheetLayout, reportingSheetMap, rowIdsOf, shownText, type ReportingPlan, type SheetLayout,
} from '../layout';
import type { ReturnMetadata } from '../returns';
import { keepShape } from './outsideCells';

export interface ExpectedForm {
  layout: SheetLayout;
  /** The rows as planned, each with the indicator its formulas were generated from. */
  plan: ReportingPlan;
  rowIds: string[];
  labels: Record<string, { name: string; unit: string }>;
  /** What the layout shows in each of its cells, by place: made once per kept form (lockedCells.ts reads it). */
  texts: LayoutTexts;
}

/** A layout's shown text by place (`row:col`). */
export interface LayoutTexts {
  get(place: string): string | undefined;
  has(place: string): boolean;
}

function layoutTextsOf(layout: SheetLayout): Map<string, string> {
  return new Map(layout.cells.map((cell) => [`${cell.row}:${cell.col}`, shownText(cell.value)]));
}

/** A region's copy of a kept form: the cells its name is printed in read from the copy, every other from the kept table. */
function regionalTexts(kept: SheetLayout, texts: LayoutTexts, regional: SheetLayout): LayoutTexts {
  const changed = new Map<string, string>();
  regional.cells.forEach((cell, index) => {
    if (cell !== kept.cells[index]) changed.set(`${cell.row}:${cell.col}`, shownText(cell.value));
  });
  return { get: (place) => changed.get(place) ?? texts.get(place), has: (place) => changed.has(place) || texts.has(place) };
}

/** The name and unit the layout prints for each row id: what a person sees and what the structure rule compares. */
function rowLabelsOf(layout: SheetLayout, text: LayoutTexts): Record<string, { name: string; unit: string }> {
  const map = reportingSheetMap(layout);
  const labels: Record<string, { name: string; unit: string }> = {};
  for (let row = map.firstDataRow; row <= map.lastDataRow; row++) {
    const id = text.get(`${row}:${map.columns.id}`);
    if (id) labels[id] = { name: text.get(`${row}:${map.columns.name}`) ?? '', unit: text.get(`${row}:${map.columns.unit}`) ?? '' };
  }
  return labels;
}

interface KeptForm extends ExpectedForm {
  /** The region it was made for: another one's gets its name printed in (reportingSheetForRegion). */
  regionName: string;
}

/**
 * Forms per catalog, keyed on what decides them: a batch holds the returns of many counties against the same plans
 * (a city's or the province's), of a few years. Layouts are never mutated.
 */
const FORM_CACHE = new WeakMap<LoadedCatalog, Map<string, KeptForm>>();
const FORM_CACHE_SIZE = 32;

export function expectedForm(loaded: LoadedCatalog, plans: PlanCatalog[], meta: ReturnMetadata): ExpectedForm {
  const own = plans.map((plan) => isOwnPlan(plan, meta.region.code));
  const key = JSON.stringify([meta.planIds, own, meta.reportingYear, meta.merged, meta.catalogVersion, meta.sheet]);
  const cache = FORM_CACHE.get(loaded) ?? new Map<string, KeptForm>();
  FORM_CACHE.set(loaded, cache);
  const input = {
    plans, region: meta.region, reportingYear: meta.reportingYear, merge: meta.merged, catalogVersion: meta.catalogVersion, sheetName: meta.sheet,
  };
  const kept = cache.get(key);
  if (kept !== undefined) {
    if (kept.regionName === meta.region.name) return kept;
    const regional = reportingSheetForRegion(kept.layout, kept.plan, input);
    keepShape(kept.layout, regional.layout, reportingSheetMap(kept.layout));
    return { ...kept, ...regional, texts: regionalTexts(kept.layout, kept.texts, regional.layout) };
  }
  const plan = planReportingSheet(input);
  const layout = reportingSheetLayout(input, plan, { rowHeights: false });
  const texts = layoutTextsOf(layout);
  const form = { layout, plan, rowIds: rowIdsOf(layout), labels: rowLabelsOf(layout, texts), texts, regionName: meta.region.name };
  if (cache.size >= FORM_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, form);
  return form;
}
