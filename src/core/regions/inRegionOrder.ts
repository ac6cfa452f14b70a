import { findRegion } from './findRegion';

/**
 * Things in GB/T 2260 order of their regions (越城区 330602 before 诸暨市 330681), as every list of regions is: the check
 * report's files, the lines `check` prints, its JSON. A thing whose region is unknown (unreadable, no metadata, a name
 * not in the list) comes after them; ties keep the order given, so the result never depends on which finished first.
 */
export function inRegionOrder<T>(items: readonly T[], regionOf: (item: T) => string | null): T[] {
  const keyed = items.map((item, index) => {
    const region = regionOf(item);
    return { item, index, code: region === null ? undefined : findRegion(region)?.code };
  });
  return keyed.sort((a, b) => Number(a.code === undefined) - Number(b.code === undefined) || (a.code ?? '').localeCompare(b.code ?? '') || a.index - b.index)
    .map(({ item }) => item);
}
