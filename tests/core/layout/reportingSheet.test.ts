import { inScope, type Indicator, type PlanCatalog } from '../../../src/core/catalog';
import { reportingSheetLayout, reportingSheetMap, shownText, type SheetLayout } from '../../../src/core/layout';
import { columnLetter, locateColumns } from '../../../src/core/form';
import { cellAt, plan, realCatalog, rowsById, styleOf, textAt } from '../../support/core/layout/layoutHelpers';

/** Real plans of every shape: district table + prose, a completion table and 2035 targets, categories and a/b
 * cells, provincial table with qualitative and relative targets, prose only with full-width digits. */
const CASES: Array<[string, number]> = [
  ['yuecheng-2021-2025', 2023],
  ['keqiao-2021-2025', 2023],
  ['shengzhou-116x-2024-2030', 2025],
  ['zj-hightech-industry-2021-2025', 2022],
  ['zj-opinions-2018', 2021],
];

function sheetFor(planId: string, year: number, merge = false, plans?: PlanCatalog[]): SheetLayout {
  const selected = plans ?? [plan(planId)];
  const first = selected[0] as PlanCatalog;
  return reportingSheetLayout({ plans: selected, region: first.plan.region, reportingYear: year, merge, catalogVersion: realCatalog().version });
}

const targetsOf = (indicator: Indicator) => indicator.values.filter((v) => v.role === 'target');

/**
 * The indicators a return for the plan's period asks for: those with a target (or none at all) from the period on,
 * in the reporting scope of the region (its own plan: all; tests/core/catalog/reportingScope.test.ts covers the rest).
 */
function expectedIndicators(catalog: PlanCatalog, regionCode = catalog.plan.region.code): Indicator[] {
  return catalog.indicators.filter((indicator) => {
    if (!inScope(indicator, catalog, regionCode)) return false;
    const years = indicator.values.filter((v) => v.role === 'target' || v.role === 'planned').map((v) => v.year);
    return years.length === 0 || years.some((year) => year >= catalog.plan.period.start);
  });
}

