/**
 * The one reader of returns: the sheets of a workbook, handed over as grids by either adapter (src/xlsx for a
 * file, src/excel for the open workbook), read back as the ReturnSheets the checks take. Each reporting sheet
 * is found through the metadata (or, lacking it, by its look), its table located from the header texts, its
 * rows read by their ids, its printed cells and foot collected. Never throws on what a sheet holds: a form that
 * was altered is a ReaderObservation the checks turn into findings.
 */
import { COVER } from '../../form';
import type { WorkbookFacts } from '../facts';
import type { ReturnSheet } from '../types';
import { assignSheets, missingSheets, unreadableBlock, type SheetAssignment } from './assignSheets';
import { readFooterEntries } from './footerEntries';
import type { WorkbookGrids } from './grid';
import { locateTable } from './locateTable';
import { lookalikeSheets } from './lookalikeSheets';
import { readMetadataGrid } from './metadataGrid';
import { packageObservations } from './packageObservations';
import { sheetObservations } from './sheetObservations';
import { readTableAt } from './tableAt';

export interface ReadGridOptions {
  /**
   * Report each sheet the metadata names that is gone, as a sheet without rows observed as missing (default
   * true). Off when only some of the workbook's sheets were read (the active sheet).
   */
  reportMissing?: boolean;
  /**
   * What the file says beyond its cells (src/xlsx reads it; Excel does not give it): each reporting sheet gets its
   * own facts, and the dangers found outside the reporting sheets are observed on the first one.
   */
  facts?: WorkbookFacts;
}

function readAssigned({ grid, metadata, observations }: SheetAssignment): ReturnSheet {
  const table = locateTable(grid, metadata === null ? null : { rowIds: metadata.rowIds, reportingYear: metadata.reportingYear });
  if (table === null) {
    // The sheet the metadata names holds no table any more: every row will be reported missing.
    return { sheet: grid.name, metadata, rows: [], observations: [...observations, { code: 'structure.header_changed', detail: 'no table header found' }], grid };
  }
  const { body, printed } = readTableAt(grid, table);
  return {
    sheet: grid.name,
    metadata,
    rows: body.rows,
    observations: [...observations, ...sheetObservations(grid, table, body)],
    printed,
    footer: readFooterEntries(grid, body.footerRow ?? body.lastRow + 1),
    grid,
  };
}

/**
 * The reporting sheets of a workbook, in workbook order; then, for each sheet the metadata names that is gone,
 * a sheet without rows under its generated name, observed as missing (so a workbook whose second sheet was
 * deleted is not accepted on the strength of the first).
 */
export function readReturnGrids(workbook: WorkbookGrids, options: ReadGridOptions = {}): ReturnSheet[] {
  const meta = readMetadataGrid(workbook.metadata);
  const assignments = assignSheets(workbook.sheets, workbook.sheetNames, meta);
  // A block naming a sheet that is there and read under another block is a second block for it: the metadata was
  // edited, no sheet was deleted.
  const present = new Set(assignments.filter((assignment) => assignment.metadata !== null).map((assignment) => assignment.grid.name.toLowerCase()));
  const unanswered = options.reportMissing === false ? [] : missingSheets(meta, assignments);
  const missing = unanswered.filter((metadata) => !present.has(metadata.sheet.toLowerCase())).map((metadata): ReturnSheet => ({
    sheet: metadata.sheet, metadata, rows: [], observations: [{ code: 'structure.sheet_missing', expected: metadata.sheet }],
  }));
  const read = [...assignments.map(readAssigned), ...missing];
  const second = unanswered.find((metadata) => present.has(metadata.sheet.toLowerCase()));
  const unread = second === undefined ? unreadableBlock(meta, assignments) : [{ code: 'structure.metadata_unreadable' as const, detail: `a second block for sheet ${second.sheet}` }];
  const sheets = unread.length === 0 ? read : read.map((sheet, index) => (index === 0 ? { ...sheet, observations: [...sheet.observations, ...unread] } : sheet));
  const facts = options.facts;
  if (facts === undefined) return sheets;
  const reporting = new Set(assignments.map((assignment) => assignment.grid));
  const others = [...workbook.sheets.filter((grid) => !reporting.has(grid)), ...(workbook.metadata === null ? [] : [workbook.metadata])];
  const workbookWide = [...packageObservations(facts, others), ...lookalikeSheets(others, sheets)];
  const cover = others.find((grid) => grid.name === COVER.sheetName);
  return sheets.map((sheet, index) => {
    const own = facts.sheets.find((candidate) => candidate.name === sheet.sheet);
    const observations = index === 0 ? [...sheet.observations, ...workbookWide] : sheet.observations;
    return { ...sheet, observations, ...(own === undefined ? {} : { facts: own }), ...(index === 0 && cover !== undefined ? { cover } : {}) };
  });
}
