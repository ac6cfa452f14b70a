import type { Indicator, PlanCatalog } from '../../../src/core/catalog';
import { reportingSheetLayout, reportingSheetMap, shownText, STATUS_SWATCH, type SheetLayout } from '../../../src/core/layout';
import { columnLetter, parseRange, rangeContains } from '../../../src/core/form';
import { findUnit } from '../../../src/core/units';
import { cellAt, inRef, plan, realCatalog, rowsById, styleOf } from '../../support/core/layout/layoutHelpers';
import { expectEqual } from '../../support/equalOrExpect';

const CASES: Array<[string, number, boolean]> = [
  ['yuecheng-2021-2025', 2023, false],
  ['keqiao-2021-2025', 2024, false],
  ['shengzhou-116x-2024-2030', 2026, false],
  ['zj-hightech-industry-2021-2025', 2022, false],
  ['zj-opinions-2018', 2020, false],
  ['yuecheng-2021-2025,keqiao-2021-2025,zj-hightech-industry-2021-2025', 2023, true],
];

function sheetFor(planIds: string, year: number, merge: boolean): SheetLayout {
  const plans = planIds.split(',').map(plan);
  const first = plans[0] as PlanCatalog;
  return reportingSheetLayout({ plans, region: first.plan.region, reportingYear: year, merge, catalogVersion: realCatalog().version });
}

/** Display width as Excel measures it in character units: Chinese, full-width and CJK punctuation count 2. */
function width(text: string): number {
  return [...text].reduce((sum, char) => sum + (/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F\u201C\u201D\u2018\u2019\u2014\u2026\u25B2]/u.test(char) ? 2 : 1), 0);
}

