/**
 * A number typed with a format that gives it its meaning must keep the format: '3.5%' typed in Excel is
 * stored as 0.035 with a percent format, and carried over without it would read as 0.035 (a share entered
 * as a fraction). core's mergeEnteredValues carries values; this carries their number formats, as styles
 * of the new layout derived from the entry cell's own. A format the person chose (0.00 on a row the plan prints
 * with one decimal) is kept likewise; the form's own format is the new form's already.
 */
import type { ReturnSheet } from '../returns';
import { reportingSheetMap } from './reportingSheetMap';
import type { SheetLayout } from './types';

const isMeaningful = (format: string | undefined): format is string => format !== undefined && format !== '' && format !== 'General' && format !== '@';

export function carryNumberFormats(layout: SheetLayout, previous: ReturnSheet): SheetLayout {
  const map = reportingSheetMap(layout);
  const rowOfId = new Map<string, number>();
  for (const cell of layout.cells) {
    if (cell.col !== map.columns.id || cell.row < map.firstDataRow || cell.row > map.lastDataRow || cell.value.kind !== 'text') continue;
    if (!rowOfId.has(cell.value.text)) rowOfId.set(cell.value.text, cell.row);
  }
  const formats = new Map<string, string>();
  for (const row of previous.rows) {
    const target = row.indicatorId === null ? undefined : rowOfId.get(row.indicatorId);
    if (target === undefined) continue;
    for (const [year, entered] of Object.entries(row.actuals)) {
      const col = map.columns.actuals[Number(year)];
      if (col !== undefined && entered.value.type === 'number' && isMeaningful(entered.numberFormat)) formats.set(`${target}:${col}`, entered.numberFormat);
    }
  }
  if (formats.size === 0) return layout;
  const styles = { ...layout.styles };
  const cells = layout.cells.map((cell) => {
    const format = formats.get(`${cell.row}:${cell.col}`);
    const base = styles[cell.style];
    // The form's own format (the decimals the plan prints, rowDecimals) needs no carrying: the new form has it.
    if (format === undefined || base === undefined || cell.value.kind !== 'number' || format === base.numberFormat) return cell;
    const name = `${cell.style}|${format}`;
    styles[name] ??= { ...base, numberFormat: format };
    return { ...cell, style: name };
  });
  return { ...layout, cells, styles };
}