describe.each(CASES)('reporting sheet of %s (%i)', (planId, year) => {
  const catalog = plan(planId);
  const layout = sheetFor(planId, year);
  const map = reportingSheetMap(layout);
  const { columns } = map;
  const ids = rowsById(layout, columns.id, map.firstDataRow);
  const indicators = expectedIndicators(catalog);

  it('has one row per indicator, in document order, with the indicator id in a hidden id column', () => {
    // A share's numerator and denominator follow it (for consolidation), a relative target's companion after them.
    const expected = indicators.flatMap((indicator) => [
      indicator.id,
      ...(indicator.aggregation.kind === 'ratio' ? [`${indicator.id}#numerator`, `${indicator.id}#denominator`] : []),
      ...(indicator.companion ? [`${indicator.id}#companion`] : []),
    ]);
    const listed = [...ids.entries()].sort(([, a], [, b]) => a - b).map(([id]) => id);
    expect(listed).toEqual(expected);
    expect(layout.columns[columns.id]?.hidden).toBe(true);
    expect(layout.columns.filter((column) => column.hidden)).toHaveLength(1);
  });

  it('shows each indicator under its name as printed, with marks, and its unit', () => {
    for (const indicator of indicators) {
      const row = ids.get(indicator.id) as number;
      expect(textAt(layout, row, columns.name)).toBe(indicator.name + indicator.marks.join(''));
      expect(textAt(layout, row, columns.unit)).toBe(indicator.unit);
    }
  });

  it('heads the year columns with their year: every target year, and actuals from the year after the baseline to the reporting year only', () => {
    // Year headers may break after the year: whitespace does not count.
    const header = (col: number) => textAt(layout, map.headerRow, col).replace(/\s+/gu, '');
    const targetYears = new Set(indicators.flatMap((i) => targetsOf(i).map((v) => v.year)));
    for (const targetYear of targetYears) expect(header(columns.targets[targetYear] as number)).toBe(`${targetYear}年目标`);
    const actualYears = Object.keys(columns.actuals).map(Number);
    for (const y of actualYears) expect(header(columns.actuals[y] as number)).toBe(`${y}年实绩`);
    expect(Math.max(...actualYears)).toBe(year);
    const baselineYears = Object.keys(columns.baselines).map(Number).filter((y) => y > 0);
    if (baselineYears.length > 0) expect(Math.min(...actualYears)).toBe(Math.min(Math.min(...baselineYears) + 1, year));
    for (const [baselineYear, col] of Object.entries(columns.baselines)) {
      expect(header(col)).toBe(Number(baselineYear) === 0 ? '基期值' : `${baselineYear}年基期值`);
    }
  });

  it('shows targets exactly as printed (the first one printed for the year)', () => {
    for (const indicator of indicators) {
      const row = ids.get(indicator.id) as number;
      for (const [targetYear, col] of Object.entries(columns.targets)) {
        const printed = targetsOf(indicator).find((v) => v.year === Number(targetYear));
        if (printed !== undefined) expect(textAt(layout, row, col)).toBe(printed.raw);
      }
    }
  });

  it('shows each baseline as printed, in the column of its year', () => {
    for (const indicator of indicators) {
      const row = ids.get(indicator.id) as number;
      for (const [baselineYear, col] of Object.entries(columns.baselines)) {
        const shown = textAt(layout, row, col);
        if (shown === '') continue;
        const printed = indicator.values.filter((v) => v.role === 'baseline' && v.year === Number(baselineYear)).map((v) => v.raw);
        expect(printed).toContain(shown);
      }
    }
  });

  it('computes 完成进度, 序时进度 and 状态 with formulas on the reporting year\'s actual cell', () => {
    const actual = columnLetter(columns.actuals[year] as number);
    for (const indicator of indicators) {
      const row = ids.get(indicator.id) as number;
      const status = cellAt(layout, row, columns.status);
      expect(status?.value.kind).toBe('formula');
      if (status?.value.kind !== 'formula') continue;
      expect(status.value.formula.startsWith('=')).toBe(false);
      const monitoring = targetsOf(indicator).every((v) => v.parsed.kind === 'blank');
      if (!monitoring) expect(status.value.formula).toContain(`${actual}${row + 1}`);
      for (const col of [columns.completion, columns.timeShare]) {
        const cell = cellAt(layout, row, col);
        expect(cell && styleOf(layout, cell).numberFormat).toMatch(/%$/u);
      }
    }
  });

  it('keeps the frame of a statistical report form', () => {
    const texts = layout.cells.map((cell) => shownText(cell.value));
    expect(textAt(layout, 0, 0)).toBe(`${catalog.plan.title}主要指标完成情况表`);
    expect(textAt(layout, 1, 0)).toBe(`${year}年`);
    expect(texts).toContain(`填报单位：${catalog.plan.region.name}`);
    for (const label of ['表　　号：', '制定机关：', '批准文号：', '有效期至：', '单位负责人：', '统计负责人：', '填表人：', '联系电话：', '报出日期：']) {
      expect(texts).toContain(label);
    }
    const titleRows = layout.cells.filter((cell) => shownText(cell.value).startsWith('表　　号')).map((c) => c.row);
    expect(Math.max(...titleRows)).toBeLessThan(map.headerRow);
  });

  it('prints on A4, fitted to the page width, with the header row repeated', () => {
    expect(layout.print).toMatchObject({ paperSize: 'A4', fitToWidth: 1, printTitleRows: `${map.headerRow + 1}:${map.headerRow + 1}` });
  });
});

