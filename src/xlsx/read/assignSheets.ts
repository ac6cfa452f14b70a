/**
 * Which worksheet each metadata block describes. By name first; a sheet that was renamed is found by the ids
 * its rows hold, and a copy of a sheet is read as well (both are observed, so the checks report them). A
 * sheet that looks like a return but that no block describes is read without metadata. A block no sheet
 * answers to is a reporting sheet deleted: `missingSheets` lists it, so that it is reported, not skipped.
 */
import type ExcelJS from 'exceljs';
import type { ReaderObservation, ReturnMetadata } from '../../core/returns';
import { cellText } from '../cellValue';
import { isMetadataSheet, type MetadataSheet } from './metadataSheet';
import { locateTable } from './locateTable';

export interface SheetAssignment {
  sheet: ExcelJS.Worksheet;
  metadata: ReturnMetadata | null;
  observations: ReaderObservation[];
}

/** Every text of a sheet, once (ids sit in a hidden column whose position is not trusted). */
function textsOf(sheet: ExcelJS.Worksheet): Set<string> {
  const texts = new Set<string>();
  sheet.eachRow((row) => row.eachCell((cell) => {
    const text = cellText(cell);
    if (text !== '') texts.add(text);
  }));
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

export function assignSheets(workbook: ExcelJS.Workbook, meta: MetadataSheet): SheetAssignment[] {
  const sheets = workbook.worksheets.filter((sheet) => !isMetadataSheet(sheet));
  const blocks = meta.present ? meta.blocks.flatMap((block) => (block.ok ? [block.metadata] : [])) : [];
  const assigned = new Map<ExcelJS.Worksheet, SheetAssignment>();
  const texts = new Map<ExcelJS.Worksheet, Set<string>>();
  const textsOfSheet = (sheet: ExcelJS.Worksheet) => {
    let found = texts.get(sheet);
    if (found === undefined) texts.set(sheet, (found = textsOf(sheet)));
    return found;
  };
  // A sheet holds a block's rows when it holds at least half of the block's ids.
  const holds = (sheet: ExcelJS.Worksheet, metadata: ReturnMetadata) => {
    if (metadata.rowIds.length === 0) return false;
    const own = textsOfSheet(sheet);
    return metadata.rowIds.filter((id) => own.has(id)).length * 2 >= metadata.rowIds.length;
  };

  // Names first, for every block, so that a sheet named by one block is never taken for another's copy.
  const named = new Set<ReturnMetadata>();
  for (const metadata of blocks) {
    const sheet = sheets.find((candidate) => candidate.name === metadata.sheet && !assigned.has(candidate));
    if (sheet === undefined) continue;
    assigned.set(sheet, { sheet, metadata, observations: [] });
    named.add(metadata);
  }
  for (const metadata of blocks) {
    const holders = sheets.filter((sheet) => !assigned.has(sheet) && holds(sheet, metadata));
    holders.forEach((sheet, i) => {
      const copy = named.has(metadata) || i > 0;
      const observation: ReaderObservation = copy
        ? { code: 'structure.sheet_copied', detail: `a copy of sheet ${metadata.sheet}`, expected: metadata.sheet }
        : { code: 'structure.sheet_renamed', detail: `generated as ${metadata.sheet}` };
      assigned.set(sheet, { sheet, metadata, observations: [observation] });
    });
  }
  for (const sheet of sheets) {
    if (assigned.has(sheet) || locateTable(sheet, null) === null) continue;
    assigned.set(sheet, { sheet, metadata: null, observations: [withoutMetadata(meta)] });
  }
  return sheets.flatMap((sheet) => {
    const assignment = assigned.get(sheet);
    return assignment === undefined ? [] : [assignment];
  });
}

/** Metadata blocks that no sheet of the workbook answers to, by name or by the ids it holds. */
export function missingSheets(meta: MetadataSheet, assignments: readonly SheetAssignment[]): ReturnMetadata[] {
  if (!meta.present) return [];
  const found = new Set(assignments.flatMap((assignment) => (assignment.metadata === null ? [] : [assignment.metadata])));
  return meta.blocks.flatMap((block) => (block.ok && !found.has(block.metadata) ? [block.metadata] : []));
}
