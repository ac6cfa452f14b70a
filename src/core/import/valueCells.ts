import { valueUnitFits } from '../catalog';
import { parseBoundPair, parseNotation } from '../notation';
import { findUnit, sameDimension } from '../units';
import type { ProblemLog } from './problems';
import { tidyCell } from './text';
import type { ImportColumn, ImportedValue } from './types';

const STACKED = { ok: false } as const;

/** [4] typed for 〔4〕 where the font or keyboard has no 〔〕: read as the bracket the plans print. */
const SQUARE_TOTAL = /^\[([^[\]]+)\]$/u;
/**
 * A figure alone in brackets that do not pair or are round ([2.75), (9), ［4〕): 〔〕 as a PDF or web copy
 * turned them. Read as 〔〕, which counts as a total only where the table says brackets are totals.
 */
const BRACKETED_FIGURE = /^[[［〔(（]([^[\]［］〔〕()（）]*[\d０-９][^[\]［］〔〕()（）]*)[\]］〕)）]$/u;
/** A dash copied as the character 一 (a PDF's or web page's —): no value, never the number one. */
const DASH_AS_ONE = /^一{1,2}$/u;

/** The text the grammar reads for a printed value cell: brackets and dashes as the plan printed them. */
function valueText(raw: string): string {
  if (DASH_AS_ONE.test(raw)) return '—';
  if (SQUARE_TOTAL.test(raw)) return raw.replace(SQUARE_TOTAL, '〔$1〕');
  return raw.replace(BRACKETED_FIGURE, '〔$1〕');
}

/**
 * A cell holding several figures one under the other (34.52%↵77.34%, values of rows stacked in one cell that
 * could not be split): never one number, though the grammar would read 1↵2↵3 as 123.
 */
function stackedFigures(cell: string | undefined): boolean {
  const lines = (cell ?? '').split(/\r\n|\r|\n/u).map((line) => line.trim()).filter((line) => line !== '');
  return lines.length >= 2 && lines.every((line) => !/^[（(〔[]/u.test(line) && parseNotation(line).ok && /\d/u.test(line));
}

/**
 * The value cells of one row, each read by the notation grammar. A cell the grammar cannot read, or whose
 * printed unit does not convert into the row's, keeps its text with parsed null and is reported quoting it:
 * nothing is guessed.
 */
export function readValueCells(
  row: readonly string[], rowIndex: number, columns: readonly ImportColumn[], name: string, unit: string, problems: ProblemLog,
): ImportedValue[] {
  const values: ImportedValue[] = [];
  for (const column of columns) {
    if (column.kind !== 'value' || column.year === undefined || column.role === undefined) continue;
    const raw = tidyCell(row[column.column]);
    const result = stackedFigures(row[column.column]) ? STACKED : parseNotation(valueText(raw));
    let parsed = result.ok ? result.value : null;
    const parts = result.ok ? null : parseBoundPair(raw);
    if (parts !== null) {
      if (!parts.every((part) => valueUnitFits(part, unit))) {
        problems.at('import.value_unit_mismatch', rowIndex, column.column, { text: raw, name, unit, typedUnit: parts.find((part) => part.unit !== null)?.unit ?? '' });
      }
    } else if (!result.ok) {
      problems.at('import.unreadable_value', rowIndex, column.column, { text: raw, name, header: column.header });
    } else if (!valueUnitFits(column.measure === 'average_growth' ? { ...result.value, averageGrowth: true } : result.value, unit)) {
      problems.at('import.value_unit_mismatch', rowIndex, column.column, { text: raw, name, unit, typedUnit: result.value.unit ?? '' });
      parsed = null;
    }
    values.push({ year: column.year, role: column.role, raw, parsed, column: column.column, ...(column.measure === undefined ? {} : { measure: column.measure }), ...(parts === null ? {} : { parts }) });
  }
  return values;
}

/**
 * The unit the value cells print when the row prints none elsewhere (71%, 13.7件): the one unit every cell
 * that prints a unit agrees on, when the registry knows it as a unit of measure. Cells printing units of one
 * quantity (8,650万人次 | 1.2亿人次) give the first cell's: the others convert into it, as the catalog judges
 * them. Cells printing units of different quantities, or only a multiplier (万), give none: the row's unit stays
 * empty rather than guessed. Changes (增长5%, 下降15%, 年均7%) print the rate's unit, not the quantity's, and give
 * none either.
 */
export function unitPrintedInValues(row: readonly string[], columns: readonly ImportColumn[]): string | undefined {
  const units = new Set<string>();
  for (const column of columns) {
    if (column.kind !== 'value') continue;
    const raw = tidyCell(row[column.column]);
    const result = parseNotation(raw);
    const readings = result.ok ? [result.value] : parseBoundPair(raw) ?? [];
    for (const reading of readings) {
      // A change (增长5%, 提高2个百分点) prints the unit of the rate, not of the quantity the row names.
      const change = reading.increase === true || reading.decrease === true || reading.averageGrowth === true;
      if (reading.kind !== 'relative' && !change && reading.unit !== null) units.add(reading.unit.normalize('NFKC'));
    }
  }
  const [first] = units;
  if (first === undefined || [...units].some((unit) => !sameDimension(unit, first))) return undefined;
  const known = findUnit(first);
  return known === undefined || known.dimension === 'bare_multiplier' ? undefined : known.symbol;
}
