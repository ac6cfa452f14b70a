/**
 * The reporting sheet's 完成进度 never reads as the opposite of its 状态 (decision 0244 addendum): it prints 0.0 %, and
 * 59.97 % beside 序时进度 60 % printed "60.0% / 60.0%" next to 滞后, 99.97 % printed "100.0%" next to 未达标. The sheet
 * computes it, so the sheet decides: conditional formats show 完成进度 with the fewest more decimals (up to four, as
 * `percentDecimals` does for the table and the pane) at which, short of 100 % or of 序时进度, it no longer rounds to
 * reach them ("59.97% / 60.0%"). 序时进度 keeps its one decimal; the stored values are unchanged.
 *
 * LibreOffice applies only the first format listed that covers a cell (Excel and WPS combine them by priority), so
 * each rule also carries its row's status colour: one rule per number of decimals and status colour, listed before
 * the colour rules.
 */
import { MAX_SHOWN_DECIMALS } from './numberCells';
import type { Swatch } from './palette';
import type { ConditionalFormat } from './types';

/** A status colour of the rows: when it applies (a formula over the row's 状态) and its swatch. */
export interface StatusColour {
  formula: string;
  swatch: Swatch;
}

interface HonestPercentInput {
  /** The 完成进度 column of the table's rows. */
  ref: string;
  /** The first row's 完成进度 and 序时进度 cells, columns absolute ('$P8', '$Q8'). */
  completion: string;
  timeShare: string;
  colours: readonly StatusColour[];
  /** The priority of the first rule; the others follow. */
  firstPriority: number;
}

const percentFormat = (decimals: number) => `0.${'0'.repeat(decimals)}%`;

/**
 * True when 完成进度, rounded to `decimals` (as a percentage), reaches 100 % or 序时进度 so rounded while short of it.
 * N() keeps an empty ("") cell from making the rule an error; ISNUMBER keeps it from counting.
 */
export function roundsToReach(completion: string, timeShare: string, decimals: number): string {
  const shown = (cell: string) => `ROUND(N(${cell})*100,${decimals})`;
  return `AND(ISNUMBER(${completion}),OR(AND(${completion}<1,${shown(completion)}>=100),`
    + `AND(ISNUMBER(${timeShare}),${completion}<${timeShare},${shown(completion)}>=${shown(timeShare)})))`;
}

/** The rules, most decimals first (a figure that ties at two decimals also ties at one). */
export function honestPercentFormats(input: HonestPercentInput): ConditionalFormat[] {
  const rules: ConditionalFormat[] = [];
  for (let decimals = MAX_SHOWN_DECIMALS; decimals >= 2; decimals--) {
    const ties = roundsToReach(input.completion, input.timeShare, decimals - 1);
    for (const colour of input.colours) {
      rules.push({
        ref: input.ref,
        type: 'expression',
        formula: `AND(${colour.formula},${ties})`,
        priority: input.firstPriority + rules.length,
        stopIfTrue: false,
        style: { fill: colour.swatch.fill, fontColor: colour.swatch.font, numberFormat: percentFormat(decimals) },
      });
    }
  }
  return rules;
}
