/**
 * The record a consolidation file carries (very hidden sheet "_consolidation"), read with the bounded package reader
 * returns are read with; null when the file has none (a check report, an annex, a consolidation of an older version).
 */
import { readRecordRows, RECORD_SHEET, type ConsolidationRecord } from '../core/consolidation';
import type { GridCell, SheetGrid } from '../core/returns';
import { DEFAULT_LIMITS, type ReadLimits } from './fileProblem';
import { readWorkbookPackage } from './read/readWorkbookPackage';

const textOf = (cell: GridCell | undefined): string => (cell === undefined || cell.value.type === 'empty' ? '' : String(cell.value.value));

/** The record, with the file's other sheets: what its reviewers saw, to compare the record with (decision 0247). */
export interface ConsolidationFileRead {
  record: ConsolidationRecord;
  sheets: readonly SheetGrid[];
}

export function readConsolidationFile(bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): ConsolidationFileRead | null {
  const read = readWorkbookPackage(bytes, limits);
  if (!read.ok) return null;
  const grid = read.workbook.grids.sheets.find((sheet) => sheet.name === RECORD_SHEET);
  if (grid === undefined) return null;
  const rows = grid.rows.map((row): [string, string] => [textOf(row?.[0]).trim(), textOf(row?.[1])]);
  const record = readRecordRows(rows);
  return record === null ? null : { record, sheets: read.workbook.grids.sheets.filter((sheet) => sheet !== grid) };
}

export function readConsolidationRecord(bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): ConsolidationRecord | null {
  return readConsolidationFile(bytes, limits)?.record ?? null;
}
