/**
 * The cover (填报说明) names the plans, region, year and catalog version the return is for; it is generated like
 * the reporting sheet's printed cells, so it is compared the same way: regenerated from the catalog release the
 * metadata names, cell by cell, over the cover's area. A plan renamed in sharedStrings, a region typed over, an
 * instruction emptied or text typed into an empty cover cell is `structure.cover_changed`, once per cell.
 * Only the demo's sample banner (示例数据…) may stand in the row under the title: it says the data is fictional.
 */
import { isOwnPlan, versionStanding, type LoadedCatalog } from '../catalog';
import { coverSheetForRegion, coverSheetLayout } from '../documents';
import { a1, placeKey, type ReturnMetadata } from '../form';
import { shownText, type SheetLayout } from '../layout';
import { cellAt, textOf, type ReaderObservation, type ReturnSheet, type SheetGrid } from '../returns';
import { sameText } from '../util/comparableText';

const SAMPLE_BANNER = /^示例数据/u;
const MAX_REPORTED = 20;

function shown(grid: SheetGrid, row: number, col: number): string {
  const cell = cellAt(grid, row, col);
  if (cell?.formula !== undefined) return `=${cell.formula}`;
  return cell?.value.type === 'error' ? cell.value.value : textOf(cell);
}

interface KeptCover {
  layout: SheetLayout;
  /** The region it was made for: another one's gets its own fact (coverSheetForRegion). */
  regionCode: string;
  regionName: string;
}

/** Covers per catalog, keyed on what decides them beside the region's own fact (the scope lines follow isOwnPlan). */
const COVER_CACHE = new WeakMap<LoadedCatalog, Map<string, KeptCover>>();
const COVER_CACHE_SIZE = 32;

function regeneratedCover(metas: readonly ReturnMetadata[], loaded: LoadedCatalog, banner: string | undefined): SheetLayout | null {
  const first = metas[0];
  if (first === undefined) return null;
  const standing = versionStanding(loaded, first.catalogVersion);
  // A version never released, or not rebuildable here, is reported on the sheet already (catalog_version_*).
  const catalog = standing.kind === 'current' ? loaded : standing.kind === 'released' ? standing.loaded : null;
  if (catalog === null) return null;
  const planIds = [...new Set(metas.flatMap((meta) => meta.planIds))];
  const plans = planIds.flatMap((id) => catalog.catalog.plans.filter((plan) => plan.plan.id === id));
  if (plans.length !== planIds.length) return null;
  const input = {
    plans, region: first.region, reportingYear: first.reportingYear, catalogVersion: first.catalogVersion,
    reportingSheets: metas.map((meta) => meta.sheet), ...(banner === undefined ? {} : { banner }),
  };
  const own = plans.map((plan) => isOwnPlan(plan, first.region.code));
  const key = JSON.stringify([planIds, own, input.reportingYear, input.catalogVersion, input.reportingSheets, banner ?? null]);
  const cache = COVER_CACHE.get(catalog) ?? new Map<string, KeptCover>();
  COVER_CACHE.set(catalog, cache);
  const kept = cache.get(key);
  if (kept !== undefined) {
    const same = kept.regionCode === first.region.code && kept.regionName === first.region.name;
    return same ? kept.layout : coverSheetForRegion(kept.layout, input);
  }
  const layout = coverSheetLayout(input, { rowHeights: false });
  if (cache.size >= COVER_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, { layout, regionCode: first.region.code, regionName: first.region.name });
  return layout;
}

/**
 * The reporting sheets in the order the cover names them (each where its name first stands in the cover's text, read
 * row by row): the order they were generated in, which the county may since have changed by dragging a sheet's tab.
 */
function inCoverOrder(metas: readonly ReturnMetadata[], cover: SheetGrid): ReturnMetadata[] {
  const text = cover.rows.map((row) => (row ?? []).map((cell) => textOf(cell)).join('\t')).join('\n');
  const at = (meta: ReturnMetadata) => {
    const index = text.indexOf(meta.sheet);
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  return [...metas].sort((a, b) => at(a) - at(b));
}

/**
 * The cover against the cover regenerated for the workbook's reporting sheets; nothing without a cover or metadata.
 * Generated for the sheets in workbook order and, when that differs, in the order the cover names them: sheets
 * reordered by dragging their tabs change nothing the cover says (decision 0263). Either cover is one the generator
 * makes for these plans, so every cell is still compared.
 */
export function coverObservations(sheets: readonly ReturnSheet[], cover: SheetGrid | undefined, loaded: LoadedCatalog): ReaderObservation[] {
  if (cover === undefined) return [];
  const metas = sheets.flatMap((sheet) => (sheet.metadata === null ? [] : [sheet.metadata]));
  const inWorkbook = compareCover(metas, cover, loaded);
  if (inWorkbook.length === 0 || metas.length < 2) return inWorkbook;
  const reordered = inCoverOrder(metas, cover);
  if (reordered.every((meta, index) => meta === metas[index])) return inWorkbook;
  const inCover = compareCover(reordered, cover, loaded);
  return inCover.length < inWorkbook.length ? inCover : inWorkbook;
}

function compareCover(metas: readonly ReturnMetadata[], cover: SheetGrid, loaded: LoadedCatalog): ReaderObservation[] {
  const bannerText = textOf(cellAt(cover, 1, 0));
  const expected = regeneratedCover(metas, loaded, SAMPLE_BANNER.test(bannerText) ? bannerText : undefined);
  if (expected === null) return [];
  const texts = new Map(expected.cells.map((cell) => [placeKey(cell.row, cell.col), shownText(cell.value)]));
  const lastRow = Math.max(...expected.cells.map((cell) => cell.row));
  const lastCol = Math.max(...expected.cells.map((cell) => cell.col));
  const observations: ReaderObservation[] = [];
  for (let row = 0; row <= lastRow; row++) {
    for (let col = 0; col <= lastCol; col++) {
      const want = texts.get(placeKey(row, col)) ?? '';
      const found = shown(cover, row, col);
      if (sameText(found, want)) continue;
      observations.push({ code: 'structure.cover_changed', detail: a1(row, col), found, expected: want });
    }
  }
  return observations.slice(0, MAX_REPORTED);
}
