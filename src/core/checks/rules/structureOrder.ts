/**
 * Positions (into `sequence`) of a longest strictly increasing subsequence: the rows that kept their order.
 * Every other row was moved. Quadratic, which suits sheets of a few hundred rows.
 */
export function longestIncreasingRun(sequence: readonly number[]): Set<number> {
  const length: number[] = [];
  const before: number[] = [];
  let best = -1;
  sequence.forEach((value, i) => {
    length[i] = 1;
    before[i] = -1;
    for (let j = 0; j < i; j += 1) {
      if ((sequence[j] ?? Infinity) < value && (length[j] ?? 0) + 1 > (length[i] ?? 0)) {
        length[i] = (length[j] ?? 0) + 1;
        before[i] = j;
      }
    }
    if (best < 0 || (length[i] ?? 0) > (length[best] ?? 0)) best = i;
  });
  const kept = new Set<number>();
  for (let i = best; i >= 0; i = before[i] ?? -1) kept.add(i);
  return kept;
}
