import { flatNumbers } from '../../../src/core/notation';
import type { Indicator, PlanCatalog, PlanTable } from '../../../src/core/catalog';
import { shownText, type SheetLayout } from '../../../src/core/layout';
import { annexLayouts, annexTableLayout, completionTableLayout, proseTargetsLayout, type CompletionActual } from '../../../src/core/documents';
import { occursNear } from '../../support/seeds';
import { value } from '../../support/core/attainment/indicatorFixture';
import { cellAt, plan, styleOf, textAt } from '../../support/core/layout/layoutHelpers';

const TABLE_PLANS = ['yuecheng-2021-2025', 'keqiao-2021-2025', 'shengzhou-116x-2024-2030', 'zj-hightech-industry-2021-2025'];

const squeeze = (text: string) => text.replace(/\s+/gu, '');

function tablesOf(id: string): Array<[string, PlanCatalog, PlanTable]> {
  const catalog = plan(id);
  return catalog.plan.tables.map((table) => [table.title, catalog, table]);
}

function rowsOf(catalog: PlanCatalog, table: PlanTable): Indicator[] {
  return catalog.indicators.filter((i) => i.source.kind === 'table' && i.source.table === table.title);
}

/** The header row and first body row of an annex: right under the caption. */
const HEADER = 1;
const BODY = 2;

describe.each(TABLE_PLANS.flatMap(tablesOf))('annex table %s', (title, catalog, table) => {
  const layout = annexTableLayout(catalog, title) as SheetLayout;
  const indicators = rowsOf(catalog, table);
  const headers: string[] = [];
  for (const cell of layout.cells) if (cell.row === HEADER) headers[cell.col] = shownText(cell.value);
  const offset = headers.length - table.columns.length;

  it('is captioned with the table title and headed with the columns as printed', () => {
    expect(textAt(layout, 0, 0)).toBe(table.title);
    expect(headers.slice(offset)).toEqual(table.columns);
    // An unheaded column is added only for categories the document prints without a header.
    if (offset === 1) expect(headers[0]).toBe('');
    expect(offset === 1).toBe(!table.columns.some((c) => squeeze(c) === '类别') && indicators.some((i) => (i.category ?? '') !== ''));
  });

  it('prints every value cell as the catalog\'s raw text of its year', () => {
    let checked = 0;
    indicators.forEach((indicator, i) => {
      table.columns.forEach((header, j) => {
        const year = /^(\d{4})年/u.exec(squeeze(header));
        if (!year) return;
        const wanted = /实绩/u.test(header) ? ['actual'] : /目标/u.test(header) ? ['target'] : ['baseline', 'target', 'actual'];
        const printed = wanted.map((role) => indicator.values.find((v) => v.year === Number(year[1]) && v.role === role)).find((v) => v !== undefined);
        expect(textAt(layout, BODY + i, offset + j)).toBe(printed?.raw ?? '');
        checked += 1;
      });
    });
    expect(checked).toBeGreaterThan(indicators.length);
  });

  it('prints each name with its unit in brackets and its marks, as the document does', () => {
    const nameCol = table.columns.findIndex((c) => squeeze(c).startsWith('指标'));
    indicators.forEach((indicator, i) => {
      const shown = textAt(layout, BODY + i, offset + nameCol);
      expect(shown.startsWith(indicator.name)).toBe(true);
      expect([shown, occursNear(indicator.source.seed, shown, indicator.source.line, 3)]).toEqual([shown, true]);
    });
  });

  it('merges category cells over their group and keeps the notes verbatim under the table', () => {
    const runs: number[] = [];
    indicators.forEach((indicator, i) => {
      const category = indicator.category ?? '';
      if (category !== '' && indicators[i - 1]?.category !== category) runs.push(1);
      else if (category !== '') runs[runs.length - 1] = (runs[runs.length - 1] ?? 0) + 1;
    });
    const verticalMerges = layout.merges.filter((ref) => /^([A-Z]+)\d+:\1\d+$/u.test(ref));
    expect(verticalMerges).toHaveLength(runs.filter((n) => n > 1).length);
    table.notes.forEach((note, i) => {
      expect(textAt(layout, BODY + indicators.length + i, 0)).toBe(note.text);
    });
  });

  it('looks like a document table: 黑体 header, 仿宋 body, thin borders, A4 portrait', () => {
    for (const cell of layout.cells.filter((c) => c.row === HEADER)) expect(styleOf(layout, cell).font.name).toBe('黑体');
    for (const cell of layout.cells.filter((c) => c.row >= BODY && c.row < BODY + indicators.length)) {
      expect(styleOf(layout, cell).font.name).toBe('仿宋');
      expect(styleOf(layout, cell).border).toBe('thin');
    }
    expect(layout.print).toMatchObject({ paperSize: 'A4', orientation: 'portrait', fitToWidth: 1 });
  });
});

