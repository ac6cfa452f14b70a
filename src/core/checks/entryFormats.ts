/**
 * An entry cell shows its number in the form's format (常规). A format put on it that shows another number than the
 * one stored is `form.number_format_changed`: a % format on a count row (6.6 shown as 660 %), a format with fewer
 * decimals than the value has (6.6 shown as 7). Formats that hide the value outright are number_format_hides (the
 * reader's hidingFormat.ts); a % format in a % row is not_a_number.percent_format; dates are not_a_number.date.
 */
import { placeOfAddress } from '../form';
import type { ReaderObservation, ReturnSheet } from '../returns';
import type { ExpectedForm } from './expectedForm';
import { isPercentFormat } from './reading/numberFormat';

const PERCENT_UNIT = /%|百分点/u;

/**
 * The number a format shows for `value`, as it shows it ("382.0" for 382.03 under 0.0; null when this check does not
 * judge the format: no digits, or text).
 */
function shownNumber(format: string, value: number): string | null {
  const section = (format.split(';')[0] ?? '').replace(/"[^"]*"/gu, '').replace(/\\./gu, '').replace(/\[[^\]]*\]/gu, '');
  if (!/[0#?]/u.test(section) || section.includes('@')) return null;
  // Scientific: the mantissa keeps as many decimals as it has placeholders after the point ('0E+0' shows 8E+2 for 804.67).
  const scientific = /^([^E]*)E[+-]/iu.exec(section);
  if (scientific !== null) {
    const mantissa = scientific[1] ?? '';
    const digits = mantissa.includes('.') ? ((mantissa.split('.')[1] ?? '').match(/[0#?]/gu)?.length ?? 0) : 0;
    return value.toExponential(Math.min(digits, 20)).toUpperCase().replace(/E([+-])(\d)$/u, 'E$10$2');
  }
  const scale = 100 ** (section.match(/%/gu)?.length ?? 0);
  const decimals = section.includes('.') ? ((section.split('.')[1] ?? '').match(/[0#?]/gu)?.length ?? 0) : 0;
  const thousands = /[0#?],+(?:$|[^0#?])/u.test(section) ? 1000 ** ((/[0#?](,+)(?:$|[^0#?])/u.exec(section)?.[1] ?? '').length) : 1;
  return (value * scale / thousands).toFixed(Math.min(decimals, 20));
}

function formatOf(form: ExpectedForm, row: number, col: number): string {
  const cell = form.cells.get(row, col);
  return (cell === undefined ? undefined : form.layout.styles[cell.style]?.numberFormat) ?? 'General';
}

export function entryFormatObservations(sheet: ReturnSheet, form: ExpectedForm): ReaderObservation[] {
  const observations: ReaderObservation[] = [];
  for (const row of sheet.rows) {
    const formRow = row.indicatorId === null ? undefined : form.rowOfId.get(row.indicatorId);
    if (formRow === undefined) continue;
    const percentRow = PERCENT_UNIT.test(row.unit);
    for (const cell of Object.values(row.actuals)) {
      const format = cell.numberFormat;
      if (cell.value.type !== 'number' || format === undefined || cell.formula !== undefined) continue;
      const at = placeOfAddress(cell.address);
      if (at === null) continue;
      if (at.column === undefined) continue;
      const expected = formatOf(form, formRow, at.column);
      if (format === expected || (percentRow && isPercentFormat(format))) continue;
      const shown = shownNumber(format, cell.value.value);
      if (shown === null || Number(shown) === cell.value.value) continue;
      const code = expected === 'General' ? 'form.number_format_changed_general' : 'form.number_format_changed';
      observations.push({ code, at, found: format, expected, detail: `${cell.value.value} → ${shown}` });
    }
  }
  return observations;
}
