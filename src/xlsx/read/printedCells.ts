/**
 * What a reporting sheet prints outside its entry cells — the frame above the table, the header, each row's
 * baselines, targets and formulas — as found, for the checks to compare with the layout the metadata
 * regenerates. A merged cell is read once, at its master: ExcelJS gives every cell of a merge the master's value.
 */
import type ExcelJS from 'exceljs';
import type { PrintedCell, PrintedCells } from '../../core/returns';
import { cellText, enteredCell } from '../cellValue';
import type { TableLocation } from './locateTable';
import type { TableRows } from './readSheetRows';

export function printedCells(sheet: ExcelJS.Worksheet, table: TableLocation, body: TableRows): PrintedCells {
  const entryColumns = new Set([...Object.values(table.columns.actuals), table.columns.explanation]);
  const last = Math.max(table.headerRow, body.lastRow);
  const cells: PrintedCell[] = [];
  for (let number = 1; number <= last; number++) {
    const inTable = number > table.headerRow;
    sheet.findRow(number)?.eachCell((cell, colNumber) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      if (inTable && entryColumns.has(colNumber - 1)) return;
      const text = cellText(cell);
      const formula = enteredCell(cell).formula;
      if (text === '' && formula === undefined) return;
      cells.push({ row: number - 1, col: colNumber - 1, text, ...(formula === undefined ? {} : { formula }) });
    });
  }
  return { headerRow: table.headerRow - 1, cells };
}
