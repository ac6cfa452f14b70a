/**
 * What the reader sees about a sheet's form that the rows cannot carry: merged cells over entry cells, the
 * protection the generator set gone, formulas that reach into other workbooks. Each becomes a structure
 * finding of the checks.
 */
import type ExcelJS from 'exceljs';
import { parseRange, type CellRange } from '../../core/layout';
import type { ReaderObservation } from '../../core/returns';
import { enteredCell } from '../cellValue';
import type { TableLocation } from './locateTable';
import type { TableRows } from './readSheetRows';

/** ExcelJS keeps a sheet's merges by master cell; its type declarations leave the index out. */
interface WithMerges {
  _merges?: Record<string, { range?: string } | undefined>;
}

export function mergesOf(sheet: ExcelJS.Worksheet): string[] {
  const merges = (sheet as unknown as WithMerges)._merges ?? {};
  return Object.values(merges).flatMap((merge) => (typeof merge?.range === 'string' ? [merge.range] : []));
}

/** '[1]Sheet1!A1', '[Book1.xlsx]Sheet1!A1', "'file:///C:/x.xlsx'#..." : a reference into another workbook. */
const EXTERNAL = /\[\d+\]|\[[^\]]*\.xl[a-z]*\]|file:/iu;

function mergedEntryCells(sheet: ExcelJS.Worksheet, table: TableLocation, body: TableRows): ReaderObservation[] {
  if (body.lastRow < body.firstRow) return [];
  const entryColumns = [...Object.values(table.columns.actuals), table.columns.explanation];
  const observations: ReaderObservation[] = [];
  for (const ref of mergesOf(sheet)) {
    const range: CellRange | null = parseRange(ref);
    if (range === null) continue;
    const rowsMeet = range.top <= body.lastRow - 1 && range.bottom >= body.firstRow - 1;
    const colsMeet = entryColumns.some((col) => col >= range.left && col <= range.right);
    if (rowsMeet && colsMeet) observations.push({ code: 'structure.merged_entry_cells', cell: ref });
  }
  return observations;
}

function externalReferences(sheet: ExcelJS.Worksheet): ReaderObservation[] {
  const observations: ReaderObservation[] = [];
  sheet.eachRow((row) => {
    row.eachCell((cell) => {
      const formula = enteredCell(cell).formula;
      if (formula !== undefined && EXTERNAL.test(formula)) {
        observations.push({ code: 'structure.external_reference', cell: cell.address, detail: formula.slice(0, 200) });
      }
    });
  });
  return observations;
}

/**
 * The generator protects every reporting sheet. ExcelJS reads sheet="1" but not LibreOffice's sheet="true",
 * so the element's presence is what counts: Excel and LibreOffice drop it when protection is removed.
 */
function protectionRemoved(sheet: ExcelJS.Worksheet): ReaderObservation[] {
  const protection = (sheet as unknown as { sheetProtection?: unknown }).sheetProtection;
  return protection === null || protection === undefined ? [{ code: 'structure.protection_removed' }] : [];
}

function headerChanged(table: TableLocation): ReaderObservation[] {
  if (table.missing.length === 0) return [];
  const detail = table.missing.join('、');
  if (table.headerRow < 1) return [{ code: 'structure.header_changed', detail }];
  return [{ code: 'structure.header_changed', cell: `${table.headerRow}:${table.headerRow}`, detail }];
}

export function sheetObservations(sheet: ExcelJS.Worksheet, table: TableLocation, body: TableRows): ReaderObservation[] {
  return [...headerChanged(table), ...mergedEntryCells(sheet, table, body), ...protectionRemoved(sheet), ...externalReferences(sheet)];
}

