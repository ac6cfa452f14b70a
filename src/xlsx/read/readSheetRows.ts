/**
 * The rows of a located table, as the checks need them. A row is identified by the id in its hidden id
 * column, never by its position; a row whose id was deleted or edited is still read (id null or the edited
 * text) when it has a name or anything typed, so the structure check can report it.
 */
import type ExcelJS from 'exceljs';
import { REPORTING } from '../../core/layout';
import type { EnteredCell, ReturnRow } from '../../core/returns';
import { cellText, enteredCell } from '../cellValue';
import type { TableLocation } from './locateTable';

const FOOTER_LABELS = new Set<string>(REPORTING.footer.map((label) => label.replace(/\s+/gu, '')));

/** The foot of the form (单位负责人： …) ends the table. */
function isFooter(row: ExcelJS.Row): boolean {
  let footer = false;
  row.eachCell((cell) => {
    if (FOOTER_LABELS.has(cellText(cell).replace(/\s+/gu, ''))) footer = true;
  });
  return footer;
}

const hasValue = (cell: EnteredCell) => cell.value.type !== 'empty';

export interface TableRows {
  rows: ReturnRow[];
  /** 1-based first and last rows read (for locating merged entry cells); lastRow < firstRow when none was. */
  firstRow: number;
  lastRow: number;
}

export function readSheetRows(sheet: ExcelJS.Worksheet, table: TableLocation): TableRows {
  const { columns } = table;
  const rows: ReturnRow[] = [];
  const firstRow = table.headerRow + 1;
  let lastRow = table.headerRow;
  for (let number = firstRow; number <= sheet.rowCount; number++) {
    const row = sheet.findRow(number);
    if (row === undefined) continue;
    const id = cellText(row.getCell(columns.id + 1));
    if (id === '' && isFooter(row)) break;
    const name = cellText(row.getCell(columns.name + 1));
    const actuals: Record<number, EnteredCell> = {};
    for (const [year, col] of Object.entries(columns.actuals)) actuals[Number(year)] = enteredCell(row.getCell(col + 1));
    const explanation = enteredCell(row.getCell(columns.explanation + 1));
    if (id === '' && name === '' && !Object.values(actuals).some(hasValue) && !hasValue(explanation)) continue;
    lastRow = number;
    rows.push({
      indicatorId: id === '' ? null : id,
      row: number - 1,
      name,
      unit: cellText(row.getCell(columns.unit + 1)),
      actuals,
      explanation,
    });
  }
  return { rows, firstRow, lastRow };
}
