import { versionStanding, type LoadedCatalog, type PlanCatalog } from '../catalog';
import { expectedForm } from './expectedForm';
import type { SheetLayout } from '../layout';
import { LAYOUT_VERSION } from '../form';
import { findRegion } from '../regions';
import type { ReaderObservation, ReturnMetadata, ReturnSheet } from '../returns';
import { buildCheckContext } from './buildCheckContext';
import { cachedResultObservations } from './cachedResults';
import { checkReturn } from './checkReturn';
import { formFactObservations } from './formFacts';
import { positionedSheet } from './positionedSheet';
import { printedObservations } from './printedCells';
import { lockedCellObservations } from './lockedCells';
import type { CheckContext, CheckReport } from './types';
import { cellPlace, isConceptRowId, placeA1 } from '../form';

/**
 * Whether a row id can belong to the metadata's plans: ids of a plan start with its id (the catalog lints that),
 * merged rows with 'concept:'. Under another catalog version the rows are taken from the metadata, so an edited
 * plan id must still show.
 */
function rowOfPlans(id: string, meta: ReturnMetadata): boolean {
  return meta.merged ? isConceptRowId(id) : meta.planIds.some((planId) => id.startsWith(`${planId}.`));
}

export interface CatalogCheck {
  report: CheckReport;
  /** The plans the sheet's metadata names, as found in the catalog. */
  plans: PlanCatalog[];
  /** Plan ids the metadata names that the catalog (or the release the return was made from) does not hold. */
  unknownPlans: string[];
  /** The layout the sheet should have, regenerated from its metadata, without row heights (null without metadata). */
  expected: SheetLayout | null;
  /** What the sheet was checked with: its indicators by row id, its plans, the reporting year. */
  context: CheckContext;
}

/**
 * Checks a return as read back against the catalog: the layout is regenerated from the sheet's metadata, so the
 * expected rows, names and units come from the catalog, not from what the sheet (or an edited _meta) claims; what
 * the sheet prints (frame, targets, formulas) is compared with that layout (printedCells.ts).
 * A return made from an earlier released catalog is checked against that release, regenerated (versions.ts). A version
 * never released is an error, and the form is compared in full with the current catalog: editing catalogVersion
 * switches nothing off. A released version that cannot be rebuilt here is an error too (the checker refuses to
 * judge printed values it cannot regenerate); only the rows the metadata lists are expected then.
 */
export function checkAgainstCatalog(sheet: ReturnSheet, loaded: LoadedCatalog, options?: CheckContext['options']): CatalogCheck {
  const meta = sheet.metadata;
  const standing = meta === null ? { kind: 'current' as const } : versionStanding(loaded, meta.catalogVersion);
  if (standing.kind === 'released') return checkAgainstCatalog(sheet, standing.loaded, options);
  const plans = (meta?.planIds ?? []).flatMap((id) => loaded.catalog.plans.filter((plan) => plan.plan.id === id));
  const unknownPlans = (meta?.planIds ?? []).filter((id) => !loaded.catalog.plans.some((plan) => plan.plan.id === id));
  let read: ReturnSheet = sheet;
  const observations: ReaderObservation[] = [];
  if (meta !== null && (standing.kind === 'unknown' || standing.kind === 'unavailable')) {
    observations.push({ code: `structure.catalog_version_${standing.kind}`, found: meta.catalogVersion, expected: loaded.version, detail: `catalogVersion: ${meta.catalogVersion || '(empty)'}` });
  }
  let expected: SheetLayout | null = null;
  let expectedRowIds: readonly string[] = [];
  let rowLabels: Record<string, { name: string; unit: string }> = {};
  if (meta !== null && plans.length > 0) {
    const form = expectedForm(loaded, plans, meta);
    expected = form.layout;
    const regenerated = form.rowIds;
    const sameCatalog = standing.kind !== 'unavailable';
    expectedRowIds = sameCatalog ? regenerated : meta.rowIds;
    rowLabels = form.labels;
    if (sameCatalog ? regenerated.join('\n') !== meta.rowIds.join('\n') : !meta.rowIds.every((id) => rowOfPlans(id, meta))) {
      observations.push({ code: 'structure.metadata_unreadable', detail: 'rowIds' });
      // The metadata contradicts itself: which rows belong is unknown, and judging every row against either
      // version would bury the one finding that matters.
      expectedRowIds = [];
    }
    // A layout made by another version of the generator prints differently: only the same version is compared.
    // No generator has made a later version than this checker knows: such a number was typed into _meta.
    if (meta.layoutVersion === LAYOUT_VERSION) {
      // Read at the positions of the regenerated form (positionedSheet.ts) — unless the frame says the metadata names
      // another plan, region or year than the sheet: then positions follow from nothing, and the frame alone is said.
      const positioned = sameCatalog && sheet.grid !== undefined ? positionedSheet(sheet, expected) : sheet;
      const printed = printedObservations(positioned, form, sameCatalog, positioned !== sheet);
      const frameChanged = printed.some((observation) => observation.code === 'structure.frame_changed');
      if (!frameChanged) read = positioned;
      observations.push(...printed, ...formFactObservations(sheet, form));
      // Recomputed only against the form the sheet was made from: a changed frame already says it is not.
      if (sameCatalog && !frameChanged) {
        const reported = new Set(observations.flatMap((observation) => (observation.at === undefined ? [] : [placeA1(observation.at)])));
        observations.push(...cachedResultObservations(read, form.plan, meta.reportingYear, reported));
        if (positioned !== sheet) {
          const locked = lockedCellObservations(positioned, form, reported);
          observations.push(...locked);
          // A locked cell of the form typed into is said once, as that, not again as content outside the form.
          const lockedAt = new Set(locked.flatMap((observation) => (observation.at === undefined ? [] : [placeA1(observation.at)])));
          if (lockedAt.size > 0 && read.outside !== undefined) read = { ...read, outside: read.outside.filter((cell) => !lockedAt.has(placeA1(cellPlace(cell.row, cell.col)))) };
        }
      }
    } else if (meta.layoutVersion > LAYOUT_VERSION) observations.push({ code: 'structure.metadata_unreadable', detail: 'layoutVersion' });
  }
  // The form prints the region's name; consolidation goes by its code: a code edited in _meta would count the
  // return for another county without anything on the sheet changing.
  const named = meta === null ? undefined : findRegion(meta.region.name);
  if (meta !== null && named !== undefined && named.code !== meta.region.code) {
    observations.push({ code: 'structure.metadata_unreadable', detail: `region: ${meta.region.name} is ${named.code}, not ${meta.region.code}` });
  }
  if (meta !== null && unknownPlans.length > 0) {
    observations.push({ code: 'structure.metadata_unreadable', detail: `planIds: ${unknownPlans.join(', ')}` });
  }
  const checked: ReturnSheet = { ...read, observations: [...read.observations, ...observations] };
  const context = buildCheckContext(checked, loaded.catalog.plans, expectedRowIds, { rowLabels, ...(options === undefined ? {} : { options }) });
  return { report: checkReturn(checked, context), plans, unknownPlans, expected, context };
}
