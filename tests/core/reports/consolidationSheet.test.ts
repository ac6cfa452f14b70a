/**
 * The consolidation sheet's total cell says what the total holds, also when it holds nothing (QA of consolidation,
 * decision 0251): a row every region's value of which was held back, or which no region filled, names them on the
 * total rather than leaving it blank; a share that cannot be recomputed says whose parts are missing.
 */
import { realCatalog } from '../../support/catalog';
import type { PlanCatalog } from '../../../src/core/catalog';
import { consolidate, type ConsolidationResult } from '../../../src/core/consolidation';
import { consolidationSheetLayout } from '../../../src/core/reports';
import type { ReturnRow, ReturnSheet } from '../../../src/core/returns';
import { cellAt, styleOf, textAt } from '../../support/core/layout/layoutHelpers';

const loaded = realCatalog();
const PLAN = 'zj-hightech-industry-2021-2025';
const plan = loaded.catalog.plans.find((p) => p.plan.id === PLAN) as PlanCatalog;
const ENTERPRISES = `${PLAN}.hightech-enterprises`;
const SHARE = `${PLAN}.hightech-industry-va-share`;
const VALUE_ADDED = `${PLAN}.digital-economy-va`;

function county(code: string, name: string, values: Record<string, number | string>): ReturnSheet {
  const rows: ReturnRow[] = Object.entries(values).map(([rowId, value], i): ReturnRow => ({
    indicatorId: rowId, row: 7 + i, name: rowId, unit: '',
    actuals: { 2024: { address: `K${8 + i}`, value: typeof value === 'number' ? { type: 'number', value } : { type: 'text', value } } },
    explanation: { address: `T${8 + i}`, value: { type: 'empty' } },
  }));
  return {
    sheet: '指标填报', rows, observations: [],
    metadata: { sheet: '指标填报', planIds: [PLAN], catalogVersion: loaded.version, region: { name, code }, reportingYear: 2024, layoutVersion: 1, merged: false, rowIds: Object.keys(values) },
  };
}

const notANumber = { code: 'check.not_a_number', params: { name: '高新技术企业', nameEn: 'High-tech enterprises', year: 2024, unit: '万家', text: '约0.1' } } as const;

/** The total cell's text of the row named `name`, as the sheet shows it. */
function totalOf(result: ConsolidationResult, flagged: Record<string, Record<string, typeof notANumber>>, indicatorId: string): string {
  const layout = consolidationSheetLayout({ result, region: { name: '绍兴市', code: '330600' }, findingTexts: [], flagged });
  const header = layout.cells.find((cell) => cell.col === 0 && textAt(layout, cell.row, 0) === '序号')!.row;
  const index = result.rows.findIndex((row) => row.indicator.id === indicatorId);
  return textAt(layout, header + 1 + index, 3);
}

describe('consolidationSheetLayout: the total cell', () => {
  it('regression: names every region on a total none of whose values could be counted, instead of a blank cell', () => {
    const unverified = { 330602: { [ENTERPRISES]: notANumber }, 330603: { [ENTERPRISES]: notANumber } };
    const result = consolidate({
      plan, reportingYear: 2024, unverified,
      returns: [
        { source: 'a.xlsx', sheet: county('330602', '绍兴市越城区', { [ENTERPRISES]: '约0.1' }) },
        { source: 'b.xlsx', sheet: county('330603', '绍兴市柯桥区', { [ENTERPRISES]: '约0.2' }) },
      ],
    });
    expect(totalOf(result, unverified, ENTERPRISES)).toBe('无合计（不含 绍兴市越城区、绍兴市柯桥区：待核实）');
    // A share alike: every county's share held back is no share "never summed".
    const shareHeld = { 330602: { [SHARE]: notANumber }, 330603: { [SHARE]: notANumber } };
    const shares = consolidate({
      plan, reportingYear: 2024, unverified: shareHeld,
      returns: [
        { source: 'a.xlsx', sheet: county('330602', '绍兴市越城区', { [SHARE]: 0.5, [`${SHARE}#numerator`]: 100, [`${SHARE}#denominator`]: 200 }) },
        { source: 'b.xlsx', sheet: county('330603', '绍兴市柯桥区', { [SHARE]: 0.7, [`${SHARE}#numerator`]: 560, [`${SHARE}#denominator`]: 800 }) },
      ],
    });
    expect(totalOf(shares, shareHeld, SHARE)).toBe('无合计（不含 绍兴市越城区、绍兴市柯桥区：待核实）');
    const empty = consolidate({
      plan, reportingYear: 2024,
      returns: [{ source: 'a.xlsx', sheet: county('330602', '绍兴市越城区', { [ENTERPRISES]: '', [SHARE]: 50 }) }],
    });
    expect(totalOf(empty, {}, ENTERPRISES)).toBe('无合计（不含 绍兴市越城区：未填报）');
  });

  it('says on a share without a total whose parts are missing', () => {
    const result = consolidate({
      plan, reportingYear: 2024,
      returns: [
        { source: 'a.xlsx', sheet: county('330602', '绍兴市越城区', { [SHARE]: 50, [`${SHARE}#numerator`]: 100, [`${SHARE}#denominator`]: 200 }) },
        { source: 'b.xlsx', sheet: county('330603', '绍兴市柯桥区', { [SHARE]: 70 }) },
      ],
    });
    expect(totalOf(result, {}, SHARE)).toBe('无法重算（绍兴市柯桥区未填报分子或分母，只分地区列示）');
    const layout = consolidationSheetLayout({ result, region: { name: '绍兴市', code: '330600' }, findingTexts: [] });
    const row = cellAt(layout, layout.cells.find((cell) => textAt(layout, cell.row, cell.col).startsWith('无法重算'))!.row, 2);
    expect(row === undefined ? '' : textAt(layout, row.row, 2)).toBe('由分子分母重算');
  });

  it('regression: shows a county’s small figure and the total made of it with the decimals that keep them from reading 0', () => {
    // The plan prints 数字经济增加值 in whole 亿元: the counties' 0.21 and 0.04 亿元 and their total 0.25 showed "0".
    const result = consolidate({
      plan, reportingYear: 2024,
      returns: [
        { source: 'a.xlsx', sheet: county('330602', '绍兴市越城区', { [VALUE_ADDED]: 0.21, [ENTERPRISES]: 0 }) },
        { source: 'b.xlsx', sheet: county('330603', '绍兴市柯桥区', { [VALUE_ADDED]: 0.04, [ENTERPRISES]: 0 }) },
      ],
    });
    const layout = consolidationSheetLayout({ result, region: { name: '绍兴市', code: '330600' }, findingTexts: [] });
    const formatAt = (row: number, col: number) => styleOf(layout, cellAt(layout, row, col)!).numberFormat;
    const header = layout.cells.find((cell) => cell.col === 0 && textAt(layout, cell.row, 0) === '序号')!.row;
    const valueAdded = header + 1 + result.rows.findIndex((row) => row.indicator.id === VALUE_ADDED);
    expect([3, 4, 5].map((col) => formatAt(valueAdded, col))).toEqual(['0.00', '0.00', '0.00']);
    // A row of zeros keeps the plan's own decimals (万家: four).
    const enterprises = header + 1 + result.rows.findIndex((row) => row.indicator.id === ENTERPRISES);
    expect(formatAt(enterprises, 3)).toBe('0.0000');
  });
});
