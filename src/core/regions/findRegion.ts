import { ZHEJIANG, type RegionEntry } from './zhejiang';

/** Name as a form prints it: 绍兴市越城区 and 绍兴市新昌县 with their city, 嵊州市 (a county-level city) and 浙江省 alone. */
export function fullRegionName(region: RegionEntry): string {
  if (region.level === 'province' || region.level === 'city' || region.name.endsWith('市')) return region.name;
  const city = ZHEJIANG.find((entry) => entry.code === region.parent);
  return `${city?.name ?? ''}${region.name}`;
}

let byNameOrCode: Map<string, RegionEntry> | undefined;

/**
 * Regions by code, name and full name, the first region (in the list's order) for each: the region the list's first
 * match would be. Made once: every checked sheet looks its region up, and full names are made from the parents.
 */
function regionIndex(): Map<string, RegionEntry> {
  if (byNameOrCode !== undefined) return byNameOrCode;
  const index = new Map<string, RegionEntry>();
  for (const entry of ZHEJIANG) {
    for (const key of [entry.code, entry.name, fullRegionName(entry)]) if (!index.has(key)) index.set(key, entry);
  }
  return (byNameOrCode = index);
}

/** A region by its GB/T 2260 code, its name (越城区) or its full name (绍兴市越城区). */
export function findRegion(nameOrCode: string): RegionEntry | undefined {
  return regionIndex().get(nameOrCode.trim());
}

/** The county-level divisions of a city (or of the province). */
export function regionsUnder(code: string): RegionEntry[] {
  const direct = ZHEJIANG.filter((entry) => entry.parent === code);
  return direct.flatMap((entry) => (entry.level === 'city' ? regionsUnder(entry.code) : [entry]));
}
