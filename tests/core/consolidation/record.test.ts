import { readRecordRows, recordedReturns, recordRows, consolidate, type ConsolidationRecord } from '../../../src/core/consolidation';
import { realCatalog } from '../../support/catalog';

const catalog = realCatalog();
const plan = catalog.catalog.plans.find((p) => p.plan.id === 'zj-hightech-industry-2021-2025')!;
const additive = plan.indicators.find((indicator) => indicator.aggregation.kind === 'sum')!;

const record = (counties: ConsolidationRecord['counties']): ConsolidationRecord => ({
  planId: plan.plan.id, catalogVersion: catalog.version, reportingYear: 2024, region: { code: '330600', name: '绍兴市' }, counties,
});

describe('consolidation record', () => {
  it('reads back what it wrote, across rows when the JSON is longer than a cell holds', () => {
    const long = 'x'.repeat(40_000);
    const written = record([{ code: '330602', name: '绍兴市越城区', source: '越城区.xlsx', values: { [additive.id]: 12.5 }, unverified: { [additive.id]: long } }]);
    const rows = recordRows(written);
    expect(rows.filter(([key]) => key === 'record').length).toBeGreaterThan(1);
    expect(readRecordRows(rows)).toEqual(written);
  });

  it('is absent, not guessed, when damaged, of another format or with a value of the wrong kind', () => {
    const rows = recordRows(record([{ code: '330602', name: '绍兴市越城区', source: 'a.xlsx', values: { [additive.id]: 1 }, unverified: {} }]));
    expect(readRecordRows(rows.map(([key, value]) => [key, key === 'record' ? value.slice(0, -2) : value]))).toBeNull();
    expect(readRecordRows(rows.map(([key, value]) => [key, key === 'format' ? '2' : value]))).toBeNull();
    expect(readRecordRows(rows.map(([key, value]) => [key, key === 'record' ? value.replace(':1}', ':"1"}') : value]))).toBeNull();
  });

  it('gives counties that consolidate by their values, and a county already taken is a duplicate of the record', () => {
    const written = record([
      { code: '330602', name: '绍兴市越城区', source: '越城区.xlsx', values: { [additive.id]: 10 }, unverified: {} },
      { code: '330603', name: '绍兴市柯桥区', source: '柯桥区.xlsx', values: { [additive.id]: 5 }, unverified: {} },
    ]);
    const fromCity = recordedReturns(written, '绍兴市汇总.xlsx');
    const again = recordedReturns(record([{ code: '330602', name: '绍兴市越城区', source: '越城区.xlsx', values: { [additive.id]: 99 }, unverified: {} }]), '另一汇总.xlsx');
    const result = consolidate({ plan, reportingYear: 2024, returns: [...fromCity, ...again] });
    expect(result.rows.find((row) => row.indicator.id === additive.id)?.total).toBe(15);
    expect(result.findings).toEqual([{ code: 'consolidate.duplicate_recorded', source: '另一汇总.xlsx', region: '绍兴市越城区', detail: '绍兴市汇总.xlsx' }]);
  });
});
