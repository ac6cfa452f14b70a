import { ZHEJIANG, type RegionEntry } from './zhejiang';

/** Name as a form prints it: 绍兴市越城区 and 绍兴市新昌县 with their city, 嵊州市 (a county-level city) and 浙江省 alone. */
export function fullRegionName(region: RegionEntry): string {
  if (region.level === 'province' || region.level === 'city' || region.name.endsWith('市')) return region.name;
  const city = ZHEJIANG.find((entry) => entry.code === region.parent);
  return `${city?.name ?? ''}${region.name}`;
}

/** A region by its GB/T 2260 code, its name (越城区) or its full name (绍兴市越城区). */
export function findRegion(nameOrCode: string): RegionEntry | undefined {
  const wanted = nameOrCode.trim();
  return ZHEJIANG.find((entry) => entry.code === wanted || entry.name === wanted || fullRegionName(entry) === wanted);
}

/** The county-level divisions of a city (or of the province). */
export function regionsUnder(code: string): RegionEntry[] {
  const direct = ZHEJIANG.filter((entry) => entry.parent === code);
  return direct.flatMap((entry) => (entry.level === 'city' ? regionsUnder(entry.code) : [entry]));
}
