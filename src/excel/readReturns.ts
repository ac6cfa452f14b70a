/**
 * Reporting sheets read back from the open workbook, in a fixed number of round trips whatever their size:
 * 1. the sheets there;
 * 2. the "_meta" sheet, and the size, protection and top rows of each sheet (a reporting sheet may have been
 *    renamed, or copied, or lost its metadata: its header or ids show in its top rows);
 * 3. one used-range read per sheet to read (values, types, number formats, formulas; merged areas on ExcelApi
 *    1.13), several sheets per request as long as the response stays under the 5 MB limit.
 * The arrays become grids and core's reader (readReturnGrids) does the rest, as it does for a file in src/xlsx.
 */
import { rangeA1 } from '../core/form';
import { metadataSheetLayout } from '../core/layout';
import { looksLikeReturn, readMetadataGrid, readReturnGrids, textOf, type ReturnSheet, type SheetGrid } from '../core/returns';
import { rangeGrid } from './rangeGrid';
import { REQUEST_LIMIT_BYTES } from './requestBudget';
import { hostSupport, type SupportCheck } from './requirements';
import { SyncCounter } from './syncCounter';

const META_SHEET = metadataSheetLayout([]).name;
/** Where a reporting table's header and first ids are looked for on a sheet _meta does not name (as the file reader: 60 rows). */
const PROBE_RANGE = 'A1:CZ60';
/** A read is capped (Excel refuses reads over 5 000 000 cells; a reporting sheet is far smaller). */
const MAX_ROWS = 50_000;
const MAX_COLUMNS = 200;
/** Response bytes per cell for four arrays (values, types, formats, formulas): a generous estimate. */
const BYTES_PER_CELL = 64;

export interface ReadReport {
  sheets: ReturnSheet[];
  syncs: number;
}

interface Candidate {
  name: string;
  worksheet: Excel.Worksheet;
  used: Excel.Range;
  /** Top rows: where the header or ids of a sheet no block names are looked for. */
  probe: Excel.Range;
}

