import { formatNumber } from '../../i18n';
import type { EnteredCell } from '../../returns';
import { scaleByPowerOfTen } from '../../units';
import { isPercentFormat } from './numberFormat';

/**
 * A date as a person reads it: the readers give a date as ISO text in UTC (Excel's serial days), shown here as
 * 2025-06-01, with the time when the cell has one (2025-06-01 08:30). Any other text is returned as it is.
 */
export function shownDate(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?Z$/u.exec(iso);
  if (match === null) return iso;
  const [, day = iso, time = '00:00'] = match;
  return time === '00:00' ? day : `${day} ${time}`;
}

/** The entry as a person sees it in the cell ('3.5%' for 0.035 under a percent format), null when empty. */
export function cellText(cell: EnteredCell | null | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  const { value } = cell;
  switch (value.type) {
    case 'empty':
      return null;
    case 'number':
      return isPercentFormat(cell.numberFormat) ? `${formatNumber(scaleByPowerOfTen(value.value, 2))}%` : formatNumber(value.value);
    case 'text':
      return value.value.trim() === '' ? null : value.value.trim();
    case 'boolean':
      return value.value ? 'TRUE' : 'FALSE';
    case 'error':
      return value.value;
    case 'date':
      return shownDate(value.value);
  }
}