describe('reporting sheet details', () => {
  it('leaves out the indicators of a completion table the document already evaluated', () => {
    const layout = sheetFor('keqiao-2021-2025', 2023);
    const map = reportingSheetMap(layout);
    const ids = [...rowsById(layout, map.columns.id, map.firstDataRow).keys()];
    expect(ids.some((id) => id.includes('.s13-'))).toBe(false);
    expect(ids).toContain('keqiao-2021-2025.rd-gdp-share');
  });

  it('adds a companion row under a relative target and compares with its actual cell', () => {
    const layout = sheetFor('yuecheng-2021-2025', 2023);
    const map = reportingSheetMap(layout);
    const ids = rowsById(layout, map.columns.id, map.firstDataRow);
    const row = ids.get('yuecheng-2021-2025.hightech-industry-investment-growth') as number;
    expect(ids.get('yuecheng-2021-2025.hightech-industry-investment-growth#companion')).toBe(row + 1);
    expect(textAt(layout, row + 1, map.columns.name)).toBe('固定资产投资增速');
    expect(textAt(layout, row + 1, map.columns.unit)).toBe('%');
    const status = cellAt(layout, row, map.columns.status);
    const companionCell = `${columnLetter(map.columns.actuals[2023] as number)}${row + 2}`;
    expect(status?.value.kind === 'formula' && status.value.formula).toContain(companionCell);
  });

  it('notes on the target of a 每年 goal that it is judged every year, where the name and the year column do not say so', () => {
    const layout = sheetFor('shengzhou-116x-2024-2030', 2025);
    const map = reportingSheetMap(layout);
    const ids = rowsById(layout, map.columns.id, map.firstDataRow);
    const target2030 = map.columns.targets[2030] as number;
    const perYear = ids.get('shengzhou-116x-2024-2030.billion-yuan-manufacturing-projects') as number;
    expect(textAt(layout, perYear, map.columns.name)).toBe('引进亿元以上制造业项目');
    expect(textAt(layout, perYear, target2030)).toBe('40个以上');
    expect(cellAt(layout, perYear, target2030)?.note).toContain('每年目标');
    const once = ids.get('shengzhou-116x-2024-2030.industrial-output') as number;
    expect(cellAt(layout, once, target2030)?.note ?? '').not.toContain('每年');
  });

  it('indents 其中 sub-items and leaves their 序号 empty, as printed', () => {
    const layout = sheetFor('shengzhou-116x-2024-2030', 2025);
    const map = reportingSheetMap(layout);
    const row = rowsById(layout, map.columns.id, map.firstDataRow).get('shengzhou-116x-2024-2030.intl-domestic-first-unit-products') as number;
    const name = cellAt(layout, row, map.columns.name);
    expect(name && styleOf(layout, name).alignment.indent).toBeGreaterThan(0);
    expect(textAt(layout, row, map.columns.seq)).toBe('');
    expect(textAt(layout, row - 1, map.columns.seq)).not.toBe('');
  });

  it('merges the 类别 cells over each group of rows', () => {
    const layout = sheetFor('shengzhou-116x-2024-2030', 2025);
    const map = reportingSheetMap(layout);
    const catalog = plan('shengzhou-116x-2024-2030');
    const categories = new Set(catalog.indicators.map((i) => i.category).filter((c) => c !== undefined));
    const letter = columnLetter(map.columns.category);
    const categoryMerges = layout.merges.filter((ref) => ref.startsWith(letter) && ref.split(':')[1]?.startsWith(letter));
    expect(categoryMerges).toHaveLength(categories.size);
  });

  it('gives the reporting year a column even after the plan\'s last target year', () => {
    const layout = sheetFor('zj-opinions-2018', 2023);
    expect(reportingSheetMap(layout).columns.actuals[2023]).toBeDefined();
  });

  it('writes names and texts that look like formulas as text, never as formulas', () => {
    const catalog = plan('yuecheng-2021-2025');
    const [first, ...rest] = catalog.indicators as [Indicator, ...Indicator[]];
    const hostile: PlanCatalog = {
      ...catalog,
      indicators: [{ ...first, name: '=HYPERLINK("http://example.invalid","点击")', category: '+1', responsible: '@SUM(A1)' }, ...rest],
    };
    const layout = sheetFor('', 2023, false, [hostile]);
    const map = reportingSheetMap(layout);
    const row = map.firstDataRow;
    for (const col of [map.columns.name, map.columns.category, map.columns.responsible]) {
      const cell = cellAt(layout, row, col);
      expect(cell?.value.kind).toBe('text');
      expect(cell && styleOf(layout, cell).numberFormat).toBe('@');
    }
    expect(layout.cells.filter((cell) => cell.value.kind === 'formula').every((cell) => cell.col >= map.columns.completion)).toBe(true);
  });
});

