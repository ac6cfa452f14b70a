/**
 * The form a return's metadata describes, as the generator makes it from the catalog: what the checker compares the
 * sheet with. Regenerating it is most of a check's work, so forms are kept per catalog and shared by every region
 * that reports the same rows: a region's code decides its rows only through which plans are its own (isOwnPlan), and
 * its name is printed in two frame cells (reportingSheetForRegion). The checker measures no row heights.
 */
import { isOwnPlan, type LoadedCatalog, type PlanCatalog } from '../catalog';
import { placeKey } from '../form';
import {
  planReportingSheet, reportingSheetForRegion, reportingSheetLayout, reportingSheetMap, rowIdsOf, shownText, type LayoutCell, type ReportingPlan,
  type SheetLayout,
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
  /** The layout's cells by place: made once per kept form. */
  cells: ByPlace<LayoutCell>;
  /** The form's row of each row id of its table: the same in a region's copy. */
  rowOfId: ReadonlyMap<string, number>;
}

/** What a layout has at each place. */
export interface ByPlace<Value> {
  get(row: number, col: number): Value | undefined;
  has(row: number, col: number): boolean;
}

/** A layout's shown text by place. */
export type LayoutTexts = ByPlace<string>;

function byPlace<Value>(cells: readonly LayoutCell[], value: (cell: LayoutCell) => Value): ByPlace<Value> {
  const map = new Map(cells.map((cell) => [placeKey(cell.row, cell.col), value(cell)]));
  return { get: (row, col) => map.get(placeKey(row, col)), has: (row, col) => map.has(placeKey(row, col)) };
}

/** A region's copy of a kept form's table: the cells its name is printed in (`own`) read from the copy, every other from the kept table. */
function regional<Value>(table: ByPlace<Value>, own: readonly LayoutCell[], value: (cell: LayoutCell) => Value): ByPlace<Value> {
  const changed = byPlace(own, value);
  return { get: (row, col) => changed.get(row, col) ?? table.get(row, col), has: (row, col) => changed.has(row, col) || table.has(row, col) };
}

const shownTextOf = (cell: LayoutCell) => shownText(cell.value);
const itself = (cell: LayoutCell) => cell;

/** The row of each row id the layout's table prints (its id column, between its first and last data row). */
function rowOfIdOf(layout: SheetLayout, texts: LayoutTexts): Map<string, number> {
  const map = reportingSheetMap(layout);
  const rows = new Map<string, number>();
  for (let row = map.firstDataRow; row <= map.lastDataRow; row++) {
    const id = texts.get(row, map.columns.id);
    if (id) rows.set(id, row);
  }
  return rows;
}

/** The name and unit the layout prints for each row id: what a person sees and what the structure rule compares. */
function rowLabelsOf(layout: SheetLayout, text: LayoutTexts): Record<string, { name: string; unit: string }> {
  const map = reportingSheetMap(layout);
  const labels: Record<string, { name: string; unit: string }> = {};
  for (let row = map.firstDataRow; row <= map.lastDataRow; row++) {
    const id = text.get(row, map.columns.id);
    if (id) labels[id] = { name: text.get(row, map.columns.name) ?? '', unit: text.get(row, map.columns.unit) ?? '' };
  }
  return labels;
}

interface KeptForm extends ExpectedForm {
  /** The region it was made for: another one's gets its name printed in (reportingSheetForRegion). */
  regionName: string;
  /**
   * The copies made for other regions, by the region (its JSON text): a batch holds several returns of each county
   * (years, plans), and the checks keep what they work out per form object, so one copy serves them all.
   */
  copies: Map<string, ExpectedForm>;
}

/** Copies kept per form at most (emptied when full): a province has about a hundred counties. */
const REGIONAL_COPIES_SIZE = 128;

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
    const regionKey = JSON.stringify(meta.region);
    const made = kept.copies.get(regionKey);
    if (made !== undefined) return made;
    const copy = reportingSheetForRegion(kept.layout, kept.plan, input);
    keepShape(kept.layout, copy.layout, reportingSheetMap(kept.layout));
    const own = copy.layout.cells.filter((cell, index) => cell !== kept.layout.cells[index]);
    const { copies: _copies, regionName: _regionName, ...form } = kept;
    const regionalForm: ExpectedForm = { ...form, ...copy, texts: regional(kept.texts, own, shownTextOf), cells: regional(kept.cells, own, itself) };
    if (kept.copies.size >= REGIONAL_COPIES_SIZE) kept.copies.clear();
    kept.copies.set(regionKey, regionalForm);
    return regionalForm;
  }
  const plan = planReportingSheet(input);
  const layout = reportingSheetLayout(input, plan, { rowHeights: false });
  const texts = byPlace(layout.cells, shownTextOf);
  const form = {
    layout, plan, rowIds: rowIdsOf(layout), labels: rowLabelsOf(layout, texts), texts, cells: byPlace(layout.cells, itself),
    rowOfId: rowOfIdOf(layout, texts), regionName: meta.region.name, copies: new Map<string, ExpectedForm>(),
  };
  if (cache.size >= FORM_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, form);
  return form;
}
