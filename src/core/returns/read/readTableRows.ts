/**
 * The rows of a located table, as the checks need them. A row is identified by the id in its hidden id
 * column, never by its position; a row whose id was deleted or edited is still read (id null or the edited
 * text) when it has a name or anything typed, so the structure check can report it.
 */
import { constantLiteral } from '../../formulas';
import type { EnteredCell, ReturnRow } from '../types';
import { footerLabelOf } from './footerEntries';
import { enteredAt, textAt, textOf, type SheetGrid } from './grid';
import type { TableLocation } from './locateTable';

export interface TableRows {
  rows: ReturnRow[];
  /** 0-based first and last rows read (lastRow < firstRow when none was). */
  firstRow: number;
  lastRow: number;
  /** 0-based row where the foot of the form starts, or null when it was not found under the table. */
  footerRow: number | null;
}

const hasValue = (cell: EnteredCell) => cell.value.type !== 'empty';

/**
 * An entry whose formula is only a logical or error constant (=TRUE(), =#N/A: how LibreOffice saves a TRUE or an error
 * value it holds) is that constant, as Excel stores it: the same entry gets the same finding whichever suite saved it
 * last (decision 0267). Any other formula stays a formula.
 */
function asConstant(cell: EnteredCell): EnteredCell {
  const literal = cell.formula === undefined ? null : constantLiteral(cell.formula);
  if (literal === null) return cell;
  const { formula: _formula, ...rest } = cell;
  return { ...rest, value: literal };
}

export function readTableRows(grid: SheetGrid, table: TableLocation): TableRows {
  const { columns } = table;
  const rows: ReturnRow[] = [];
  const firstRow = table.headerRow + 1;
  let lastRow = table.headerRow;
  let footerRow: number | null = null;
  const years = Object.entries(columns.actuals).map(([year, col]) => [Number(year), col] as const);
  for (let row = firstRow; row < grid.rows.length; row++) {
    const cells = grid.rows[row];
    if (cells === undefined) continue;
    const id = textAt(grid, row, columns.id);
    // The foot of the form (单位负责人： …) ends the table.
    if (id === '' && cells.some((cell) => footerLabelOf(textOf(cell)) !== null)) {
      footerRow = row;
      break;
    }
    const name = textAt(grid, row, columns.name);
    const actuals: Record<number, EnteredCell> = {};
    let anyValue = false;
    for (const [year, col] of years) {
      const entered = asConstant(enteredAt(grid, row, col));
      actuals[year] = entered;
      anyValue ||= hasValue(entered);
    }
    const explanation = enteredAt(grid, row, columns.explanation);
    if (id === '' && name === '' && !anyValue && !hasValue(explanation)) continue;
    lastRow = row;
    rows.push({ indicatorId: id === '' ? null : id, row, name, unit: textAt(grid, row, columns.unit), actuals, explanation });
  }
  return { rows, firstRow, lastRow, footerRow };
}