describe.each(CASES)('entry cells of %s (%i, merged: %s)', (planIds, year, merge) => {
  const layout = sheetFor(planIds, year, merge);
  const map = reportingSheetMap(layout);
  const { columns } = map;
  const actualCols = new Set(Object.values(columns.actuals));
  const footerRow = Math.max(...layout.cells.map((cell) => cell.row));
  const footerLabels = new Set(['单位负责人：', '统计负责人：', '填表人：', '联系电话：', '报出日期：']);
  // Each label of the foot (merged over the columns it needs) is followed by the cell to fill in.
  const labelEnd = (row: number, col: number) => layout.merges.map(parseRange).find((r) => r !== null && rangeContains(r, { row, col }))?.right ?? col;
  // The foot takes one line, or two on a narrow form: its entry cells as `row:col`.
  const footerEntries = new Set(layout.cells
    .filter((cell) => cell.row > map.lastDataRow && footerLabels.has(shownText(cell.value)))
    .map((cell) => `${cell.row}:${labelEnd(cell.row, cell.col) + 1}`));

  /** What a person fills: the actuals and 说明 of every table row, and the names at the foot. */
  const isEntry = (row: number, col: number) => (row >= map.firstDataRow && row <= map.lastDataRow && (actualCols.has(col) || col === columns.explanation))
    || footerEntries.has(`${row}:${col}`);

  it('unlocks the entry cells and locks every other cell, on a protected sheet without a password', () => {
    expect(layout.protection?.protect).toBe(true);
    expect(layout.protection?.password).toBeNull();
    expect(footerEntries.size).toBe(5);
    for (const cell of layout.cells) expectEqual([cell.row, cell.col, styleOf(layout, cell).locked], [cell.row, cell.col, !isEntry(cell.row, cell.col)]);
    let entries = 0;
    for (let row = map.firstDataRow; row <= footerRow; row++) {
      for (let col = 0; col <= columns.id; col++) {
        if (!isEntry(row, col)) continue;
        entries += 1;
        const cell = cellAt(layout, row, col);
        const unlocked = layout.protection?.unlocked.some((ref) => inRef(ref, row, col));
        expectEqual([row, col, cell && styleOf(layout, cell).locked, unlocked], [row, col, false, true]);
      }
    }
    expect(entries).toBeGreaterThan(0);
    for (const cell of layout.cells) {
      if (layout.protection?.unlocked.some((ref) => inRef(ref, cell.row, cell.col))) expect(styleOf(layout, cell).locked).toBe(false);
    }
  });

  it('covers every entry cell with exactly one validation and no locked cell with any', () => {
    for (const cell of layout.cells) {
      const covering = layout.validations.filter((v) => inRef(v.ref, cell.row, cell.col));
      expectEqual([cell.row, cell.col, covering.length], [cell.row, cell.col, styleOf(layout, cell).locked ? 0 : 1]);
    }
  });

  it('stops wrong entries with a Chinese message and prompts with the unit and the targets', () => {
    for (const validation of layout.validations) {
      expect(validation.showErrorMessage).toBe(true);
      expect(validation.errorStyle).toBe('stop');
      expect(validation.error).toMatch(/\p{Script=Han}/u);
      expect(validation.prompt).toMatch(/\p{Script=Han}/u);
      expect([...validation.prompt].length).toBeLessThanOrEqual(255);
      expect([...validation.promptTitle].length).toBeLessThanOrEqual(32);
      expect([...validation.errorTitle].length).toBeLessThanOrEqual(32);
    }
  });

  it('shares one validation between neighbouring rows only when everything but the range is the same', () => {
    const ranges = layout.validations.map((v) => ({ range: parseRange(v.ref), settings: JSON.stringify({ ...v, ref: '' }) }));
    for (const a of ranges) {
      for (const b of ranges) {
        if (a.range === null || b.range === null) continue;
        const adjacent = b.range.top === a.range.bottom + 1 && b.range.left === a.range.left && b.range.right === a.range.right;
        if (adjacent) expect(b.settings).not.toBe(a.settings);
      }
    }
  });

  it('colours rows from the 状态 column with a handful of whole-range rules', () => {
    // The rules that show 完成进度 with more decimals (honestPercentFormats.test.ts) aside.
    const formats = layout.conditionalFormats.filter((format) => format.style.numberFormat === undefined);
    expect(formats.length).toBeGreaterThan(0);
    expect(formats.length).toBeLessThanOrEqual(8);
    const status = `$${columnLetter(columns.status)}${map.firstDataRow + 1}`;
    const statusRules = formats.filter((f) => f.formula.includes(status));
    expect(statusRules.length).toBeGreaterThanOrEqual(4);
    // 序号 and 类别 (merged over rows of different status) are not coloured by any one row's status.
    const table = `${columnLetter(columns.name)}${map.firstDataRow + 1}:${columnLetter(columns.responsible)}${map.lastDataRow + 1}`;
    for (const rule of statusRules) expect(rule.ref).toBe(table);
    for (const swatch of Object.values(STATUS_SWATCH)) {
      expect(statusRules.some((rule) => rule.style.fill === swatch.fill && rule.style.fontColor === swatch.font)).toBe(true);
    }
    const textRule = formats.find((f) => f.formula.includes('ISTEXT'));
    expect(textRule).toBeDefined();
    for (const col of actualCols) {
      expect(inRef(textRule?.ref ?? '', map.firstDataRow, col)).toBe(true);
      expect(inRef(textRule?.ref ?? '', map.lastDataRow, col)).toBe(true);
    }
  });

  it('sizes columns to their longest text, counting Chinese as two, and wraps what is capped', () => {
    const acrossColumns = layout.merges.map(parseRange).filter((r) => r !== null && r.left !== r.right);
    for (const cell of layout.cells) {
      const column = layout.columns[cell.col];
      if (column === undefined || column.hidden) continue;
      if (acrossColumns.some((r) => r !== null && rangeContains(r, cell))) continue;
      const text = shownText(cell.value);
      const needed = width(text);
      expect(column.width).toBeLessThanOrEqual(40);
      if (needed > column.width) expect([text, styleOf(layout, cell).alignment.wrapText]).toEqual([text, true]);
      else expect(column.width).toBeGreaterThanOrEqual(Math.min(needed, 40));
    }
  });

  it('gives wrapped rows the height of their lines', () => {
    for (const cell of layout.cells) {
      const column = layout.columns[cell.col];
      const text = shownText(cell.value);
      if (column === undefined || column.hidden || cell.row < map.firstDataRow || width(text) <= column.width * 1.5) continue;
      // A cell merged down over several rows (类别) has their heights together.
      const merge = layout.merges.map(parseRange).find((r) => r !== null && r.top !== r.bottom && rangeContains(r, cell));
      const rows = merge === undefined || merge === null ? [cell.row] : Array.from({ length: merge.bottom - merge.top + 1 }, (_, i) => merge.top + i);
      const height = rows.reduce((sum, row) => sum + (layout.rows.find((r) => r.row === row)?.height ?? (merge === undefined ? 0 : 20)), 0);
      expect([text, height >= 28]).toEqual([text, true]);
    }
  });
});

