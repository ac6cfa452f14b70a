import { constantValue } from '../../formulas';
import { normalizeCellText } from '../../notation';
import type { EnteredCell } from '../../returns';
import { convertUnit, findUnit, scaleByPowerOfTen } from '../../units';
import { isPercentFormat } from './numberFormat';
import { shownDate } from './cellText';
import { comparableText } from '../../util/comparableText';

/**
 * Why an entry is not counted. text_number, percent_format, pair and answer_variant are entries a person can read
 * but the sheet's own formulas (ISNUMBER, ="是") cannot compute: the sheet shows 未填报 (or a status from the wrong
 * number), so the core does not count them either and says what to type instead (README, "How returns are checked").
 */
export type NotANumberReason =
  | 'text' | 'unit_mismatch' | 'boolean' | 'error_value' | 'date'
  | 'text_number' | 'percent_format' | 'pair' | 'answer_variant'
  /** a number where a qualitative target asks 是/否: the sheet judges nothing from it (未填报), so neither does the core. */
  | 'answer_number'
  /** a number in a 零的突破 row that is no count (1.5, −1): the sheet shows 未填报, the core counts it nowhere (0270). */
  | 'count_not_whole'
  /** a formula that is not plain arithmetic over numbers; its cached result is never taken for the entry. */
  | 'formula';

export interface NotANumber {
  kind: 'not_a_number';
  reason: NotANumberReason;
  /** The entry as found ('abc', '#N/A', 'TRUE', '2023-05-01'). */
  text: string;
  /** unit_mismatch: the unit typed with the number ('元' in a 家 cell). */
  typedUnit?: string;
  /** What to type instead so that the sheet computes it: '540', '10.6', '是'. */
  typeInstead?: string;
}

export type EnteredNumber = { kind: 'number'; value: number } | { kind: 'missing' } | NotANumber;

const PERCENT_DIMENSIONS = new Set(['percent', 'percentage_points']);
/** A dash or slash alone means "no value", as in the plans' tables. */
const BLANK = /^[-—–―~_/\\.…·]*$/u;
const NUMBER_THEN_REST = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)(.*)$/iu;
/** A negative number as accountants write it, "(8.51)": what Excel makes of it when typed into a number cell. */
const IN_PARENTHESES = /^\((\d+(?:\.\d*)?|\.\d+)\)(.*)$/u;

function isPercentUnit(unit: string): boolean {
  const dimension = findUnit(unit)?.dimension;
  return dimension !== undefined && PERCENT_DIMENSIONS.has(dimension);
}

/** A number stored by Excel under a percent format (0.035 shown as 3.5%), in `unit`. */
function fromPercentFormat(stored: number, unit: string): number {
  const percent = scaleByPowerOfTen(stored, 2);
  const converted = convertUnit(percent, '%', unit);
  return converted.ok ? converted.value : percent;
}

/** The number a typed unit stands for in `unit`: "2.2万家" in a 家 cell is 22000; "3.5%" in a % cell is 3.5. */
function convertTyped(value: number, typed: string, unit: string): number | null {
  const typedUnit = findUnit(typed);
  const rowUnit = findUnit(unit);
  if (typedUnit === undefined) return null;
  if (rowUnit === undefined) return unit.trim() === '' ? value : null;
  if (typedUnit.dimension === 'bare_multiplier') return scaleByPowerOfTen(value, typedUnit.power - rowUnit.power);
  if (rowUnit.dimension === 'percentage_points' && typedUnit.dimension === 'percent') return value;
  const converted = convertUnit(value, typed, unit);
  return converted.ok ? converted.value : null;
}

