/**
 * ExcelJS reads a data validation into one entry per cell (the same object for every cell of one element) and, writing,
 * joins the cells again walking their addresses in string order: a block whose rows cross 9→10 or 99→100, or whose
 * columns cross Z→AA, comes back as overlapping ranges (H9:H10 as H10 and H9:H10), each with the formula written for
 * the block's first cell. A custom formula's relative references then test the wrong cell (零的突破's count rule,
 * decision 0276). Before a loaded workbook is written, each validation whose cells fill a rectangle is put back under
 * that rectangle's range, which ExcelJS writes as it is; any other shape is left to ExcelJS.
 */
import type ExcelJS from 'exceljs';
import { parseRange, rangeA1, type CellRange } from '../core/form';
import { dataValidationsOf } from './renderSheet';

/** The smallest range holding every cell (A1 addresses, a validation may cover millions: no spread); null if one is no address. */
function boundsOf(cells: readonly string[]): CellRange | null {
  const bounds = { top: Infinity, left: Infinity, bottom: -Infinity, right: -Infinity };
  for (const cell of cells) {
    const place = parseRange(cell);
    if (place === null) return null;
    bounds.top = Math.min(bounds.top, place.top);
    bounds.left = Math.min(bounds.left, place.left);
    bounds.bottom = Math.max(bounds.bottom, place.bottom);
    bounds.right = Math.max(bounds.right, place.right);
  }
  return bounds;
}

export function keepValidationBlocks(workbook: ExcelJS.Workbook): void {
  for (const sheet of workbook.worksheets) {
    const { model } = dataValidationsOf(sheet);
    const cellsOf = new Map<ExcelJS.DataValidation, string[]>();
    for (const [address, validation] of Object.entries(model)) {
      if (validation === undefined || address.includes(':')) continue;
      const cells = cellsOf.get(validation) ?? [];
      cells.push(address);
      cellsOf.set(validation, cells);
    }
    for (const [validation, cells] of cellsOf) {
      if (cells.length < 2) continue;
      const block = boundsOf(cells);
      if (block === null || (block.bottom - block.top + 1) * (block.right - block.left + 1) !== cells.length) continue;
      for (const cell of cells) delete model[cell];
      model[rangeA1(block)] = validation;
    }
  }
}
