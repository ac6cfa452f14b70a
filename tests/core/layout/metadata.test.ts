import type { PlanCatalog } from '../../../src/core/catalog';
import { reportingWorkbookLayout, shownText, type SheetLayout } from '../../../src/core/layout';
import { isCarriedUnchanged, LAYOUT_VERSION, metadataRows, readMetadataBlocks, readMetadataCells, type MetadataCell } from '../../../src/core/form';
import type { CellValue, ReturnMetadata } from '../../../src/core/returns';
import { plan, realCatalog } from '../../support/core/layout/layoutHelpers';

/** The metadata sheet's rows as an adapter reads them back: plain values by row and column. */
function readBack(sheet: SheetLayout): MetadataCell[][] {
  const rows: MetadataCell[][] = [];
  for (const cell of sheet.cells) {
    const row = rows[cell.row] ?? [];
    row[cell.col] = shownText(cell.value);
    rows[cell.row] = row;
  }
  return rows.map((row) => row ?? []);
}

const SAMPLE: ReturnMetadata = {
  sheet: '指标填报',
  planIds: ['yuecheng-2021-2025'],
  catalogVersion: 'c-0123abcd',
  region: { name: '绍兴市越城区', code: '330602' },
  reportingYear: 2023,
  layoutVersion: LAYOUT_VERSION,
  merged: false,
  rowIds: ['yuecheng-2021-2025.rd-gdp-share', 'yuecheng-2021-2025.hightech-industry-investment-growth#companion'],
};

