/**
 * A workbook file opened in the fake Excel: every sheet with its cells as Excel holds them after opening the file
 * (a text stays text, a formula keeps its last result, a date is a serial number under its format, a merged range
 * holds its value in its first cell), its merges, protection and visibility. So the office-js reader and the file
 * reader can be given the very same workbook.
 */
import type ExcelJS from 'exceljs';
import type { CellValue } from '../../../src/core/returns/index';
import { enteredCell } from '../../../src/xlsx/cellValue';
import { mergesOf } from '../../../src/xlsx/read/sheetGrid';
import { FakeExcel } from './fakeExcel';
import type { CellModel, Typed } from './fakeModel';

const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

/** A constant as Excel holds it: what values and valueTypes give. */
function constant(value: CellValue): Typed {
  switch (value.type) {
    case 'number':
      return { value: value.value, type: 'Double' };
    case 'text':
      return { value: value.value, type: 'String' };
    case 'boolean':
      return { value: value.value, type: 'Boolean' };
    case 'error':
      return { value: value.value, type: 'Error' };
    case 'date':
      return { value: (Date.parse(value.value) - EPOCH_MS) / DAY_MS, type: 'Double' };
    default:
      return { value: '', type: 'Empty' };
  }
}

function copyCell(cell: ExcelJS.Cell, into: CellModel): void {
  const entered = enteredCell(cell);
  into.numberFormat = typeof cell.numFmt === 'string' && cell.numFmt !== '' ? cell.numFmt : 'General';
  const held = constant(entered.value);
  if (entered.formula !== undefined) {
    into.input = `=${entered.formula}`;
    into.result = held;
    return;
  }
  into.input = held.value;
  // A text in a file is text in Excel, whatever it looks like ('2.0', '10-15', '=x').
  into.quoted = held.type === 'String';
}

/** A fake Excel holding `workbook` as Excel opens it. */
export function fakeOf(workbook: ExcelJS.Workbook): FakeExcel {
  const excel = new FakeExcel();
  for (const worksheet of workbook.worksheets) {
    const sheet = excel.workbook.addSheet(worksheet.name);
    sheet.visibility = VISIBILITY[worksheet.state];
    const protection = (worksheet as unknown as { sheetProtection?: unknown }).sheetProtection;
    sheet.protection = { protected: protection !== null && protection !== undefined, options: {}, password: null };
    sheet.merges.push(...mergesOf(worksheet));
    for (let number = 1; number <= worksheet.rowCount; number++) {
      const row = worksheet.findRow(number);
      for (let col = 1; col <= (row?.cellCount ?? 0); col++) {
        const cell = row?.findCell(col);
        // Excel keeps a merged range's value in its first cell; ExcelJS repeats it in each.
        if (cell === undefined || (cell.isMerged && cell.master.address !== cell.address)) continue;
        copyCell(cell, sheet.cell(number - 1, col - 1));
      }
    }
  }
  excel.workbook.active = excel.workbook.sheets.find((sheet) => sheet.visibility === 'Visible') ?? null;
  return excel;
}
