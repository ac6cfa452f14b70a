import { formatNumber } from '../../i18n';
import type { EnteredCell } from '../../returns';
import { scaleByPowerOfTen } from '../../units';
import { isPercentFormat } from './numberFormat';

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
    case 'date':
      return value.value;
  }
}