describe('merged reporting sheet', () => {
  const plans = ['yuecheng-2021-2025', 'keqiao-2021-2025', 'zj-hightech-industry-2021-2025'].map(plan);
  const layout = sheetFor('', 2023, true, plans);
  const map = reportingSheetMap(layout);
  const ids = rowsById(layout, map.columns.id, map.firstDataRow);

  it('has one row per concept, with the first plan\'s name and unit', () => {
    const concepts = new Map<string, Indicator>();
    for (const indicator of plans.flatMap((p) => expectedIndicators(p, '330602'))) if (!concepts.has(indicator.concept)) concepts.set(indicator.concept, indicator);
    const rows = [...ids.keys()].filter((id) => !id.includes('#'));
    expect(rows).toEqual([...concepts.keys()].map((concept) => `concept:${concept}`));
    for (const [concept, indicator] of concepts) {
      const row = ids.get(`concept:${concept}`) as number;
      expect(textAt(layout, row, map.columns.name)).toBe(indicator.name + indicator.marks.join(''));
      expect(textAt(layout, row, map.columns.unit)).toBe(indicator.unit);
    }
  });

  it('asks for the numerator and denominator of a share under it, named after them, so the city can recompute the share', () => {
    const share = ids.get('concept:rd_gdp_share') as number;
    expect(ids.get('concept:rd_gdp_share#numerator')).toBe(share + 1);
    expect(textAt(layout, share + 1, map.columns.name)).toBe('全社会R&D经费支出');
    expect(textAt(layout, share + 2, map.columns.name)).toBe('地区生产总值');
    expect(textAt(layout, share + 2, map.columns.unit)).toBe('亿元');
  });

  it('shows each plan\'s target in its own column where the plans differ', () => {
    const row = ids.get('concept:hightech_enterprises') as number;
    const in2025 = map.columns.targetColumns.filter((c) => c.year === 2025);
    expect(in2025.length).toBeGreaterThan(1);
    const shown = in2025.map((c) => textAt(layout, row, c.col));
    expect(shown).toContain('750');
    expect(shown).toContain('650');
    // 万家 is not 家: a target in another unit says so.
    expect(shown).toContain('3.5（万家）');
  });
});

describe('merged sheet judged in the row\'s unit', () => {
  it('compares a row in 家 with a target in 家, not with a plan\'s target in 万家', () => {
    const plans = ['zj-hightech-industry-2021-2025', 'yuecheng-2021-2025'].map(plan);
    const layout = sheetFor('', 2023, true, [plans[1] as PlanCatalog, plans[0] as PlanCatalog]);
    const map = reportingSheetMap(layout);
    const row = rowsById(layout, map.columns.id, map.firstDataRow).get('concept:hightech_enterprises') as number;
    expect(textAt(layout, row, map.columns.unit)).toBe('家');
    const status = cellAt(layout, row, map.columns.status);
    expect(status?.value.kind === 'formula' && status.value.formula).toMatch(/>=650\b/u);
  });
});

describe('merged sheet judged by the region\'s own plan', () => {
  it('regression: with the province\'s plan named first, 越城区 is still judged by its own plan\'s targets, not 仅监测', () => {
    const plans = ['zj-hightech-industry-2021-2025', 'yuecheng-2021-2025'].map(plan);
    const layout = reportingSheetLayout({
      plans, region: { name: '绍兴市越城区', code: '330602' }, reportingYear: 2025, merge: true, catalogVersion: realCatalog().version,
    });
    const map = reportingSheetMap(layout);
    const rows = rowsById(layout, map.columns.id, map.firstDataRow);
    const formula = (concept: string) => {
      const status = cellAt(layout, rows.get(`concept:${concept}`) as number, map.columns.status);
      return status?.value.kind === 'formula' ? status.value.formula : '';
    };
    // 越城区's own >66 and 增速高于固定资产投资增速, as when its plan is named first; the province's 60 is not its target.
    expect(formula('hightech_industry_va_share')).toMatch(/>66\b/u);
    expect(formula('hightech_industry_investment_growth')).toMatch(/ISNUMBER/u);
    expect(formula('hightech_industry_va_share')).not.toBe('"仅监测"');
    // A concept only the province's plan has stays its contribution, 仅监测.
    expect(formula('digital_economy_va')).toBe('"仅监测"');
  });
});

describe('locateColumns', () => {
  it('finds columns by their header text wherever they are', () => {
    const layout = sheetFor('yuecheng-2021-2025', 2023);
    const map = reportingSheetMap(layout);
    const headers: string[] = [];
    for (const cell of layout.cells) if (cell.row === map.headerRow) headers[cell.col] = shownText(cell.value);
    const moved = [...headers].reverse();
    const located = locateColumns(moved);
    expect(located.missing).toEqual([]);
    expect(moved[located.columns?.status ?? -1]).toBe('状态');
    expect(moved[located.columns?.actuals[2023] ?? -1]?.replace(/\s+/gu, '')).toBe('2023年实绩');
    expect(moved[located.columns?.id ?? -1]).toBe('指标ID');
  });

  it('names the headers it cannot find', () => {
    const located = locateColumns(['序号', '指标名称', '单位', '2023年实绩']);
    expect(located.columns).toBeNull();
    expect(located.missing).toEqual(expect.arrayContaining(['状态', '说明', '指标ID']));
  });
});
