/**
 * Reporting sheets read back from the open workbook, in a fixed number of round trips whatever their size:
 * 1. the sheets there;
 * 2. the "_meta" blocks that name the reporting sheets, and the size, protection and top rows of each sheet (a
 *    reporting sheet may have been renamed, or copied into this workbook without its metadata);
 * 3. one used-range read per sheet (values, types, number formats, formulas), several sheets per request as
 *    long as the response stays under the 5 MB limit.
 */
import { metadataSheetLayout, readMetadataCells, type MetadataCell } from '../core/layout';
import type { ReturnSheet } from '../core/returns';
import { assignMetadata, type MetadataBlockRead } from './assignMetadata';
import { metadataBlocks } from './metadataRows';
import { REQUEST_LIMIT_BYTES } from './requestBudget';
import { hostSupport, type SupportCheck } from './requirements';
import { findHeader, type SheetGrid } from './returnFromGrid';
import { SyncCounter } from './syncCounter';

const META_SHEET = metadataSheetLayout([]).name;
/** Where a reporting table's header is looked for on a sheet _meta does not name. */
const PROBE_RANGE = 'A1:CZ20';
/** A read is capped (Excel refuses reads over 5 000 000 cells; a reporting sheet is far smaller). */
const MAX_ROWS = 50_000;
const MAX_COLUMNS = 200;
/** Response bytes per cell for four arrays (values, types, formats, formulas): a generous estimate. */
const BYTES_PER_CELL = 64;

export interface ReadReport {
  sheets: ReturnSheet[];
  syncs: number;
}

interface ToRead {
  name: string;
  worksheet: Excel.Worksheet;
  used: Excel.Range;
  /** The block that names this sheet, when one does. */
  block: MetadataBlockRead | null;
  /** Top rows: where the header of a sheet no block names is looked for. */
  probe: Excel.Range;
}

/** "Sheet1!A1:B2, 'My sheet'!C3:C9" → ['A1:B2', 'C3:C9']. */
function mergeRefs(address: string): string[] {
  // Commas between areas, not inside a quoted sheet name.
  return address.split(/,(?=(?:[^']*'[^']*')*[^']*$)/u).map((part) => part.slice(part.lastIndexOf('!') + 1).replace(/\$/gu, '').trim()).filter((ref) => ref !== '');
}

/** office-js gives strings, numbers and booleans; anything else reads as an empty cell. */
function metadataCell(value: unknown): MetadataCell {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
}

function blocksOf(values: unknown[][]): MetadataBlockRead[] {
  return metadataBlocks(values).flatMap((block) => (block.sheet === null
    ? []
    : [{ sheet: block.sheet, result: readMetadataCells(block.rows.map((row) => row.map(metadataCell))) }]));
}

export interface ReadOptions {
  /** Which requirement sets the host has (merged areas need ExcelApi 1.13); default Office.context.requirements. */
  isSupported?: SupportCheck;
}

async function readSheets(context: Excel.RequestContext, onlyActive: boolean, options: ReadOptions): Promise<ReadReport> {
  const mergedAreas = (options.isSupported ?? hostSupport())('ExcelApi', '1.13');
  const counter = new SyncCounter();
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  const active = onlyActive ? worksheets.getActiveWorksheet() : null;
  active?.load('name');
  await counter.sync(context);

  // Sheets are reached by name from the loaded collection, never through a null object.
  const metaSheet = worksheets.items.find((sheet) => sheet.name === META_SHEET);
  const meta = metaSheet?.getUsedRangeOrNullObject(true);
  meta?.load('values');
  const candidates = worksheets.items.filter((sheet) => sheet !== metaSheet && (active === null || sheet.name === active.name));
  const toRead: ToRead[] = candidates.map((worksheet) => {
    const used = worksheet.getUsedRangeOrNullObject(false);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    worksheet.protection.load('protected');
    const probe = worksheet.getRange(PROBE_RANGE);
    probe.load('values');
    return { name: worksheet.name, worksheet, used, block: null, probe };
  });
  if (meta !== undefined || toRead.length > 0) await counter.sync(context);

  const blockList = blocksOf(meta === undefined || meta.isNullObject ? [] : meta.values);
  const blocks = new Map(blockList.map((block) => [block.sheet.toLowerCase(), block]));
  for (const sheet of toRead) sheet.block = blocks.get(sheet.name.toLowerCase()) ?? null;

  // A sheet _meta names is read whatever it holds; any other sheet only when it is visible and holds a table.
  const reading = toRead.filter((sheet) => sheet.block !== null || (!sheet.used.isNullObject && sheet.worksheet.visibility === 'Visible'
    && findHeader({ sheet: sheet.name, top: 0, left: 0, values: sheet.probe.values, protected: null }).found));
  const grids = new Map<ToRead, SheetGrid>();
  let chunk: Array<{ sheet: ToRead; range: Excel.Range; merged: Excel.RangeAreas | null; top: number; left: number }> = [];
  let chunkBytes = 0;
  const flush = async () => {
    if (chunk.length === 0) return;
    await counter.sync(context);
    for (const { sheet, range, merged, top, left } of chunk) {
      grids.set(sheet, {
        sheet: sheet.name, top, left, values: range.values, valueTypes: range.valueTypes, numberFormat: range.numberFormat,
        formulas: range.formulas, protected: sheet.worksheet.protection.protected,
        ...(merged === null || merged.isNullObject ? {} : { merges: mergeRefs(merged.address) }),
      });
    }
    chunk = [];
    chunkBytes = 0;
  };
  for (const sheet of reading) {
    if (sheet.used.isNullObject) {
      grids.set(sheet, { sheet: sheet.name, top: 0, left: 0, values: [], protected: sheet.worksheet.protection.protected });
      continue;
    }
    const rows = Math.min(sheet.used.rowCount, MAX_ROWS);
    const columns = Math.min(sheet.used.columnCount, MAX_COLUMNS);
    const bytes = rows * columns * BYTES_PER_CELL;
    // Sheets are read together until the response would pass the limit: a sync per few sheets, not per sheet.
    if (chunk.length > 0 && chunkBytes + bytes > REQUEST_LIMIT_BYTES) await flush();
    const range = sheet.worksheet.getRangeByIndexes(sheet.used.rowIndex, sheet.used.columnIndex, rows, columns);
    range.load('values,valueTypes,numberFormat,formulas');
    const merged = mergedAreas ? range.getMergedAreasOrNullObject() : null;
    merged?.load('address');
    chunk.push({ sheet, range, merged, top: sheet.used.rowIndex, left: sheet.used.columnIndex });
    chunkBytes += bytes;
  }
  await flush();

  const read = reading.flatMap((sheet) => {
    const grid = grids.get(sheet);
    return grid === undefined ? [] : [{ grid, named: sheet.block }];
  });
  const sheets = assignMetadata(read, blockList, metaSheet !== undefined);
  return { sheets, syncs: counter.count };
}

/** Every reporting sheet of the workbook: those "_meta" names, and visible sheets that hold a reporting table. */
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
