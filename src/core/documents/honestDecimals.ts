/**
 * Decimals that do not hide a judgement (decision 0244). A printed table shows a row's figures with the decimals its
 * plan prints (decision 0150), but a figure rounded that way can read as the opposite of the status beside it: 3.49
 * shown "3.5" next to a target of 3.5 and 否, 完成进度 99.96 % shown "100.0%" next to 否. Such a figure is shown with
 * as many more decimals as it takes to read as judged.
 */
import { MAX_SHOWN_DECIMALS } from '../layout';

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

/** Decimals of a percentage (1 = "99.9%") that never show a share short of the whole as 100 %. */
export function percentDecimals(share: number): number {
  if (share >= 1) return 1;
  for (let decimals = 1; decimals < MAX_SHOWN_DECIMALS; decimals++) {
    if (roundedTo(share * 100, decimals) < 100) return decimals;
  }
  return MAX_SHOWN_DECIMALS;
}