describe('prose targets annex', () => {
  it.each(['zj-basic-research-2021-2025', 'zj-opinions-2018', 'yuecheng-2021-2025'])('lists the prose targets of %s as printed, with their section', (id) => {
    const catalog = plan(id);
    const layout = proseTargetsLayout(catalog) as SheetLayout;
    const prose = catalog.indicators.filter((i) => i.source.kind !== 'table' && i.values.some((v) => v.role === 'target' || v.role === 'planned'))
      .sort((a, b) => a.source.line - b.source.line);
    const headers: string[] = [];
    for (const cell of layout.cells) if (cell.row === HEADER) headers[cell.col] = shownText(cell.value);
    expect(headers[headers.length - 2]).toBe('原文');
    expect(headers[headers.length - 1]).toBe('出处');
    prose.forEach((indicator, i) => {
      const row = BODY + i;
      expect(textAt(layout, row, 1).startsWith(indicator.name)).toBe(true);
      expect(textAt(layout, row, headers.length - 1)).toMatch(/^[一二三四五六七八九十]+、/u);
      expect(textAt(layout, row, headers.length - 1)).toBe(indicator.source.section);
      expect(textAt(layout, row, headers.length - 2)).toBe((indicator.source.quote ?? '').replace(/\[(?:footnoteRef|bookmark):[^\]]*\]/gu, ''));
      expect(textAt(layout, row, headers.length - 2)).not.toMatch(/\[footnoteRef/u);
      for (const target of indicator.values.filter((v) => v.role === 'target')) {
        const col = headers.indexOf(`${target.year}年`);
        const printed = indicator.values.filter((v) => v.role === 'target' && v.year === target.year).map((v) => v.raw);
        expect(textAt(layout, row, col)).toBe(printed.join('；'));
      }
    });
    expect(textAt(layout, BODY + prose.length, 0)).toMatch(/^注：/u);
  });

  it('prints every target the text gives for a year, not only the first (嵊州\'s 2030 output: 突破1100亿元 and 超1000亿)', () => {
    const catalog = plan('shengzhou-116x-2024-2030');
    const layout = proseTargetsLayout(catalog) as SheetLayout;
    const headers: string[] = [];
    for (const cell of layout.cells) if (cell.row === HEADER) headers[cell.col] = shownText(cell.value);
    const row = layout.cells.find((cell) => cell.col === 1 && shownText(cell.value) === '规上工业总产值（亿元）')?.row ?? -1;
    expect(row).toBeGreaterThanOrEqual(BODY);
    expect(textAt(layout, row, headers.indexOf('2027年'))).toBe('870亿元以上');
    expect(textAt(layout, row, headers.indexOf('2030年'))).toBe('突破1100亿元；超1000亿');
  });

  it('is the last annex of a plan with both a table and prose targets, and the only one of a prose-only plan', () => {
    expect(annexLayouts(plan('yuecheng-2021-2025')).map((l) => l.name)).toEqual(['表1 “十四五”科技创新主要指标', '绍兴市越城区科技创新发展“十四五”规划主要目标']);
    expect(annexLayouts(plan('zj-talent-2021-2025'))).toHaveLength(1);
    const names = annexLayouts(plan('keqiao-2021-2025')).map((l) => l.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[^[\]:*?/\\]{1,31}$/u);
  });
});

