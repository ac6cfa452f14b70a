import { findRegion } from './findRegion';
import { ZHEJIANG, type RegionEntry } from './zhejiang';

/** A county-level division's name as people shorten it in a file name: 柯桥区 → 柯桥, 景宁畲族自治县 → 景宁. */
function stemOf(name: string): string {
  return name.replace(/(?:畲族自治)?[区县市]$/u, '');
}

/** Whether `text` names `region`: its name (柯桥区), its full name (绍兴市柯桥区) or its stem of two characters or more (柯桥). */
function names(text: string, region: RegionEntry): boolean {
  const stem = stemOf(region.name);
  return text.includes(region.name) || (stem.length >= 2 && text.includes(stem));
}

/** What a name says of a return's region: whether it names the region itself, and which other divisions of its city it names. */
export interface CountiesNamed {
  own: boolean;
  others: RegionEntry[];
}

/**
 * What a file's base name (or the name of the folder it is in) says of `region`, a return's region: a county that
 * filled in a neighbour's form (taken from the city's shared folder) names the file for itself (decision 0279). Only
 * the city's own divisions are looked for, the ones a wrong form comes from; nothing is named when `region` is not a
 * county-level division of the list.
 */
export function countiesNamed(text: string, region: string): CountiesNamed {
  const own = findRegion(region);
  if (own === undefined || own.level === 'province' || own.level === 'city') return { own: false, others: [] };
  return { own: names(text, own), others: ZHEJIANG.filter((entry) => entry.parent === own.parent && entry.code !== own.code && names(text, entry)) };
}
