import { realCatalog } from '../../support/catalog';
import type { PlanCatalog } from '../../../src/core/catalog';
import { consolidate, consolidateProvince, type ConsolidationResult } from '../../../src/core/consolidation';
import type { ReturnRow, ReturnSheet } from '../../../src/core/returns';

const loaded = realCatalog();
const PLAN = 'zj-hightech-industry-2021-2025';
const plan = loaded.catalog.plans.find((p) => p.plan.id === PLAN) as PlanCatalog;
const ENTERPRISES = `${PLAN}.hightech-enterprises`;
const SHARE = `${PLAN}.hightech-industry-va-share`;

/** A county's 2024 return as the reader gives it. */
function county(code: string, name: string, values: Record<string, number>): ReturnSheet {
  const rows: ReturnRow[] = Object.entries(values).map(([rowId, value], i): ReturnRow => ({
    indicatorId: rowId, row: 7 + i, name: rowId, unit: '',
    actuals: { 2024: { address: `K${8 + i}`, value: { type: 'number', value } } },
    explanation: { address: `T${8 + i}`, value: { type: 'empty' } },
  }));
  return {
    sheet: '指标填报',
    metadata: { sheet: '指标填报', planIds: [PLAN], catalogVersion: loaded.version, region: { name, code }, reportingYear: 2024, layoutVersion: 1, merged: false, rowIds: Object.keys(values) },
    rows, observations: [],
  };
}
const share = (enterprises: number, numerator: number, denominator: number) => ({
  [ENTERPRISES]: enterprises, [SHARE]: Number(((numerator / denominator) * 100).toFixed(2)), [`${SHARE}#numerator`]: numerator, [`${SHARE}#denominator`]: denominator,
});
const row = (result: ConsolidationResult, id: string) => result.rows.find((r) => r.indicator.id === id)!;

// Given out of code order, 越城区 twice (once from 绍兴's folder, once directly).
const RETURNS = [
  { source: '杭州/滨江区.xlsx', sheet: county('330108', '滨江区', share(0.31, 900, 1500)) },
  { source: '绍兴/柯桥区.xlsx', sheet: county('330603', '柯桥区', share(0.12, 560, 800)) },
  { source: '杭州/上城区.xlsx', sheet: county('330102', '上城区', share(0.05, 40, 400)) },
  { source: '绍兴/越城区.xlsx', sheet: county('330602', '越城区', share(0.08, 100, 200)) },
  { source: '越城区.xlsx', sheet: county('330602', '越城区', share(0.08, 100, 200)) },
];
const COUNTY_VALUES = { 330102: share(0.05, 40, 400), 330108: share(0.31, 900, 1500), 330602: share(0.08, 100, 200), 330603: share(0.12, 560, 800) };

describe('consolidateProvince', () => {
  const { province, cities } = consolidateProvince({ plan, reportingYear: 2024, returns: RETURNS, provinceCode: '330000' });

  it('makes the province’s totals equal the sum of its counties, each county counted once', () => {
    const counties = Object.values(COUNTY_VALUES);
    const sum = counties.reduce((total, values) => total + values[ENTERPRISES]!, 0);
    expect(row(province, ENTERPRISES).total).toBeCloseTo(sum, 10);
    // and the sum of the cities' totals, which are the sums of their own counties
    const cityTotals = cities.map((city) => row(city, ENTERPRISES).total ?? 0);
    expect(cityTotals[0]).toBeCloseTo(0.05 + 0.31, 10);
    expect(cityTotals[1]).toBeCloseTo(0.08 + 0.12, 10);
    expect(cityTotals.reduce((a, b) => a + b, 0)).toBeCloseTo(sum, 10);
    expect(row(province, ENTERPRISES).byRegion).toEqual({ 330100: cityTotals[0], 330600: cityTotals[1] });
  });

  it('names the county given twice with both files and leaves the second out', () => {
    const twice = province.findings.filter((finding) => finding.code === 'consolidate.duplicate_region');
    expect(twice).toEqual([{ code: 'consolidate.duplicate_region', source: '越城区.xlsx', region: '越城区', detail: '绍兴/越城区.xlsx' }]);
    expect(cities[1]!.regions.map((region) => region.code)).toEqual(['330602', '330603']);
  });

  it('recomputes the share from summed parts at every level, never from the cities’ shares', () => {
    expect(row(cities[0]!, SHARE).total).toBeCloseTo((940 / 1900) * 100, 8);
    expect(row(cities[1]!, SHARE).total).toBeCloseTo((660 / 1000) * 100, 8);
    expect(row(province, SHARE).total).toBeCloseTo((1600 / 2900) * 100, 8);
    const averageOfCities = ((940 / 1900) * 100 + (660 / 1000) * 100) / 2;
    expect(row(province, SHARE).total).not.toBeCloseTo(averageOfCities, 2);
  });

  it('orders regions by GB/T 2260 code and names the cities and counties it misses', () => {
    expect(province.regions.map((region) => region.name)).toEqual(['杭州市', '绍兴市']);
    expect(cities[0]!.regions.map((region) => region.code)).toEqual(['330102', '330108']);
    const missing = province.missing.map((region) => region.name);
    expect(missing.slice(0, 9)).toEqual(['宁波市', '温州市', '嘉兴市', '湖州市', '金华市', '衢州市', '舟山市', '台州市', '丽水市']);
    expect(missing).toContain('诸暨市');
    expect(missing).toContain('杭州市西湖区');
    expect(cities[1]!.missing.map((region) => region.name)).toEqual(['绍兴市上虞区', '绍兴市新昌县', '诸暨市', '嵊州市']);
    // A city with no return is one finding, not one per county.
    expect(province.findings.filter((finding) => finding.code === 'consolidate.region_missing' && finding.region === '宁波市')).toHaveLength(1);
    expect(province.findings.some((finding) => finding.region === '宁波市海曙区')).toBe(false);
  });
});

describe('consolidate: a value that failed the checks', () => {
  it('regression: is never summed into a total; the row names it as unverified', () => {
    const result = consolidate({
      plan, reportingYear: 2024,
      returns: [
        { source: 'a.xlsx', sheet: county('330602', '越城区', { [ENTERPRISES]: 0.08 }) },
        { source: 'b.xlsx', sheet: county('330604', '上虞区', { [ENTERPRISES]: 1200 }) },
        { source: 'c.xlsx', sheet: county('330603', '柯桥区', { [ENTERPRISES]: 0.12 }) },
      ],
      unverified: { 330604: { [ENTERPRISES]: { code: 'consolidate.recorded_reason', params: { text: '可能把“万家”填成了“家”' } } } },
    });
    expect(row(result, ENTERPRISES)).toMatchObject({ total: 0.2, partial: true, unverified: ['330604'], notReported: [] });
    expect(row(result, ENTERPRISES).byRegion['330604']).toBe(1200);
  });

  it('leaves a share with an unverified part out of the recomputed share', () => {
    const result = consolidate({
      plan, reportingYear: 2024,
      returns: [
        { source: 'a.xlsx', sheet: county('330602', '越城区', share(0.08, 100, 200)) },
        { source: 'b.xlsx', sheet: county('330603', '柯桥区', share(0.12, 5600000, 800)) },
      ],
      unverified: { 330603: { [SHARE]: { code: 'consolidate.recorded_reason', params: { text: '分子可能填错单位' } } } },
    });
    expect(row(result, SHARE)).toMatchObject({ method: 'ratio', total: 50, partial: true, unverified: ['330603'] });
  });
});