/** "Sheet1!A1:B2, 'My sheet'!C3:C9" → ['A1:B2', 'C3:C9']. */
function mergeRefs(address: string): string[] {
  // Commas between areas, not inside a quoted sheet name.
  return address.split(/,(?=(?:[^']*'[^']*')*[^']*$)/u).map((part) => part.slice(part.lastIndexOf('!') + 1).replace(/\$/gu, '').trim()).filter((ref) => ref !== '');
}

/** True when the top of a sheet shows a reporting table, or any row id the metadata lists (a renamed copy). */
function worthReading(probe: SheetGrid, rowIds: ReadonlySet<string>): boolean {
  if (looksLikeReturn(probe)) return true;
  return probe.rows.some((cells) => cells?.some((cell) => rowIds.has(textOf(cell))) ?? false);
}

/**
 * A sheet's used range, on every Excel: getUsedRangeOrNullObject needs ExcelApi 1.4; on Office 2016 (1.1)
 * getUsedRange gives the top left cell of a blank sheet instead of a null object, which reads as an empty cell.
 */
function usedRange(worksheet: Excel.Worksheet, orNull: boolean, valuesOnly: boolean): Excel.Range {
  return orNull ? worksheet.getUsedRangeOrNullObject(valuesOnly) : worksheet.getUsedRange();
}

const isBlank = (range: Excel.Range, orNull: boolean) => orNull && range.isNullObject;

export interface ReadOptions {
  /** Which requirement sets the host has (merged areas need ExcelApi 1.13); default Office.context.requirements. */
  isSupported?: SupportCheck;
}

async function readSheets(context: Excel.RequestContext, onlyActive: boolean, options: ReadOptions): Promise<ReadReport> {
  const supports = options.isSupported ?? hostSupport();
  const mergedAreas = supports('ExcelApi', '1.13');
  // What an older Excel lacks is left unread, never asked for (the request would fail): null objects (1.4) and
  // sheet protection (1.2, read as unknown: no finding about it).
  const orNull = supports('ExcelApi', '1.4');
  const protection = supports('ExcelApi', '1.2');
  const counter = new SyncCounter();
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const active = onlyActive ? worksheets.getActiveWorksheet() : null;
  active?.load('name');
  await counter.sync(context);

  // Sheets are reached by name from the loaded collection, never through a null object.
  const metaSheet = worksheets.items.find((sheet) => sheet.name === META_SHEET);
  const meta = metaSheet === undefined ? undefined : usedRange(metaSheet, orNull, true);
  meta?.load('values,rowIndex,columnIndex');
  const candidates: Candidate[] = worksheets.items
    .filter((sheet) => sheet !== metaSheet && (active === null || sheet.name === active.name))
    .map((worksheet) => {
      const used = usedRange(worksheet, orNull, false);
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      if (protection) worksheet.protection.load('protected');
      const probe = worksheet.getRange(PROBE_RANGE);
      probe.load('values');
      return { name: worksheet.name, worksheet, used, probe };
    });
  if (meta !== undefined || candidates.length > 0) await counter.sync(context);

  const metaGrid = meta === undefined ? null
    : isBlank(meta, orNull) ? rangeGrid({ name: META_SHEET, top: 0, left: 0, values: [], merges: null, protected: null })
      : rangeGrid({ name: META_SHEET, top: meta.rowIndex, left: meta.columnIndex, values: meta.values, merges: null, protected: null });
  const metadata = readMetadataGrid(metaGrid);
  const blocks = metadata.present ? metadata.blocks.flatMap((block) => (block.ok ? [block.metadata] : [])) : [];
  const namedSheets = new Set(blocks.map((block) => block.sheet.toLowerCase()));
  const rowIds = new Set(blocks.flatMap((block) => block.rowIds));

  // A sheet _meta names is read whatever it holds; any other sheet when its top rows show a table or row ids.
  const reading = candidates.filter((sheet) => namedSheets.has(sheet.name.toLowerCase())
    || (!isBlank(sheet.used, orNull) && worthReading(rangeGrid({ name: sheet.name, top: 0, left: 0, values: sheet.probe.values, merges: null, protected: null }), rowIds)));
  const grids = new Map<Candidate, SheetGrid>();
  let chunk: Array<{ sheet: Candidate; range: Excel.Range; merged: Excel.RangeAreas | null; top: number; left: number }> = [];
  let chunkBytes = 0;
  const flush = async () => {
    if (chunk.length === 0) return;
    await counter.sync(context);
    for (const { sheet, range, merged, top, left } of chunk) {
      grids.set(sheet, rangeGrid({
        name: sheet.name, top, left, values: range.values, valueTypes: range.valueTypes, numberFormat: range.numberFormat, formulas: range.formulas,
        merges: merged === null ? null : merged.isNullObject ? [] : mergeRefs(merged.address), protected: protection ? sheet.worksheet.protection.protected : null,
      }));
    }
    chunk = [];
    chunkBytes = 0;
  };
  for (const sheet of reading) {
    if (isBlank(sheet.used, orNull)) {
      grids.set(sheet, rangeGrid({ name: sheet.name, top: 0, left: 0, values: [], merges: mergedAreas ? [] : null, protected: protection ? sheet.worksheet.protection.protected : null }));
      continue;
    }
    const rows = Math.min(sheet.used.rowCount, MAX_ROWS);
    const columns = Math.min(sheet.used.columnCount, MAX_COLUMNS);
    const bytes = rows * columns * BYTES_PER_CELL;
    // Sheets are read together until the response would pass the limit: a sync per few sheets, not per sheet.
    if (chunk.length > 0 && chunkBytes + bytes > REQUEST_LIMIT_BYTES) await flush();
    // By address, not getRangeByIndexes (ExcelApi 1.7): the same range on every Excel.
    const top = sheet.used.rowIndex;
    const left = sheet.used.columnIndex;
    const range = sheet.worksheet.getRange(rangeA1({ top, left, bottom: top + rows - 1, right: left + columns - 1 }));
    range.load('values,valueTypes,numberFormat,formulas');
    const merged = mergedAreas ? range.getMergedAreasOrNullObject() : null;
    merged?.load('address');
    chunk.push({ sheet, range, merged, top: sheet.used.rowIndex, left: sheet.used.columnIndex });
    chunkBytes += bytes;
  }
  await flush();

  const sheets = reading.flatMap((sheet) => {
    const grid = grids.get(sheet);
    return grid === undefined ? [] : [grid];
  });
  const read = readReturnGrids(
    { sheetNames: worksheets.items.map((sheet) => sheet.name), sheets, metadata: metaGrid },
    { reportMissing: !onlyActive },
  );
  return { sheets: read, syncs: counter.count };
}

/** Every reporting sheet of the workbook, and each one _meta names that is gone (observed as missing). */
export async function readReturnSheets(context: Excel.RequestContext, options: ReadOptions = {}): Promise<ReturnSheet[]> {
  return (await readSheets(context, false, options)).sheets;
}

/** The active sheet as a return, or null when it holds no reporting table. */
export async function readActiveReturnSheet(context: Excel.RequestContext, options: ReadOptions = {}): Promise<ReturnSheet | null> {
  return (await readSheets(context, true, options)).sheets[0] ?? null;
}

/** readReturnSheets with its round-trip count (tests, benchmark). */
export function readReturnSheetsReport(context: Excel.RequestContext, options: ReadOptions = {}): Promise<ReadReport> {
  return readSheets(context, false, options);
}
