import { findRegion, fullRegionName, regionsUnder } from '../regions';
import { consolidate } from './consolidate';
import type { ConsolidatedRow, ConsolidationInput, ConsolidationResult, CountyReturn } from './types';

export interface ProvinceConsolidation {
  /** The province's figures: a column per city (the city's total), totals made from every county's figures. */
  province: ConsolidationResult;
  /** One consolidation per city that sent at least one return, ordered by GB/T 2260 code. */
  cities: ConsolidationResult[];
}

/** The city (or the province, for a region directly under it) a county-level return belongs to. */
function cityOf(code: string): string | null {
  const region = findRegion(code);
  if (region === undefined) return null;
  return region.level === 'city' || region.level === 'province' ? region.code : region.parent;
}

/**
 * County returns of several cities into the province: each county is taken once (a second return of the same county,
 * whether from a city's folder or given directly, is a duplicate finding naming both files), each city consolidated
 * from its own counties, and the province's totals made from all counties at once — sums summed, shares recomputed
 * from summed numerators and denominators, never from the cities' shares. A city's column holds the city's total.
 */
export function consolidateProvince(input: Omit<ConsolidationInput, 'expectedRegions'> & { provinceCode: string }): ProvinceConsolidation {
  const expectedRegions = regionsUnder(input.provinceCode).map((region) => ({ code: region.code, name: fullRegionName(region) }));
  const all = consolidate({ ...input, expectedRegions });
  const bySource = new Map<string, CountyReturn[]>();
  for (const region of all.regions) {
    const city = cityOf(region.code) ?? '';
    const entry = input.returns.find((candidate) => candidate.source === region.source && candidate.sheet.metadata?.region.code === region.code);
    if (entry !== undefined) bySource.set(city, [...(bySource.get(city) ?? []), entry]);
  }
  const cities = [...bySource.keys()].sort().map((cityCode) => consolidate({
    ...input,
    returns: bySource.get(cityCode) ?? [],
    expectedRegions: regionsUnder(cityCode).map((region) => ({ code: region.code, name: fullRegionName(region) })),
  }));
  const cityRegions = [...bySource.keys()].sort().map((code) => ({ code, name: findRegion(code)?.name ?? code, source: '' }));
  const rows = all.rows.map((row): ConsolidatedRow => {
    const byRegion = Object.fromEntries(cities.map((city, i) => [cityRegions[i]?.code ?? '', city.rows.find((r) => r.indicator.id === row.indicator.id)?.total ?? null]));
    return { ...row, byRegion };
  });
  const missingCities = regionsOf(input.provinceCode).filter((city) => !bySource.has(city.code));
  // A city with no return at all is named once, not county by county.
  const inMissingCity = (code: string) => missingCities.some((city) => city.code === cityOf(code));
  const findings = [
    ...all.findings.filter((finding) => finding.code !== 'consolidate.region_missing' || !inMissingCity(finding.detail)),
    ...missingCities.map((city) => ({ code: 'consolidate.region_missing' as const, source: null, region: city.name, detail: city.code })),
  ];
  return {
    province: { ...all, regions: cityRegions, rows, missing: [...missingCities, ...all.missing.filter((region) => !inMissingCity(region.code))], findings },
    cities,
  };
}

function regionsOf(provinceCode: string): Array<{ code: string; name: string }> {
  return [...new Set(regionsUnder(provinceCode).map((region) => cityOf(region.code) ?? ''))]
    .filter((code) => code !== '' && code !== provinceCode)
    .sort()
    .map((code) => ({ code, name: findRegion(code)?.name ?? code }));
}