describe('metadata sheet', () => {
  it('is a very hidden sheet named _meta holding what the generator knew', () => {
    const plans = ['yuecheng-2021-2025', 'shengzhou-116x-2024-2030'].map(plan);
    const first = plans[0] as PlanCatalog;
    const input = { plans, region: first.plan.region, reportingYear: 2025, merge: true, catalogVersion: realCatalog().version };
    const workbook = reportingWorkbookLayout(input);
    expect(workbook.metadata.name).toBe('_meta');
    expect(workbook.metadata.visibility).toBe('veryHidden');
    const read = readMetadataCells(readBack(workbook.metadata));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.metadata).toMatchObject({
      planIds: ['yuecheng-2021-2025', 'shengzhou-116x-2024-2030'],
      catalogVersion: realCatalog().version,
      region: first.plan.region,
      reportingYear: 2025,
      merged: true,
      layoutVersion: LAYOUT_VERSION,
    });
    const sheet = workbook.sheets[0] as SheetLayout;
    const idTexts = sheet.cells.map((cell) => shownText(cell.value)).filter((text) => text.startsWith('concept:'));
    expect(read.metadata.rowIds).toEqual(idTexts);
  });

  it('round-trips through readMetadataCells, from plain values and from read-back cell values', () => {
    const rows = metadataRows(SAMPLE);
    expect(readMetadataCells(rows)).toEqual({ ok: true, metadata: SAMPLE });
    const asCells: CellValue[][] = rows.map(([key, value]) => [{ type: 'text', value: key }, { type: 'text', value }]);
    expect(readMetadataCells(asCells)).toEqual({ ok: true, metadata: SAMPLE });
  });

  it('reads a long id list split over several rows', () => {
    const many = { ...SAMPLE, rowIds: Array.from({ length: 2000 }, (_, i) => `zj-opinions-2018.indicator-with-a-long-identifier-${i}`) };
    const rows = metadataRows(many);
    expect(rows.filter(([key]) => key === 'rowIds').length).toBeGreaterThan(1);
    for (const [, value] of rows) expect(value.length).toBeLessThanOrEqual(32_767);
    expect(readMetadataCells(rows)).toEqual({ ok: true, metadata: many });
  });

  it('takes a number typed as a number cell', () => {
    const rows = metadataRows(SAMPLE).map(([key, value]): MetadataCell[] => [key, key === 'reportingYear' ? 2023 : value]);
    expect(readMetadataCells(rows)).toEqual({ ok: true, metadata: SAMPLE });
  });

  it.each<[string, MetadataCell[][], string, string | undefined]>([
    ['an empty sheet', [], 'metadata.empty', undefined],
    ['a missing key', metadataRows(SAMPLE).filter(([key]) => key !== 'rowIds'), 'metadata.missing_key', 'rowIds'],
    ['broken JSON', metadataRows(SAMPLE).map(([k, v]) => [k, k === 'planIds' ? '["yuecheng' : v]), 'metadata.bad_json', 'planIds'],
    ['a year that is no year', metadataRows(SAMPLE).map(([k, v]) => [k, k === 'reportingYear' ? '"二〇二三"' : v]), 'metadata.bad_value', 'reportingYear'],
    ['ids that are not texts', metadataRows(SAMPLE).map(([k, v]) => [k, k === 'rowIds' ? '[1,2]' : v]), 'metadata.bad_value', 'rowIds'],
    ['a region without code', metadataRows(SAMPLE).map(([k, v]) => [k, k === 'region' ? '{"name":"越城区"}' : v]), 'metadata.bad_value', 'region'],
  ])('reports %s with a typed error instead of throwing', (_, rows, code, key) => {
    const read = readMetadataCells(rows);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.code).toBe(code);
    expect(read.error.key).toBe(key);
  });

  it('holds one block per reporting sheet when a workbook has several, each naming its sheet', () => {
    const plans = ['yuecheng-2021-2025', 'zj-hightech-industry-2021-2025'].map(plan);
    const region = { name: '绍兴市越城区', code: '330602' };
    const inputs = plans.map((one, i) => ({
      plans: [one as PlanCatalog], region, reportingYear: 2023, merge: false, catalogVersion: 'c-1', sheetName: `填报${i + 1}`,
    }));
    const workbook = reportingWorkbookLayout(inputs);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['填报1', '填报2']);
    const blocks = readMetadataBlocks(readBack(workbook.metadata));
    expect(blocks.map((block) => (block.ok ? [block.metadata.sheet, block.metadata.planIds[0]] : block.error.code))).toEqual([
      ['填报1', 'yuecheng-2021-2025'],
      ['填报2', 'zj-hightech-industry-2021-2025'],
    ]);
    expect(() => reportingWorkbookLayout(inputs.map((one) => ({ ...one, sheetName: '同名' })))).toThrow('layout.duplicate_sheet_name');
  });

  it('reports a metadata sheet without a sheet key as one block with the key missing', () => {
    const rows = metadataRows(SAMPLE).filter(([key]) => key !== 'sheet');
    expect(readMetadataBlocks(rows)).toEqual([{ ok: false, error: expect.objectContaining({ code: 'metadata.missing_key', key: 'sheet' }) }]);
    expect(readMetadataBlocks([])).toEqual([{ ok: false, error: expect.objectContaining({ code: 'metadata.empty' }) }]);
  });

  it('keeps the 说明 a form was given from last year’s return, and reads a form without them as before (0243)', () => {
    const carried: ReturnMetadata = { ...SAMPLE, carriedExplanations: { fromYear: 2022, texts: { 'yuecheng-2021-2025.rd-gdp-share': '口径调整' } } };
    const rows = metadataRows(carried);
    expect(rows.map(([key]) => key)).toContain('carriedExplanations');
    expect(readMetadataCells(rows)).toEqual({ ok: true, metadata: carried });
    expect(metadataRows(SAMPLE).map(([key]) => key)).not.toContain('carriedExplanations');
    const broken = rows.map(([key, value]): [string, string] => [key, key === 'carriedExplanations' ? '{"fromYear":2022,"texts":["口径调整"]}' : value]);
    expect(readMetadataCells(broken)).toEqual({ ok: false, error: expect.objectContaining({ code: 'metadata.bad_value', key: 'carriedExplanations' }) });
  });

  it('tells a 说明 carried unchanged from one edited or never carried', () => {
    const carried: ReturnMetadata = { ...SAMPLE, carriedExplanations: { fromYear: 2022, texts: { 'yuecheng-2021-2025.rd-gdp-share': '口径调整' } } };
    expect(isCarriedUnchanged(carried, 'yuecheng-2021-2025.rd-gdp-share', ' 口径调整 ')).toBe(true);
    expect(isCarriedUnchanged(carried, 'yuecheng-2021-2025.rd-gdp-share', '2023年口径调整，已核实')).toBe(false);
    expect(isCarriedUnchanged(carried, 'constructor', '口径调整')).toBe(false);
    expect(isCarriedUnchanged(SAMPLE, 'yuecheng-2021-2025.rd-gdp-share', '口径调整')).toBe(false);
  });
});