describe('validation rules follow the unit and the target', () => {
  const catalog = plan('shengzhou-116x-2024-2030');
  const layout = sheetFor('shengzhou-116x-2024-2030', 2026, false);
  const map = reportingSheetMap(layout);
  const ids = rowsById(layout, map.columns.id, map.firstDataRow);
  const actualCol = map.columns.actuals[2026] as number;
  const ruleOf = (indicator: Indicator) => layout.validations.find((v) => inRef(v.ref, ids.get(indicator.id) as number, actualCol));

  it.each(catalog.indicators.filter((i) => ids.has(i.id)).map((i) => [i.name, i] as const))('%s', (_, indicator) => {
    const rule = ruleOf(indicator);
    expect(rule).toBeDefined();
    if (rule === undefined) return;
    expect(rule.prompt).toContain(`单位：${indicator.unit}`);
    for (const target of indicator.values.filter((v) => v.role === 'target' && v.raw !== '')) {
      expect(rule.prompt).toContain(`${target.year}年目标`);
    }
    const unit = findUnit(indicator.unit);
    if (indicator.values.some((v) => v.role === 'target' && v.parsed.kind === 'qualitative' && v.parsed.atLeastOne === true)) {
      // 零的突破 (decision 0276): a count or 是/否, the formula written for the block's top-left cell, relative.
      const topLeft = rule.ref.split(':')[0] ?? '';
      expect(rule).toMatchObject({ type: 'custom', operator: null, showErrorMessage: true, errorStyle: 'stop' });
      expect(rule.formulae).toEqual([`IF(ISNUMBER(${topLeft}),AND(${topLeft}>=0,ROUND(${topLeft},0)=${topLeft}),OR(TRIM(${topLeft})="是",TRIM(${topLeft})="否"))`]);
      expect(rule.prompt).toContain('请填个数（0或正整数，1及以上为已实现），或填“是”（已实现）或“否”');
    } else if (indicator.values.some((v) => v.role === 'target' && v.parsed.kind === 'qualitative')) {
      expect(rule).toMatchObject({ type: 'list', listValues: ['是', '否'] });
    } else if (indicator.measure === 'share') {
      expect(rule).toMatchObject({ type: 'decimal', operator: 'between', formulae: ['0', '100'] });
    } else if (indicator.measure === 'growth_rate') {
      expect(rule).toMatchObject({ type: 'decimal' });
    } else if (unit?.wholeInBase && unit.power === 0) {
      expect(rule).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: ['0'] });
    } else {
      expect(rule).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', formulae: ['0'] });
    }
    if (indicator.values.some((v) => v.parsed.kind === 'increment_cumulative')) expect(rule.prompt).toContain('累计');
    // A 每年 goal is judged every year: the prompt says so, also where the name leaves 每年 out (引进亿元以上制造业项目).
    expect(rule.prompt.includes('每年目标')).toBe(indicator.perYear);
  });

  it('offers 是/否 where the target is qualitative', () => {
    const hightech = sheetFor('zj-hightech-industry-2021-2025', 2023, false);
    const hmap = reportingSheetMap(hightech);
    const row = rowsById(hightech, hmap.columns.id, hmap.firstDataRow).get('zj-hightech-industry-2021-2025.national-hightech-zones') as number;
    const rule = hightech.validations.find((v) => inRef(v.ref, row, hmap.columns.actuals[2023] as number));
    expect(rule).toMatchObject({ type: 'list', formulae: ['"是,否"'], showErrorMessage: true, errorStyle: 'stop' });
  });
});
