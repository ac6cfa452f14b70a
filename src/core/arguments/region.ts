import { fullRegionName, ZHEJIANG, type RegionEntry } from '../regions';
import { accepted, nearest, refused, type Resolved } from './problem';

export interface ResolvedRegion {
  name: string;
  code: string;
}

const SUFFIX = /(?:畲族自治县|自治县|区|县|市|省)$/u;

/** 越城区 → 越城, 景宁畲族自治县 → 景宁, 绍兴市 → 绍兴, 浙江省 → 浙江. */
function shortName(name: string): string {
  const short = name.replace(SUFFIX, '');
  return short.length >= 2 ? short : name;
}

/** Every way a person writes a region: code, name, short name, with its city in full or short. */
function spellings(region: RegionEntry): string[] {
  const names = [region.code, region.name, shortName(region.name), fullRegionName(region)];
  const city = ZHEJIANG.find((entry) => entry.code === region.parent && entry.level === 'city');
  if (city !== undefined) {
    for (const cityName of [city.name, shortName(city.name)]) names.push(`${cityName}${region.name}`, `${cityName}${shortName(region.name)}`);
  }
  if (region.level !== 'province') names.push(...names.filter((name) => !/^\d/u.test(name)).map((name) => `浙江省${name}`));
  return [...new Set(names)];
}

/**
 * A region as a person types it: 330602, 越城区, 越城, 绍兴市越城区, 绍兴越城区 (also with 浙江省 in front).
 * `extra` are regions a custom catalog's plans name that are not Zhejiang's.
 */
export function resolveRegion(typed: string, extra: readonly ResolvedRegion[] = []): Resolved<ResolvedRegion> {
  const wanted = typed.normalize('NFKC').replace(/\s+/gu, '');
  if (wanted === '') return refused('argument.region_missing');
  const matches = ZHEJIANG.filter((region) => spellings(region).includes(wanted));
  if (matches.length === 1 && matches[0] !== undefined) return accepted({ name: fullRegionName(matches[0]), code: matches[0].code });
  if (matches.length > 1) return refused('argument.region_ambiguous', { typed, choices: matches.map(fullRegionName).join('、') });
  const custom = extra.find((region) => region.name === wanted || region.code === wanted);
  if (custom !== undefined) return accepted(custom);
  const candidates = ZHEJIANG.flatMap((region) => spellings(region).map((key) => ({ key, label: fullRegionName(region) })));
  const suggestions = /^\d+$/u.test(wanted) ? nearest(wanted, candidates.filter(({ key }) => /^\d/u.test(key))) : nearest(wanted, candidates.filter(({ key }) => !/^\d/u.test(key)));
  return suggestions.length > 0
    ? refused('argument.region_unknown.suggest', { typed, suggestions: suggestions.join('、') })
    : refused('argument.region_unknown', { typed });
}

/** Codes from the region up to the province: 330602 → [330602, 330600, 330000]. */
export function regionAncestry(code: string): string[] {
  const chain: string[] = [];
  let current: string | null = code;
  while (current !== null && !chain.includes(current)) {
    chain.push(current);
    const here: string = current;
    current = ZHEJIANG.find((entry) => entry.code === here)?.parent ?? null;
  }
  return chain;
}
