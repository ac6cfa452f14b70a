/**
 * Printed tables as a person sees them (QA pass qalook8, decision 0274), measured in points: a Chinese character of
 * an n-point font is n points wide (half that for a digit or Latin letter), and a column of width w (Excel's units, the
 * '0' of the 11-point default font: 7 pixels) is (7w + 5) pixels of 0.75 point, 7w of them inside its margins.
 * - A title or a line of the frame does not wrap, and Excel shows a merged cell's text only within the merge: a
 *   consolidation of one county under a plan with a long title had a table narrower than its title, both ends cut off.
 * - A report's column header shows on one line (未说明警告, 涉及文件数, 严重程度 wrapped their last character).
 * - A row is no taller than one line unless a text in it is wider than its column: the check report's rows were all
 *   twice as tall, each holding a plan's title in a column fitted to it.
 */
import { planOf, realCatalog } from '../../support/catalog';
import { consolidate } from '../../../src/core/consolidation';
import { parseRange } from '../../../src/core/form';
import { reportingWorkbookLayout, shownText, type SheetLayout } from '../../../src/core/layout';
import { batchReportLayouts, consolidationSheetLayout } from '../../../src/core/reports';
import type { ReturnSheet } from '../../../src/core/returns';
import { sheet } from '../../support/core/checks/builtSheets';

const loaded = realCatalog();

/** Points a line of text takes printed in a font of `size` points: full-width characters an em, others half. */
function printedPoints(text: string, size: number): number {
  return Math.max(...text.split('\n').map((line) => [...line].reduce((sum, char) => sum + ((char.codePointAt(0) ?? 0) >= 0x2000 ? size : size / 2), 0)));
}

/** Points inside the margins of column `col` (0 when hidden or absent). */
function innerPoints(layout: SheetLayout, col: number): number {
  const column = layout.columns.find((c) => c.col === col);
  return column === undefined || column.hidden ? 0 : 7 * column.width * 0.75;
}

/** Texts that do not wrap and are wider than their merged cells: what Excel cuts off. */
function cutTexts(layout: SheetLayout): string[] {
  const widthOf = (col: number) => {
    const column = layout.columns.find((c) => c.col === col);
    return column === undefined || column.hidden ? 0 : (7 * column.width + 5) * 0.75;
  };
  const cut: string[] = [];
  for (const ref of layout.merges) {
    const range = parseRange(ref);
    if (range === null || range.left === range.right) continue;
    const cell = layout.cells.find((c) => c.row === range.top && c.col === range.left);
    const style = cell === undefined ? undefined : layout.styles[cell.style];
    if (cell === undefined || style === undefined || style.alignment.wrapText) continue;
    let width = 0;
    for (let col = range.left; col <= range.right; col++) width += widthOf(col);
    const text = shownText(cell.value);
    if (printedPoints(text, style.font.size) > width) cut.push(`${text} (${Math.round(printedPoints(text, style.font.size))} pt in ${Math.round(width)} pt)`);
  }
  return cut;
}

function county(planId: string, code: string, name: string, year: number): ReturnSheet {
  const built = sheet({ planIds: [planId], reportingYear: year, years: [year], sheet: '指标填报', region: { name, code } });
  for (const indicator of planOf(planId).indicators.slice(0, 3)) built.row(indicator, { [year]: 1 });
  return built.build();
}

describe('a title that does not wrap shows whole', () => {
  it('regression: a city’s consolidation of one county under the plan with the longest title', () => {
    const planId = 'zj-opinions-2018';
    const result = consolidate({ plan: planOf(planId), reportingYear: 2022, returns: [{ source: 'a.xlsx', sheet: county(planId, '330624', '新昌县', 2022) }] });
    const layout = consolidationSheetLayout({ result, region: { name: '绍兴市', code: '330600' }, findingTexts: [] });
    expect(shownText(layout.cells[0]!.value)).toBe('绍兴市《浙江省人民政府关于全面加快科技创新推动高质量发展的若干意见》主要指标汇总表');
    expect(cutTexts(layout)).toEqual([]);
  });

  it('a consolidation of six counties with short names, and every plan’s reporting form', () => {
    const planId = 'zj-hightech-industry-2021-2025';
    const counties = [['330602', '越城区'], ['330603', '柯桥区'], ['330604', '上虞区'], ['330624', '新昌县'], ['330681', '诸暨市'], ['330683', '嵊州市']];
    const result = consolidate({
      plan: planOf(planId), reportingYear: 2024,
      returns: counties.map(([code, name]) => ({ source: `${name}.xlsx`, sheet: county(planId, code as string, name as string, 2024) })),
    });
    expect(cutTexts(consolidationSheetLayout({ result, region: { name: '绍兴市', code: '330600' }, findingTexts: [] }))).toEqual([]);
    for (const plan of loaded.catalog.plans) {
      const layout = reportingWorkbookLayout({ plans: [plan], region: plan.plan.region, reportingYear: plan.plan.period.end, merge: false, catalogVersion: loaded.version });
      for (const sheet of layout.sheets) expect([plan.plan.id, sheet.name, cutTexts(sheet)]).toEqual([plan.plan.id, sheet.name, []]);
    }
  });
});

const PLAN_TITLE = '浙江省高新技术产业发展“十四五”规划';
const HANGZHOU = ['上城区', '拱墅区', '西湖区', '滨江区', '萧山区', '余杭区', '富阳区', '临安区', '临平区', '钱塘区'];
const report = batchReportLayouts({
  files: HANGZHOU.map((name) => ({ file: `../hz/杭州市${name}.xlsx`, verdict: 'accepted' as const, problem: null, region: `杭州市${name}`, reportingYear: 2024, plans: [PLAN_TITLE], findings: [] })),
});

describe('the check report', () => {
  it('regression: prints every column header on one line', () => {
    for (const sheet of report) {
      const header = sheet.cells.filter((cell) => cell.style === 'header');
      expect(header.length).toBeGreaterThan(5);
      const wrapped = header.filter((cell) => printedPoints(shownText(cell.value), 11) > innerPoints(sheet, cell.col)).map((cell) => shownText(cell.value));
      expect([sheet.name, wrapped]).toEqual([sheet.name, []]);
    }
  });

  it('regression: makes a row taller than one line only where a text in it is wider than its column', () => {
    const files = report[0] as SheetLayout;
    const tall = files.rows.map((row) => row.row).filter((row) => row > 3);
    const overflowing = tall.filter((row) => files.cells.some((cell) => cell.row === row && printedPoints(shownText(cell.value), 11) > innerPoints(files, cell.col)));
    expect(tall).toEqual(overflowing);
    // The plans' column holds the plan's title on one line.
    const plans = files.cells.find((cell) => shownText(cell.value) === PLAN_TITLE);
    expect(printedPoints(PLAN_TITLE, 11)).toBeLessThanOrEqual(innerPoints(files, plans?.col ?? -1));
  });
});
