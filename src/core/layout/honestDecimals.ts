/**
 * Decimals that do not hide a judgement (decision 0244). A printed table shows a row's figures with the decimals its
 * plan prints (decision 0150), but a figure rounded that way can read as the opposite of the status beside it: 3.49
 * shown "3.5" next to a target of 3.5 and 否, 完成进度 99.96 % shown "100.0%" next to 否. Such a figure is shown with
 * as many more decimals as it takes to read as judged.
 */
import { MAX_SHOWN_DECIMALS } from './numberCells';

const roundedTo = (value: number, decimals: number) => Number(value.toFixed(decimals));

/**
 * The fewest decimals, from `fewest` up to four, at which `value` rounded is judged as `value` itself (`judge` gives
 * the status of a number); null when even four decimals read otherwise (the figure is then shown in full).
 */
export function decimalsKeepingJudgement<T>(value: number, fewest: number, judge: (shown: number) => T): number | null {
  const judged = judge(value);
  for (let decimals = fewest; decimals <= MAX_SHOWN_DECIMALS; decimals++) {
    if (judge(roundedTo(value, decimals)) === judged) return decimals;
  }
  return null;
}

/**
 * Decimals of a percentage (1 = "99.9%"), from one up to four, that never show a share short of a mark as reaching
 * it: not 100 % (the whole), nor 序时进度 when it is shown beside (66.66 % against 66.67 % is 滞后, "66.7% / 66.7%"
 * would say otherwise). `marks` are shown with the same decimals.
 */
export function percentDecimals(share: number, marks: readonly number[] = [1]): number {
  for (let decimals = 1; decimals < MAX_SHOWN_DECIMALS; decimals++) {
    if (marks.every((mark) => share >= mark || roundedTo(share * 100, decimals) < roundedTo(mark * 100, decimals))) return decimals;
  }
  return MAX_SHOWN_DECIMALS;
}
