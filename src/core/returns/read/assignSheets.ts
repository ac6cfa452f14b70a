/**
 * Which metadata block describes each sheet. By name first; a sheet that was renamed is found by the ids its
 * rows hold (at least half of a block's), and a copy of a sheet is read as well (both are observed, so the
 * checks report them). A sheet that looks like a return but that no block describes is read without metadata.
 * A block no sheet answers to is a reporting sheet deleted: `missingSheets` lists it, so that it is reported.
 * Sheet names compare as Excel compares them, without regard to case.
 */
import type { ReaderObservation, ReturnMetadata } from '../types';
import { forEachCell, textOf, type SheetGrid } from './grid';
import { looksLikeReturn } from './locateTable';
import type { MetadataSheet } from './metadataGrid';

export interface SheetAssignment {
  grid: SheetGrid;
  metadata: ReturnMetadata | null;
  observations: ReaderObservation[];
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Every text of a sheet, once (ids sit in a hidden column whose position is not trusted). */
function textsOf(grid: SheetGrid): Set<string> {
  const texts = new Set<string>();
  forEachCell(grid, (cell) => {
    const text = textOf(cell);
    if (text !== '') texts.add(text);
  });
  return texts;
}

/** Observation for a sheet read without metadata, by what happened to the metadata. */
function withoutMetadata(meta: MetadataSheet): ReaderObservation {
  if (!meta.present) return { code: 'structure.metadata_missing', detail: 'no _meta sheet' };
  const broken = meta.blocks.find((block) => !block.ok);
  if (broken !== undefined && !broken.ok) {
    return { code: 'structure.metadata_unreadable', detail: `${broken.error.code}${broken.error.key === undefined ? '' : ` (${broken.error.key})`}` };
  }
  return { code: 'structure.metadata_missing', detail: 'no metadata block names this sheet' };
}

export function blocksOf(meta: MetadataSheet): ReturnMetadata[] {
  return meta.present ? meta.blocks.flatMap((block) => (block.ok ? [block.metadata] : [])) : [];
}

/**
 * The sheets of `grids` that are returns, with their metadata, in their order. `sheetNames` are all the
 * workbook's sheets, read or not: a sheet holding a block's rows is a copy when the sheet the block names is
 * still there.
 */
export function assignSheets(grids: readonly SheetGrid[], sheetNames: readonly string[], meta: MetadataSheet): SheetAssignment[] {
  const blocks = blocksOf(meta);
  const assigned = new Map<SheetGrid, SheetAssignment>();
  const texts = new Map<SheetGrid, Set<string>>();
  const textsOfGrid = (grid: SheetGrid) => {
    let found = texts.get(grid);
    if (found === undefined) texts.set(grid, (found = textsOf(grid)));
    return found;
  };
  const holds = (grid: SheetGrid, metadata: ReturnMetadata) => {
    if (metadata.rowIds.length === 0) return false;
    const own = textsOfGrid(grid);
    return metadata.rowIds.filter((id) => own.has(id)).length * 2 >= metadata.rowIds.length;
  };

  // Names first, for every block, so that a sheet named by one block is never taken for another's copy.
  for (const metadata of blocks) {
    const grid = grids.find((candidate) => sameName(candidate.name, metadata.sheet) && !assigned.has(candidate));
    if (grid !== undefined) assigned.set(grid, { grid, metadata, observations: [] });
  }
  const named = new Set(blocks.filter((metadata) => sheetNames.some((name) => sameName(name, metadata.sheet))));
  for (const metadata of blocks) {
    const holders = grids.filter((grid) => !assigned.has(grid) && holds(grid, metadata));
    holders.forEach((grid, i) => {
      const copy = named.has(metadata) || i > 0;
      const observation: ReaderObservation = copy
        ? { code: 'structure.sheet_copied', detail: `a copy of sheet ${metadata.sheet}`, expected: metadata.sheet }
        : { code: 'structure.sheet_renamed', detail: `generated as ${metadata.sheet}` };
      assigned.set(grid, { grid, metadata, observations: [observation] });
    });
  }
  for (const grid of grids) {
    if (assigned.has(grid) || !looksLikeReturn(grid)) continue;
    assigned.set(grid, { grid, metadata: null, observations: [withoutMetadata(meta)] });
  }
  return grids.flatMap((grid) => {
    const assignment = assigned.get(grid);
    return assignment === undefined ? [] : [assignment];
  });
}

/**
 * A block of the metadata that cannot be read, when every sheet found a readable block of its own: the metadata was
 * edited all the same (a row typed into it, a key removed from an extra block), and no sheet says so otherwise.
 */
export function unreadableBlock(meta: MetadataSheet, assignments: readonly SheetAssignment[]): ReaderObservation[] {
  if (!meta.present || assignments.some((assignment) => assignment.metadata === null)) return [];
  const broken = meta.blocks.find((block) => !block.ok);
  if (broken === undefined || broken.ok) return [];
  return [{ code: 'structure.metadata_unreadable', detail: `${broken.error.code}${broken.error.key === undefined ? '' : ` (${broken.error.key})`}` }];
}

/** Metadata blocks that no sheet of the workbook answers to, by name or by the ids it holds. */
export function missingSheets(meta: MetadataSheet, assignments: readonly SheetAssignment[]): ReturnMetadata[] {
  const found = new Set(assignments.flatMap((assignment) => (assignment.metadata === null ? [] : [assignment.metadata])));
  return blocksOf(meta).filter((metadata) => !found.has(metadata));
}
