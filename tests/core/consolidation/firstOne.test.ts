/**
 * A 零的突破 count row (省级“链主”企业, 家) consolidated across counties (decision 0270): the city total is the sum of
 * the counts the counties' sheets judge; a county that answered 是 or 否 without its count is reported, not missing,
 * and the total says what it answered; a number that is no count (1.5) is held back as the checks did not accept it.
 */
import { consolidate, unverifiedRows } from '../../../src/core/consolidation';
import { consolidationSheetLayout } from '../../../src/core/reports';
import type { CellValue } from '../../../src/core/returns';
import { planOf } from '../../support/catalog';
import { check, indicator, sheet } from '../../support/core/checks/builtSheets';
import { textAt } from '../../support/core/layout/layoutHelpers';

const PLAN = 'shengzhou-116x-2024-2030';
const CHAIN = `${PLAN}.chain-leader-enterprises`;
const YEAR = 2027;

const county = (code: string, name: string, value: CellValue) =>
  sheet({ planIds: [PLAN], reportingYear: YEAR, years: [YEAR], sheet: '指标填报', region: { name, code } }).row(indicator(CHAIN), { [YEAR]: { value } }).build();

const COUNTIES: Array<[string, string, CellValue]> = [
  ['330602', '越城区', { type: 'number', value: 2 }],
  ['330603', '柯桥区', { type: 'number', value: 0 }],
  ['330604', '上虞区', { type: 'text', value: '是' }],
  ['330624', '新昌县', { type: 'text', value: '否' }],
  ['330681', '诸暨市', { type: 'number', value: 1.5 }],
  ['330683', '嵊州市', { type: 'number', value: 1 }],
];

describe('a 零的突破 count row of a city', () => {
  const sheets = COUNTIES.map(([code, name, value]) => ({ code, sheet: county(code, name, value) }));
  const unverified = Object.fromEntries(sheets.map(({ code, sheet: built }) => [code, unverifiedRows(check(built))]));
  const result = consolidate({ plan: planOf(PLAN), reportingYear: YEAR, returns: sheets.map(({ code, sheet: built }) => ({ source: `${code}.xlsx`, sheet: built })), unverified });
  const row = result.rows.find((candidate) => candidate.indicator.id === CHAIN)!;

  it('sums the counts; the answers are reported, not missing; 1.5 is held back', () => {
    expect(row).toMatchObject({
      method: 'sum', total: 3, partial: true,
      answered: ['330604', '330624'], notReported: [], unverified: ['330681'],
      byRegion: { 330602: 2, 330603: 0, 330604: true, 330624: false, 330681: null, 330683: 1 },
    });
  });

  it('the total says what each county left out answered, and the note why they are not added', () => {
    const layout = consolidationSheetLayout({ result, region: { name: '绍兴市', code: '330600' }, findingTexts: [], flagged: unverified });
    const header = layout.cells.find((cell) => cell.col === 0 && textAt(layout, cell.row, 0) === '序号')!.row;
    const r = header + 1 + result.rows.indexOf(row);
    expect(textAt(layout, r, 3)).toBe('3（不含 诸暨市：待核实；上虞区：填“是”，未填数量；新昌县：填“否”，未填数量）');
    expect(layout.cells.find((cell) => cell.row === r && cell.col === 3)?.note).toContain('填“是”或“否”的地区未填数量，合计只含填了数量的地区。');
    expect([4, 5, 6, 7].map((col) => textAt(layout, r, col))).toEqual(['2', '0', '是', '否']);
  });
});
