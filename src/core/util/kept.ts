/**
 * Results kept for the next time they are asked: a batch of returns from one form asks the same questions of the
 * same form, the same labels and the same formulas in every file.
 */

/**
 * What `make` made of `part`, made once while `part` lives (keyed by the object itself, so only for parts that are
 * never changed once made: kept forms, catalog indicators, a file's styles).
 */
export function keptFor<Part extends object, Made>(kept: WeakMap<Part, Made>, part: Part, make: (part: Part) => Made): Made {
  const made = kept.get(part);
  if (made !== undefined) return made;
  const fresh = make(part);
  kept.set(part, fresh);
  return fresh;
}

/**
 * `compute` with its answers kept per text lately: at most `size` texts of at most `maxLength` characters (a longer
 * text is computed each time and never kept), all dropped when full.
 */
export function keptPerText<Answer>(compute: (text: string) => Answer, size: number, maxLength: number): (text: string) => Answer {
  const answers = new Map<string, Answer>();
  return (text) => {
    if (text.length > maxLength) return compute(text);
    const known = answers.get(text);
    if (known !== undefined || answers.has(text)) return known as Answer;
    const answer = compute(text);
    if (answers.size >= size) answers.clear();
    answers.set(text, answer);
    return answer;
  };
}

/** What keptForLast gives: what was made of a part, and a way to let go of everything kept. */
export interface KeptForLast<Part extends object, Made> {
  (part: Part): Made;
  /** Lets go of everything kept: the file it was made for is done with. */
  forget(): void;
}

/**
 * What `make` made of each of the last `size` parts asked, by identity (most recent first), for parts that live about
 * as long as one file: its grids, its printed cells. Not a WeakMap: in Node 20's V8 a WeakMap's values outlived their
 * short-lived keys by a young-generation collection, long enough to be moved to the old generation, where they died:
 * a loop of per-iteration keys moved 59 MB there against 0.4 MB without the map, and `check`'s table reads and printed
 * grids were a third of all it moved (decision 0265). The last few are held instead, and let go as newer ones come or
 * when `forget` says their file is done with (a large return's grids are not held while the next one is read).
 */
export function keptForLast<Part extends object, Made>(size: number, make: (part: Part) => Made): KeptForLast<Part, Made> {
  const kept: Array<{ part: Part; made: Made }> = [];
  const madeOf = (part: Part): Made => {
    const found = kept.find((entry) => entry.part === part);
    if (found !== undefined) return found.made;
    const made = make(part);
    kept.unshift({ part, made });
    kept.length = Math.min(kept.length, size);
    return made;
  };
  return Object.assign(madeOf, {
    forget: () => {
      kept.length = 0;
    },
  });
}
