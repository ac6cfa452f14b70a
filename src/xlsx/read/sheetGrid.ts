/**
 * ExcelJS worksheets as the grids core's reader takes (core/returns readReturnGrids), so that a file and the
 * same workbook open in Excel are read by one implementation. A merged range keeps its value in its first cell
 * only, as Excel gives it (ExcelJS repeats the master's value in every cell of the merge).
 */
import type ExcelJS from 'exceljs';
import { METADATA } from '../../core/form';
import type { GridCell, SheetGrid, WorkbookGrids } from '../../core/returns';
import { enteredCell } from '../cellValue';

/** ExcelJS keeps a sheet's merges by master cell; its type declarations leave the index out. */
interface WithMerges {
  _merges?: Record<string, { range?: string } | undefined>;
}

export function mergesOf(sheet: ExcelJS.Worksheet): string[] {
  const merges = (sheet as unknown as WithMerges)._merges ?? {};
  return Object.values(merges).flatMap((merge) => (typeof merge?.range === 'string' ? [merge.range] : []));
}

/**
 * The generator protects every reporting sheet. ExcelJS reads sheet="1" but not LibreOffice's sheet="true",
 * so the element's presence is what counts: Excel and LibreOffice drop it when protection is removed.
 */
function isProtected(sheet: ExcelJS.Worksheet): boolean {
  const protection = (sheet as unknown as { sheetProtection?: unknown }).sheetProtection;
  return protection !== null && protection !== undefined;
}

function gridCell(cell: ExcelJS.Cell): GridCell | undefined {
  if (cell.isMerged && cell.master.address !== cell.address) return undefined;
  const { address: _address, ...held } = enteredCell(cell);
  const empty = held.value.type === 'empty' && held.numberFormat === undefined && held.formula === undefined && held.note === undefined;
  return empty ? undefined : held;
}

export function sheetGrid(sheet: ExcelJS.Worksheet): SheetGrid {
  const rows: Array<Array<GridCell | undefined> | undefined> = [];
  for (let number = 1; number <= sheet.rowCount; number++) {
    const row = sheet.findRow(number);
    if (row === undefined) continue;
    // findCell, unlike eachCell({includeEmpty}), reads the cells there without creating the missing ones.
    let cells: Array<GridCell | undefined> | undefined;
    for (let col = 1; col <= row.cellCount; col++) {
      const found = row.findCell(col);
      const cell = found === undefined ? undefined : gridCell(found);
      if (cell === undefined) continue;
      cells ??= [];
      cells[col - 1] = cell;
    }
    if (cells !== undefined) rows[number - 1] = cells;
  }
  return { name: sheet.name, rows, merges: mergesOf(sheet), protected: isProtected(sheet) };
}

export function isMetadataSheet(sheet: ExcelJS.Worksheet): boolean {
  return sheet.name === METADATA.sheetName;
}

/** Every sheet of the workbook as a grid, _meta apart. */
export function workbookGrids(workbook: ExcelJS.Workbook): WorkbookGrids {
  const meta = workbook.worksheets.find(isMetadataSheet);
  return {
    sheetNames: workbook.worksheets.map((sheet) => sheet.name),
    sheets: workbook.worksheets.filter((sheet) => !isMetadataSheet(sheet)).map(sheetGrid),
    metadata: meta === undefined ? null : sheetGrid(meta),
  };
}