function readNumberText(raw: string, unit: string): EnteredNumber {
  const text = normalizeCellText(raw).replace(/\u2212/gu, '-');
  if (BLANK.test(text)) return { kind: 'missing' };
  const shown = raw.trim();
  const negative = IN_PARENTHESES.exec(text.replace(/\s+/gu, ''));
  const match = negative === null ? NUMBER_THEN_REST.exec(text) : [text, `-${negative[1] ?? ''}`, negative[2] ?? ''];
  if (!match) return { kind: 'not_a_number', reason: 'text', text: shown };
  const value = Number(match[1]);
  const rest = match[2] ?? '';
  if (!Number.isFinite(value)) return { kind: 'not_a_number', reason: 'text', text: shown };
  if (rest === '' || rest === comparableText(unit)) return textNumber(shown, value);
  if (findUnit(rest) === undefined) return { kind: 'not_a_number', reason: 'text', text: shown };
  const converted = convertTyped(value, rest, unit);
  if (converted === null) return { kind: 'not_a_number', reason: 'unit_mismatch', text: shown, typedUnit: rest };
  return textNumber(shown, converted);
}

/** A number written as text: readable, but ISNUMBER is false for it, so the sheet shows 未填报. */
function textNumber(shown: string, value: number): NotANumber {
  return { kind: 'not_a_number', reason: 'text_number', text: shown, typeInstead: String(value) };
}

/**
 * A number as office suites keep it: 15 significant digits. LibreOffice saves 3.0999999999999988 (pasted from a
 * computation) as 3.1 and Excel shows and edits it as 3.1, so the checks read 3.1 before a save and after it alike.
 */
function asSaved(value: number): number {
  // A whole number of 15 digits or fewer is its own 15 digits (most entries are): no text made to read it back.
  // -0 is saved as 0.
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return value === 0 ? 0 : value;
  return Number(value.toPrecision(15));
}

/** The number an entry would be if typed as a number: a text number's, else null. */
export function readableNumber(entered: EnteredNumber): number | null {
  return entered.kind === 'not_a_number' && entered.reason === 'text_number' && entered.typeInstead !== undefined ? Number(entered.typeInstead) : null;
}

/**
 * Reads an entry cell as a number in `unit` (the row's unit), as the sheet's formulas see it: a number is a number.
 * A formula is never read through its cached result (a file can carry any cache): plain arithmetic over numbers
 * (=300, =120+530) reads as what it computes, any other formula is not a number (entry_formula's finding). Everything else is not counted. Numbers typed as text, with full-width
 * digits ("３．５"), thousands separators ("1,234") or a unit ("22000家", "2.2万家", "3.5%") are text_number with
 * the number to type instead; a percent-formatted cell of a % row (3.5% stored as 0.035, which the sheet compares
 * with 3.5) is percent_format. Logical values, error values (#N/A) and dates are not numbers. Empty text, or a
 * dash alone, is missing.
 */
export function readEnteredNumber(cell: EnteredCell | null | undefined, unit: string): EnteredNumber {
  if (cell === null || cell === undefined) return { kind: 'missing' };
  if (cell.formula !== undefined) {
    const computed = constantValue(cell.formula);
    if (computed === null) return { kind: 'not_a_number', reason: 'formula', text: `=${cell.formula}` };
    return readEnteredNumber({ address: cell.address, value: { type: 'number', value: computed }, ...(cell.numberFormat === undefined ? {} : { numberFormat: cell.numberFormat }) }, unit);
  }
  const { value } = cell;
  switch (value.type) {
    case 'empty':
      return { kind: 'missing' };
    case 'number':
      if (!Number.isFinite(value.value)) return { kind: 'not_a_number', reason: 'text', text: String(value.value) };
      if (isPercentUnit(unit) && isPercentFormat(cell.numberFormat)) {
        return { kind: 'not_a_number', reason: 'percent_format', text: `${String(scaleByPowerOfTen(value.value, 2))}%`, typeInstead: String(fromPercentFormat(value.value, unit)) };
      }
      return { kind: 'number', value: asSaved(value.value) };
    case 'text':
      return readNumberText(value.value, unit);
    case 'boolean':
      return { kind: 'not_a_number', reason: 'boolean', text: value.value ? 'TRUE' : 'FALSE' };
    case 'error':
      return { kind: 'not_a_number', reason: 'error_value', text: value.value };
    case 'date':
      return { kind: 'not_a_number', reason: 'date', text: shownDate(value.value) };
  }
}
