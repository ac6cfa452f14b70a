/**
 * A stored cell as the checks see it: the value its type and text give (a formula's cached result), a number
 * in a date format as a date, the number format of its style, its formula spelled out for its own cell.
 */
import type { CellValue } from '../../core/returns';
import { keptPerText } from '../../core/util/kept';

/** A format that shows dates or times: letters of a date outside quotes and brackets. */
const showsDates = keptPerText((format: string) => /[ymdhMsb]+/u.test(format.replace(/\[[^\]]*\]/gu, '').replace(/"[^"]*"/gu, '')), 256, 256);

/** Asked of every number cell, of a few formats a file: each format's answer is kept. */
const isDateFormat = (format: string | undefined): boolean => format !== undefined && showsDates(format);

function dateValue(serial: number, date1904: boolean): CellValue {
  const date = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
  return Number.isNaN(date.getTime()) ? { type: 'error', value: '#VALUE!' } : { type: 'date', value: date.toISOString() };
}

function numberValue(text: string, format: string | undefined, date1904: boolean): CellValue {
  const value = Number.parseFloat(text);
  if (!Number.isFinite(value)) return { type: 'error', value: '#NUM!' };
  return isDateFormat(format) ? dateValue(value, date1904) : { type: 'number', value };
}

const textValue = (text: string): CellValue => (text === '' ? { type: 'empty' } : { type: 'text', value: text });

/** A shared string by its index; an index past the table is damage, as Excel sees it. */
function sharedString(strings: readonly string[], index: string): string {
  const found = strings[Number.parseInt(index, 10)];
  if (found === undefined) throw new Error(`a cell points at shared string ${index}; the file has ${strings.length}`);
  return found;
}

/** The value of a cell of type `type` holding `text` (undefined: no <v>). */
export function storedValue(type: string | undefined, text: string | undefined, strings: readonly string[], format: string | undefined, date1904: boolean, isFormula: boolean): CellValue {
  if (text === undefined) return { type: 'empty' };
  switch (type) {
    case 's':
      if (isFormula) return numberValue(text, format, date1904);
      return textValue(sharedString(strings, text));
    case 'str':
    case 'inlineStr':
      return textValue(text);
    case 'b':
      return { type: 'boolean', value: Number.parseInt(text, 10) !== 0 };
    case 'e':
      return { type: 'error', value: text };
    case 'd': {
      const date = new Date(text);
      return Number.isNaN(date.getTime()) ? { type: 'error', value: '#VALUE!' } : { type: 'date', value: date.toISOString() };
    }
    case undefined:
    case 'n':
      return numberValue(text, format, date1904);
    default:
      // No office suite writes another type; LibreOffice shows such a cell empty where a number reading would show a value.
      throw new Error(`a cell of type "${type}", which .xlsx does not have`);
  }
}