describe('completion table', () => {
  const keqiao = plan('keqiao-2021-2025');
  const evaluated = keqiao.indicators.filter((i) => i.completed !== undefined);
  const actuals: Record<string, CompletionActual> = {};
  for (const indicator of evaluated) {
    const actual = indicator.values.find((v) => v.role === 'actual');
    const value = actual === undefined ? null : flatNumbers(actual.parsed).value;
    if (actual !== undefined && value !== null && value !== undefined) actuals[indicator.id] = { value, shown: actual.raw };
  }
  const layout = completionTableLayout({ catalog: keqiao, targetYear: 2020, actuals, caption: '“十三五”科技创新主要指标完成情况' });

  it('has the columns of an evaluation', () => {
    expect([0, 1, 2, 3, 4, 5].map((col) => textAt(layout, HEADER, col))).toEqual(['序号', '指标', '规划目标', '实绩', '是否完成', '完成进度']);
  });

  it('says 是/否 as the 柯桥 plan\'s own "十三五" completion table does, from the printed targets and actuals', () => {
    expect(evaluated.length).toBe(12);
    evaluated.forEach((indicator, i) => {
      expect(textAt(layout, BODY + i, 1).startsWith(indicator.name)).toBe(true);
      expect(textAt(layout, BODY + i, 2)).toBe(indicator.values.find((v) => v.role === 'target' && v.year === 2020)?.raw);
      expect(textAt(layout, BODY + i, 3)).toBe(indicator.values.find((v) => v.role === 'actual')?.raw);
      expect([indicator.name, textAt(layout, BODY + i, 4)]).toEqual([indicator.name, indicator.completed?.raw]);
    });
  });

  it('numbers a 其中 row as the plan\'s table does: not at all, its parent\'s next sibling going on from its parent', () => {
    const shengzhou = plan('shengzhou-116x-2024-2030');
    const table = completionTableLayout({ catalog: shengzhou, targetYear: 2027, actuals: {} });
    const rowOf = (name: string) => table.cells.find((cell) => cell.col === 1 && shownText(cell.value).startsWith(name))?.row ?? -1;
    const parent = rowOf('首台（套）产品');
    const sub = rowOf('其中国际国内首台（套）产品');
    expect(sub).toBe(parent + 1);
    expect([textAt(table, sub, 0), Number(textAt(table, sub + 1, 0))]).toEqual(['', Number(textAt(table, parent, 0)) + 1]);
  });

  it('shows 完成进度 as a percentage when a baseline allows it, and — for an unreported indicator', () => {
    const yuecheng = plan('yuecheng-2021-2025');
    const table = completionTableLayout({
      catalog: yuecheng,
      targetYear: 2025,
      actuals: { 'yuecheng-2021-2025.hightech-enterprises': { value: 497 } },
      indicatorIds: ['yuecheng-2021-2025.hightech-enterprises', 'yuecheng-2021-2025.tech-smes'],
    });
    const completion = cellAt(table, BODY, 5);
    // (497 − 344) / (650 − 344) = 0.5
    expect(completion?.value).toEqual({ kind: 'number', value: 0.5 });
    expect(completion && styleOf(table, completion).numberFormat).toMatch(/%$/u);
    expect(textAt(table, BODY, 4)).toBe('否');
    expect(textAt(table, BODY + 1, 4)).toBe('—');
    expect(textAt(table, BODY + 1, 3)).toBe('');
  });

  it('lists a 每年 goal set through a later year in an earlier year\'s table, judged as the sheet judges it every year', () => {
    const shengzhou = plan('shengzhou-116x-2024-2030');
    const projects = 'shengzhou-116x-2024-2030.billion-yuan-manufacturing-projects';
    const table = completionTableLayout({ catalog: shengzhou, targetYear: 2027, actuals: { [projects]: { value: 42 } } });
    const rows = new Map<string, number>();
    for (const cell of table.cells) if (cell.col === 1 && cell.row >= BODY) rows.set(shownText(cell.value), cell.row);
    const row = rows.get('引进亿元以上制造业项目（个）');
    expect(row).toBeDefined();
    expect([2, 3, 4].map((col) => textAt(table, row as number, col))).toEqual(['40个以上', '42', '是']);
    // A one-off goal of 2030 (争创1个国家级经济开发区) is not due in 2027.
    expect(rows.has('国家级经济开发区（个）')).toBe(false);
  });

  it('writes a reported number as a number with the decimals the plan prints for its row, never as text or in scientific notation', () => {
    const yuecheng = plan('yuecheng-2021-2025');
    // 高新技术企业 (家, printed 344 / 650), R&D 占比 (printed 1.97% … 3.5), 技术市场交易成交额 (亿元, printed 14 / 20).
    const ids = ['yuecheng-2021-2025.hightech-enterprises', 'yuecheng-2021-2025.rd-gdp-share', 'yuecheng-2021-2025.tech-market-turnover'];
    const table = completionTableLayout({
      catalog: yuecheng,
      targetYear: 2025,
      actuals: { [ids[0] as string]: { value: 12_500_000 }, [ids[1] as string]: { value: 3.456 }, [ids[2] as string]: { value: 21.5 } },
      indicatorIds: ids,
    });
    const cells = [0, 1, 2].map((i) => cellAt(table, BODY + i, 3));
    // The cell keeps what was reported; only the format rounds what it shows.
    expect(cells.map((cell) => cell?.value)).toEqual([
      { kind: 'number', value: 12_500_000 }, { kind: 'number', value: 3.456 }, { kind: 'number', value: 21.5 },
    ]);
    expect(cells.map((cell) => cell && styleOf(table, cell).numberFormat)).toEqual(['0', '0.00', '0']);
  });

  it('never prints a figure rounded so that it reads as the opposite of 是否完成 (3.49 as "3.5" beside 3.5 and 否)', () => {
    const keqiao = plan('keqiao-2021-2025');
    const id = 'keqiao-2021-2025.rd-gdp-share';
    // Target 3.5 in 2025 from 3.0 in 2020; the plan prints one decimal.
    const shownAs = (value: number) => {
      const table = completionTableLayout({ catalog: keqiao, targetYear: 2025, actuals: { [id]: { value } }, indicatorIds: [id] });
      const actual = cellAt(table, BODY, 3)!;
      const completion = cellAt(table, BODY, 5)!;
      return { actual: styleOf(table, actual).numberFormat, completed: textAt(table, BODY, 4), completion: styleOf(table, completion).numberFormat };
    };
    expect(shownAs(3.49)).toEqual({ actual: '0.00', completed: '否', completion: '0.0%' });
    expect(shownAs(3.4999)).toEqual({ actual: '0.0000', completed: '否', completion: '0.00%' });
    // As the plan prints it wherever that reads as judged.
    expect(shownAs(3.2)).toEqual({ actual: '0.0', completed: '否', completion: '0.0%' });
    expect(shownAs(3.51)).toEqual({ actual: '0.0', completed: '是', completion: '0.0%' });
  });

  it('before the target year, notes beside 否 where the row stands, as the reporting sheet\'s 状态 shows it', () => {
    const yuecheng = plan('yuecheng-2021-2025');
    const id = 'yuecheng-2021-2025.hightech-enterprises';
    // 344 → 650 家 over 2020–2025: in 2023, 527.6 keeps pace; the table looks at the 2025 target.
    const row = (value: number, reportingYear?: number) => {
      const table = completionTableLayout({ catalog: yuecheng, targetYear: 2025, actuals: { [id]: { value } }, indicatorIds: [id], ...(reportingYear === undefined ? {} : { reportingYear }) });
      return { completed: textAt(table, BODY, 4), note: cellAt(table, BODY, 4)?.note, caption: textAt(table, 0, 0).replace(/\n/gu, '') };
    };
    expect(row(600, 2023)).toMatchObject({ completed: '否', note: '2025年目标尚未到期，尚未完成；按序时进度：符合序时进度。' });
    expect(row(527.5, 2023)).toMatchObject({ completed: '否', note: '2025年目标尚未到期，尚未完成；按序时进度：滞后。' });
    expect(row(300, 2023)).toMatchObject({ completed: '否', note: '2025年目标尚未到期，尚未完成；实绩不如基期值：倒退。' });
    expect(row(600, 2023).caption).toContain('其中 1 项2025年目标尚未到期，“否”指尚未完成，是否符合序时进度见批注');
    // Reached early, or in the target year itself, there is nothing pending to say.
    expect(row(660, 2023)).toMatchObject({ completed: '是', note: undefined });
    expect(row(600, 2025)).toMatchObject({ completed: '否', note: undefined });
    expect(row(600).note).toBeUndefined();
  });

  it('before the target year, says 是 for a running total only when the sheet does: the target year\'s increment is still owed', () => {
    const shengzhou = plan('shengzhou-116x-2024-2030');
    const id = 'shengzhou-116x-2024-2030.tech-smes';
    // 1055 (2024) → 75/1280 in 2027: 1300 in 2026 is past 1280, but 2027's 75 new ones are not reported yet.
    const table = (reportingYear: number, actual: CompletionActual) =>
      completionTableLayout({ catalog: shengzhou, targetYear: 2027, actuals: { [id]: actual }, indicatorIds: [id], reportingYear });
    const early = table(2026, { value: 1300 });
    expect([textAt(early, BODY, 4), cellAt(early, BODY, 4)?.note]).toEqual(['否', '2027年目标尚未到期，尚未完成；按序时进度：符合序时进度。']);
    const due = table(2027, { value: 1300, previous: 1200 });
    expect([textAt(due, BODY, 4), cellAt(due, BODY, 4)?.note]).toEqual(['是', undefined]);
  });

  it('before the target year, judges a change due every year (每年增长10%) for the reporting year, as the sheet does', () => {
    const shengzhou = plan('shengzhou-116x-2024-2030');
    const base = shengzhou.indicators[0]!;
    const yearly: Indicator = {
      ...base, id: 'shengzhou-116x-2024-2030.yearly', unit: '亿元', aggregation: { kind: 'sum' }, measure: 'amount',
      values: [value(2024, 'baseline', '100'), { ...value(2027, 'target', '每年增长10%'), change: { of: 'increase', unit: '%', perYear: true } }],
    };
    const catalog = { ...shengzhou, indicators: [yearly] };
    const row = (reportingYear: number, actual: CompletionActual) => {
      const table = completionTableLayout({ catalog, targetYear: 2027, actuals: { [yearly.id]: actual }, indicatorIds: [yearly.id], reportingYear });
      return [textAt(table, BODY, 4), cellAt(table, BODY, 4)?.note];
    };
    // 2025 against the 2024 baseline of 100 (last year's): 115 grew 15 %, 105 only 5 %. The 2027 table used to read
    // them as 2027's figures, with no 2026 to compare: —.
    expect(row(2025, { value: 115 })).toEqual(['是', undefined]);
    expect(row(2025, { value: 105 })).toEqual(['否', undefined]);
    expect(row(2026, { value: 120, previous: 115 })).toEqual(['否', undefined]);
  });

  it('never prints 100.0% beside 否: a share of the way short of the whole shows the decimals that say so', () => {
    const yuecheng = plan('yuecheng-2021-2025');
    const id = 'yuecheng-2021-2025.hightech-enterprises';
    // 344 → 650 家: 649.9 is 99.97 % of the way, a count the plan prints without decimals.
    const table = completionTableLayout({ catalog: yuecheng, targetYear: 2025, actuals: { [id]: { value: 649.9 } }, indicatorIds: [id] });
    expect(textAt(table, BODY, 4)).toBe('否');
    expect(styleOf(table, cellAt(table, BODY, 5)!).numberFormat).toBe('0.00%');
    expect(styleOf(table, cellAt(table, BODY, 3)!).numberFormat).toBe('0.0');
  });
});
