import type { MessageCode, MessageParams } from '../i18n';

/** Why an argument a person typed was not accepted: a message code and what fills it. */
export interface ArgumentProblem {
  code: MessageCode;
  params: MessageParams;
}

export type Resolved<T> = { ok: true; value: T } | { ok: false; problem: ArgumentProblem };

export function accepted<T>(value: T): Resolved<T> {
  return { ok: true, value };
}

export function refused<T>(code: MessageCode, params: MessageParams = {}): Resolved<T> {
  return { ok: false, problem: { code, params } };
}

/** Characters to change to turn `a` into `b` (Levenshtein), for "did you mean". */
function editDistance(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  let previous = right.map((_, index) => index + 1);
  previous.unshift(0);
  for (let i = 1; i <= left.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= right.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (left[i - 1] === right[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[right.length] ?? 0;
}

/** The nearest few candidates to `typed`, closest first; none when nothing is reasonably close. */
export function nearest(typed: string, candidates: ReadonlyArray<{ key: string; label: string }>, limit = 3): string[] {
  const scored = candidates
    .map(({ key, label }) => ({ label, distance: key.includes(typed) || typed.includes(key) ? 0.5 : editDistance(typed, key), size: Math.max([...typed].length, [...key].length) }))
    .filter(({ distance, size }) => distance <= Math.max(1, Math.floor(size / 3)));
  scored.sort((a, b) => a.distance - b.distance);
  return [...new Set(scored.map(({ label }) => label))].slice(0, limit);
}
