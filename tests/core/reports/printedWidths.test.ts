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
import { mergedTexts } from '../../support/core/layout/layoutHelpers';
import { consolidate } from '../../../src/core/consolidation';
import { parseRange } from '../../../src/core/form';
import { MIN_PRINT_SCALE, pageWidthPoints, printedWidthPoints } from '../../../src/core/layout/printScale';
import { fullRegionName, regionsUnder } from '../../../src/core/regions';
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
  for (const { cell, style, columns } of mergedTexts(layout)) {
    if (style.alignment.wrapText) continue;
    const width = columns.reduce((sum, col) => sum + widthOf(col), 0);
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

/** The consolidation of `counties` (code, name) of the 高新技术产业 plan, as a city's sheet. */
function consolidationOf(counties: ReadonlyArray<readonly [string, string]>, city = { name: '杭州市', code: '330100' }): SheetLayout {
  const planId = 'zj-hightech-industry-2021-2025';
  const result = consolidate({
    plan: planOf(planId), reportingYear: 2024,
    returns: counties.map(([code, name]) => ({ source: `${name}.xlsx`, sheet: county(planId, code, name, 2024) })),
  });
  return consolidationSheetLayout({ result, region: city, findingTexts: [] });
}

/** The printed width of columns `from`…`to` at `scale` %, in points, against the A4 landscape page's inside the margins. */
function printedShare(layout: SheetLayout, from: number, to: number): number {
  const print = layout.print!;
  const width = printedWidthPoints(layout.columns, from, to) * (print.scale ?? 0) / 100;
  return width / pageWidthPoints('landscape', print.margins);
}

const HANGZHOU_ALL = regionsUnder('330100').map((region) => [region.code, fullRegionName(region)] as const);

describe('a consolidation of many counties prints readably (decision 0277)', () => {
  it('regression: 杭州市’s 13 counties print one A4 landscape page wide at 85 % or more, names heading two lines', () => {
    expect(HANGZHOU_ALL).toHaveLength(13);
    const layout = consolidationOf(HANGZHOU_ALL);
    // Before: fitted to the page width (no scale in the file), 252 units of columns printed at 56 %.
    expect(layout.print?.scale ?? 0).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
    expect(printedShare(layout, 0, 99)).toBeLessThanOrEqual(1);
    expect(layout.print?.printTitleColumns).toBeUndefined();
    // 杭州市 / 上城区: a county's name (the cell holds it whole) wraps onto two lines over its figures.
    const header = layout.cells.filter((cell) => cell.style === 'header' && cell.col >= 4).map((cell) => [shownText(cell.value), printedPoints(shownText(cell.value), 11) / 2 <= innerPoints(layout, cell.col)]);
    expect(header).toEqual(HANGZHOU_ALL.map(([, name]) => [name, true]));
    expect(cutTexts(layout)).toEqual([]);
  });

  it('a city of few counties keeps its names on one line at 100 %', () => {
    const layout = consolidationOf(HANGZHOU_ALL.slice(0, 2));
    expect(layout.print?.scale).toBe(100);
    expect(layout.columns[1]?.width).toBeGreaterThan(28);
  });

  it('a table wider than a page at 85 % prints at 85 % over pages side by side: 序号 and names repeated, the title whole on page 1', () => {
    // Twenty columns of regions (no city has as many: the rule for any width).
    const regions = ['330100', '330200', '330300', '330400'].flatMap((city) => regionsUnder(city)).slice(0, 20).map((region) => [region.code, fullRegionName(region)] as const);
    expect(regions).toHaveLength(20);
    const layout = consolidationOf(regions, { name: '浙江省', code: '330000' });
    expect(layout.print?.scale).toBe(MIN_PRINT_SCALE);
    expect(layout.print?.printTitleColumns).toBe('A:B');
    // The title, period and notes: merged from the first column not repeated to the first page's last column.
    const frame = layout.merges.map((ref) => parseRange(ref)!).filter((range) => range.top === range.bottom && range.right > range.left + 1 && range.top < 3);
    expect(frame.map((range) => range.top)).toEqual([0, 1]);
    const [first] = frame;
    for (const range of frame) expect([range.left, range.right]).toEqual([2, first!.right]);
    expect(first!.right).toBeLessThan(4 + regions.length - 1);
    // Page 1 holds 序号 … its last column; the next column would not fit; every later page fits beside 序号 and names.
    expect(printedShare(layout, 0, first!.right)).toBeLessThanOrEqual(1);
    expect(printedShare(layout, 0, first!.right + 1)).toBeGreaterThan(1);
    expect(printedShare(layout, 0, 1) + printedShare(layout, first!.right + 1, 99)).toBeLessThanOrEqual(1);
    // Nothing of the frame in the repeated columns: the later pages print no piece of the title.
    const titleCell = layout.cells.find((cell) => cell.row === 0 && shownText(cell.value) !== '');
    expect(titleCell?.col).toBe(2);
    expect(cutTexts(layout)).toEqual([]);
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
