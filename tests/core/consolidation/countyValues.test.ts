import { realCatalog } from '../../support/catalog';
import type { PlanCatalog } from '../../../src/core/catalog';
import { consolidate, consolidationRecord, countyValues, type CountyReturn } from '../../../src/core/consolidation';
import type { CellValue, ReturnRow, ReturnSheet } from '../../../src/core/returns';

const loaded = realCatalog();
const PLAN = 'zj-hightech-industry-2021-2025';
const plan = loaded.catalog.plans.find((p) => p.plan.id === PLAN) as PlanCatalog;
const ENTERPRISES = `${PLAN}.hightech-enterprises`;
const SHARE = `${PLAN}.hightech-industry-va-share`;

const cell = (value: number | string | null): CellValue =>
  value === null ? { type: 'empty' } : typeof value === 'number' ? { type: 'number', value } : { type: 'text', value };

/** A county's return with, per row, its 2023 and 2024 cells. */
function county(code: string, name: string, values: Record<string, [number | string | null, number | string | null]>): ReturnSheet {
  const rows = Object.entries(values).map(([rowId, [last, now]], i): ReturnRow => ({
    indicatorId: rowId, row: 7 + i, name: rowId, unit: '',
    actuals: { 2023: { address: `J${8 + i}`, value: cell(last) }, 2024: { address: `K${8 + i}`, value: cell(now) } },
    explanation: { address: `T${8 + i}`, value: { type: 'empty' } },
  }));
  return {
    sheet: '指标填报',
    metadata: { sheet: '指标填报', planIds: [PLAN], catalogVersion: loaded.version, region: { name, code }, reportingYear: 2024, layoutVersion: 1, merged: false, rowIds: Object.keys(values) },
    rows,
    observations: [],
  };
}

const SHEETS = [
  county('330602', '越城区', { [ENTERPRISES]: [0.07, 0.08], [SHARE]: [40, 50], [`${SHARE}#numerator`]: [80, 100], [`${SHARE}#denominator`]: [200, 200] }),
  county('330603', '柯桥区', { [ENTERPRISES]: [0.1, null], [SHARE]: [60, 70], [`${SHARE}#numerator`]: [480, 560], [`${SHARE}#denominator`]: [800, 800] }),
];

describe('countyValues', () => {
  it('keeps every row of the sheet with its value of the year asked, null where the row holds none', () => {
    expect([...countyValues(SHEETS[1] as ReturnSheet, plan, 2024)]).toEqual([
      [ENTERPRISES, null], [SHARE, 70], [`${SHARE}#numerator`, 560], [`${SHARE}#denominator`, 800],
    ]);
    expect(countyValues(SHEETS[1] as ReturnSheet, plan, 2023).get(ENTERPRISES)).toBe(0.1);
  });

  it('a return kept as its metadata and values consolidates and is recorded as its whole sheet is', () => {
    const whole: CountyReturn[] = SHEETS.map((sheet, i) => ({ source: `${i}.xlsx`, sheet }));
    const compact: CountyReturn[] = SHEETS.map((sheet, i) => ({
      source: `${i}.xlsx`, sheet: { sheet: sheet.sheet, metadata: sheet.metadata, rows: [], observations: [] }, values: countyValues(sheet, plan, 2024),
    }));
    const fromWhole = consolidate({ plan, reportingYear: 2024, returns: whole });
    const fromCompact = consolidate({ plan, reportingYear: 2024, returns: compact });
    expect(fromCompact).toEqual(fromWhole);
    // The row 柯桥区 left empty is there, not reported: the total says it is partial.
    expect(fromCompact.rows.find((row) => row.indicator.id === ENTERPRISES)).toMatchObject({ total: 0.08, partial: true, notReported: ['330603'] });
    const record = (returns: CountyReturn[], result: typeof fromWhole) => consolidationRecord({
      plan, reportingYear: 2024, catalogVersion: loaded.version, region: { code: '330600', name: '绍兴市' }, returns, regions: result.regions, unverified: {},
    });
    expect(record(compact, fromCompact)).toEqual(record(whole, fromWhole));
    expect(record(compact, fromCompact).counties[1]?.values).toEqual({ [SHARE]: 70, [`${SHARE}#numerator`]: 560, [`${SHARE}#denominator`]: 800 });
  });

  it('a return given twice is a duplicate return, also when its values were read beforehand (not a recorded county)', () => {
    const compact = (source: string): CountyReturn => ({
      source, sheet: { sheet: '指标填报', metadata: SHEETS[0]?.metadata ?? null, rows: [], observations: [] }, values: countyValues(SHEETS[0] as ReturnSheet, plan, 2024),
    });
    const result = consolidate({ plan, reportingYear: 2024, returns: [compact('a.xlsx'), compact('a2.xlsx')] });
    expect(result.findings.map((finding) => [finding.code, finding.source, finding.detail])).toEqual([['consolidate.duplicate_region', 'a2.xlsx', 'a.xlsx']]);
  });
});
