/**
 * Which of a county's several returns stands for it (decisions 0230, 0251, 0268), one rule for consolidate and for
 * annex's completion tables: the first one its checks held nothing back from, or the first one when none passed. A
 * rejected copy — a return whose metadata claims another county, a draft sent before the revision — never displaces
 * the county's own return that passed, whatever the order of the files.
 */

/**
 * `entries` in the order they were given, except that the return taken for each county (`countyOf`: the county, and
 * whatever else must match — a year; undefined for an entry that stands for no county) stands where that county's first
 * entry stood; the county's other entries follow where they were, in their own order. Read in this order, the first
 * entry of a county is the one taken; the others are its second returns.
 */
export function takenFirst<T>(entries: readonly T[], countyOf: (entry: T) => string | undefined, passed: (entry: T) => boolean): T[] {
  const taken = new Map<string, { entry: T; index: number }>();
  entries.forEach((entry, index) => {
    const county = countyOf(entry);
    if (county === undefined) return;
    const kept = taken.get(county);
    if (kept === undefined || (!passed(kept.entry) && passed(entry))) taken.set(county, { entry, index });
  });
  const placed = new Set<string>();
  const ordered: T[] = [];
  entries.forEach((entry, index) => {
    const county = countyOf(entry);
    const chosen = county === undefined ? undefined : taken.get(county);
    if (county === undefined || chosen === undefined) {
      ordered.push(entry);
      return;
    }
    if (!placed.has(county)) {
      placed.add(county);
      ordered.push(chosen.entry);
    }
    if (chosen.index !== index) ordered.push(entry);
  });
  return ordered;
}

/**
 * The first entry of each county in `entries`, in their order (`countyOf` as for takenFirst; an entry that stands for
 * no county is passed over). Over takenFirst's order, the return taken for each county.
 */
export function firstOfEach<T>(entries: readonly T[], countyOf: (entry: T) => string | undefined): Map<string, T> {
  const first = new Map<string, T>();
  for (const entry of entries) {
    const county = countyOf(entry);
    if (county !== undefined && !first.has(county)) first.set(county, entry);
  }
  return first;
}
