/**
 * How many decimals a row's numbers are shown with (issue 16, decision 0150): as many as the plan itself prints for the
 * row — its baseline, targets and printed actuals ("3.3" → 1, "3.00▲" → 2, "650家以上" → 0), each read in the row's unit
 * ("2.2万家" in a 家 row → 0) — and, for a count, never fewer than keep a whole count whole (a 万家 row shows 4:
 * 0.0512 万家 is 512 家, which "0.1" would hide); a share or rate (%) at least one. A row whose plan prints no number
 * shows its unit's decimals; a row of a unit the registry does not know is null (the cell keeps 常规 / General).
 *
 * The reporting sheet's entry cells, the consolidation and the completion tables all take their format from here,
 * so a county's cell, the total and the form show one row with the same decimals. A format changes what is shown,
 * never what is stored: 2.345 typed on a row printed "3.3" shows 2.3 and stays 2.345.
 */
import type { Indicator, IndicatorValue } from '../catalog';
import { normalizeCellText, numbersOf } from '../notation';
import { findUnit } from '../units';
import { decimalsFormat, MAX_SHOWN_DECIMALS } from './numberCells';

/**
 * Shares and rates: at least one decimal. Plans print round targets (66, 7) but their actuals with one decimal (the 柯桥
 * completion table: 34 → 40.6, 16 → 22.1), and a rate of 6.8 shown as "7" beside a target of 7 would read as met.
 */
const PERCENT_DIMENSIONS: ReadonlySet<string> = new Set(['percent', 'percentage_points']);

/** Parenthesised words the grammar keeps out of the value: (2025), (预期性), a second figure. */
const ANNOTATION = /\([^()]*\)/gu;
const NUMBER = /\d+(?:\.(\d+))?/gu;

/**
 * Decimals of the figures `value` prints, in the unit they are printed in: the longest fraction among the printed
 * numbers the grammar read as the value (so "3.00▲" gives 2, where the number 3 alone would give 0). Null when it
 * prints no comparable figure (blank, words, a margin relative to another quantity).
 */
function decimalsPrinted(value: IndicatorValue): number | null {
  if (value.parsed.kind === 'relative') return null;
  const numbers = numbersOf(value.parsed);
  if (numbers.length === 0) return null;
  const text = normalizeCellText(value.raw).replace(ANNOTATION, '');
  let decimals: number | null = null;
  for (const match of text.matchAll(NUMBER)) {
    if (!numbers.some((number) => Math.abs(number) === Number(match[0]))) continue;
    decimals = Math.max(decimals ?? 0, match[1]?.length ?? 0);
  }
  // A number written in words (超千亿元) has no printed decimals.
  return decimals ?? 0;
}

/** `decimals` printed in `from` as decimals in `to` (2.2 万家 → 0 in 家); null across dimensions or unknown units. */
function inRowUnit(decimals: number, from: string, to: string): number | null {
  if (from === to) return decimals;
  const source = findUnit(from);
  const target = findUnit(to);
  if (source === undefined || target === undefined) return from.trim() === '' || to.trim() === '' ? decimals : null;
  // Prose drops the unit after the multiplier (超千亿 in a 亿元 row): a bare 亿 fits any unit of its power.
  const comparable = source.dimension === target.dimension || source.dimension === 'bare_multiplier';
  return comparable ? Math.max(0, decimals - (source.power - target.power)) : null;
}

/** Decimals the plan prints for the row of `unit` that `indicators` fill (one, or a merged row's several), or null. */
function plansDecimals(indicators: readonly Indicator[], unit: string): number | null {
  let most: number | null = null;
  for (const indicator of indicators) {
    for (const value of indicator.values) {
      const printed = decimalsPrinted(value);
      if (printed === null) continue;
      const shown = inRowUnit(printed, value.parsed.unit ?? indicator.unit, unit);
      if (shown !== null) most = Math.max(most ?? 0, shown);
    }
  }
  return most;
}

/**
 * The decimals numbers of this row are shown with (see the file's comment): the plan's printed decimals, at least the
 * whole-count places of a count unit or one for a share, else the unit's own decimals; null for a unit the registry
 * does not know when the plan prints no number. Never more than MAX_SHOWN_DECIMALS.
 */
export function rowDecimals(indicators: readonly Indicator[], unit: string): number | null {
  const definition = findUnit(unit);
  const least = definition === undefined ? 0 : definition.wholeInBase ? Math.max(0, definition.power) : PERCENT_DIMENSIONS.has(definition.dimension) ? 1 : 0;
  const printed = plansDecimals(indicators, unit);
  const decimals = printed !== null ? Math.max(printed, least) : definition === undefined ? null : definition.wholeInBase ? least : definition.decimals;
  return decimals === null ? null : Math.min(MAX_SHOWN_DECIMALS, decimals);
}

/** The number format of the row's numeric cells: decimalsFormat(rowDecimals(indicators, unit)). */
export function rowNumberFormat(indicators: readonly Indicator[], unit: string): string {
  return decimalsFormat(rowDecimals(indicators, unit));
}
