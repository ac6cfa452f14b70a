/**
 * A completion table's 仅监测 says why when the plan prints a target it cannot judge (decision 0180: a change
 * without the baseline it is measured from): in the note of the 是否完成 cell, worded from the locale tables in the
 * user's language, the table keeping its six columns.
 */
import { loadPlanFile, type PlanCatalog } from '../../../src/core/catalog';
import { completionTableLayout } from '../../../src/core/documents';
import { translate, type Coded, type Locale } from '../../../src/core/i18n';
import { importToCatalogYaml, recogniseIndicatorTable, textTableCells } from '../../../src/core/import';
import { lineHeight } from '../../../src/core/layout/textWidth';
import { cellAt, textAt } from '../../support/core/layout/layoutHelpers';
import { realCatalog } from '../../support/catalog';

const BODY = 2;

function importedPlan(): PlanCatalog {
  const pasted = [
    '指标\t单位\t2020年\t2025年\t属性',
    '单位GDP能耗\t吨标准煤/万元\t0.45\t下降14%\t约束性',
    '用水总量\t亿立方米\t—\t下降5%\t约束性',
    '森林覆盖率\t%\t61.5\t62以上\t约束性',
  ].join('\n');
  const result = recogniseIndicatorTable({ cells: textTableCells(pasted), region: { name: '某市', code: '330600' }, level: 'city', planTitle: '某市“十四五”规划' });
  const loaded = loadPlanFile('import.yaml', importToCatalogYaml(result, { id: 'import-reasons', workbook: 'a.xlsx#Sheet1' }));
  expect(loaded.problems).toEqual([]);
  if (loaded.catalog === undefined) throw new Error('the imported catalog did not load');
  return loaded.catalog;
}

describe('a completion table with a change target and no baseline', () => {
  const plan = importedPlan();
  const idOf = (name: string): string => {
    const found = plan.indicators.find((indicator) => indicator.name === name);
    if (found === undefined) throw new Error(`${name} was not imported`);
    return found.id;
  };
  const ids = ['单位GDP能耗', '用水总量', '森林覆盖率'].map(idOf);
  const actuals = { [ids[0] as string]: { value: 0.38 }, [ids[1] as string]: { value: 30 }, [ids[2] as string]: { value: 61 } };
  const table = (locale?: 'zh-CN' | 'en-US') => completionTableLayout({ catalog: plan, targetYear: 2025, actuals, indicatorIds: ids, ...(locale === undefined ? {} : { locale }) });

  it('shows 仅监测 for the change without a baseline and says why in the cell’s note; judged rows carry no note', () => {
    const layout = table('zh-CN');
    expect([0, 1, 2].map((i) => textAt(layout, BODY + i, 4))).toEqual(['是', '仅监测', '否']);
    expect(cellAt(layout, BODY + 1, 4)?.note).toBe('目标以变化量印出（较基期增减），但规划未给出基期值，无法换算为目标值：仅监测，待核实基期值后评价。');
    expect(cellAt(layout, BODY + 1, 4)?.note).toBe(translate('zh-CN', 'attainment.change_without_baseline'));
    expect(cellAt(layout, BODY, 4)?.note).toBeUndefined();
    expect(cellAt(layout, BODY + 2, 4)?.note).toBeUndefined();
    // 仅监测 has no 完成进度, and the printed table is not widened for the reason.
    expect(cellAt(layout, BODY + 1, 5)?.value).toEqual({ kind: 'empty' });
    expect(Math.max(...layout.cells.map((cell) => cell.col))).toBe(5);
  });

  it('counts such rows in the caption, so a table printed without its notes still says why', () => {
    // The title on its line, the note on lines of its own (broken to the caption's width, decision 0277).
    const [title, ...note] = textAt(table(), 0, 0).split('\n');
    expect([title, note.join('')]).toEqual(['某市“十四五”规划主要指标完成情况（2025年）', '其中 1 项规划目标以变化量印出而无法换算为目标值，标“仅监测”（原因见批注）']);
  });

  it('words the note in the user’s language, Chinese by default', () => {
    expect(cellAt(table(), BODY + 1, 4)?.note).toBe(translate('zh-CN', 'attainment.change_without_baseline'));
    const note = cellAt(table('en-US'), BODY + 1, 4)?.note ?? '';
    expect(note).toBe(translate('en-US', 'attainment.change_without_baseline'));
    expect(note).toMatch(/baseline/u);
  });

  it('keeps 待核实 and its check’s reason before the 仅监测 reason when the value was not accepted', () => {
    const reason: Coded = { code: 'check.required_missing', params: { name: '用水总量', nameEn: 'Total water use', year: 2025, targetYear: 2025, target: '下降5%' } };
    const layout = (locale?: Locale) => completionTableLayout({
      catalog: plan, targetYear: 2025, indicatorIds: ids, ...(locale === undefined ? {} : { locale }),
      actuals: { ...actuals, [ids[1] as string]: { value: 30, unverified: reason } },
    });
    expect(textAt(layout(), BODY + 1, 4)).toBe('待核实');
    expect(cellAt(layout(), BODY + 1, 4)?.note).toBe(translate('zh-CN', reason.code, reason.params));
    expect(textAt(layout(), 0, 0)).not.toMatch(/仅监测/u);
    // The reason is worded in the table's language, like the 仅监测 note.
    expect(cellAt(layout('en-US'), BODY + 1, 4)?.note).toBe(translate('en-US', reason.code, reason.params));
  });
});

describe('a county’s completion table of the province’s plan', () => {
  const province = realCatalog().catalog.plans.find((plan) => plan.plan.id === 'zj-hightech-industry-2021-2025');
  if (province === undefined) throw new Error('no zj-hightech-industry-2021-2025 in the catalog');
  const ids = ['zj-hightech-industry-2021-2025.digital-economy-va', 'zj-hightech-industry-2021-2025.hightech-industry-va-share'];
  const actuals = { [ids[0] as string]: { value: 587.25 }, [ids[1] as string]: { value: 59.97 } };
  const table = (locale?: Locale) => completionTableLayout({
    catalog: province, targetYear: 2025, actuals, indicatorIds: ids, regionCode: '330602', ...(locale === undefined ? {} : { locale }),
  });

  it('says in each 仅监测 note why the county is not judged (a contribution; a ratio with its parts), and counts them in the caption', () => {
    const layout = table();
    expect([0, 1].map((i) => textAt(layout, BODY + i, 4))).toEqual(['仅监测', '仅监测']);
    expect(cellAt(layout, BODY, 4)?.note).toBe('本行是上级规划的指标：本地区填报的是本地区的贡献量，计入上级汇总，不按上级规划的目标考核（仅监测）。');
    expect(cellAt(layout, BODY + 1, 4)?.note).toBe(translate('zh-CN', 'attainment.reported_below.parts'));
    expect(textAt(layout, 0, 0).replace(/\n/gu, '')).toMatch(/其中 2 项为上级规划的指标，本地区数值计入上级汇总或仅作监测，不按上级规划的目标考核，标“仅监测”（原因见批注）$/u);
    expect(textAt(layout, 0, 0)).not.toMatch(/变化量/u);
    expect(cellAt(table('en-US'), BODY, 4)?.note).toBe(translate('en-US', 'attainment.reported_below.contribution'));
  });

  it('gives the caption the height its lines take at the caption’s 14 points, not at the body’s 11', () => {
    // 上虞区's table with a value 待核实 and the 仅监测 count: LibreOffice prints this caption on four lines over the
    // table's width (three fitted before, and the first line was cut off on the printed page).
    const required: Coded = { code: 'check.required_missing', params: { name: '数字经济增加值', nameEn: 'Digital economy value added', year: 2025, targetYear: 2025, target: '54000' } };
    const layout = completionTableLayout({
      catalog: province, targetYear: 2025, regionCode: '330604',
      actuals: { ...actuals, [ids[0] as string]: { value: 6030900, unverified: required } },
    });
    expect(textAt(layout, 0, 0)).toMatch(/待核实[\s\S]*仅监测/u);
    expect(layout.rows.find((row) => row.row === 0)?.height).toBeGreaterThanOrEqual(4 * lineHeight(14));
  });

  it('lists only the rows on the county’s form: no 仅监测 without its reason; the rows it does not report are counted in the caption', () => {
    const county = completionTableLayout({ catalog: province, targetYear: 2025, actuals, regionCode: '330603' });
    const own = completionTableLayout({ catalog: province, targetYear: 2025, actuals, regionCode: '330000' });
    const statuses = (layout: typeof own) => layout.cells.filter((cell) => cell.row >= BODY && cell.col === 4);
    const countyRows = statuses(county).length;
    const ownRows = statuses(own).length;
    // The province's rankings, coverages and qualitative aims (国家高新区全覆盖, 倍增, 全国排名前10) are not on a county's form.
    expect(countyRows).toBeLessThan(ownRows);
    expect(statuses(county).filter((cell) => textAt(county, cell.row, 4) === '仅监测' && cell.note === undefined)).toEqual([]);
    expect(textAt(county, 0, 0)).toContain(`另有 ${ownRows - countyRows} 项上级规划指标不由本地区填报`);
    expect(textAt(own, 0, 0)).not.toContain('不由本地区填报');
  });

  it('the province’s own table judges the same rows and carries no such note', () => {
    const own = completionTableLayout({ catalog: province, targetYear: 2025, actuals, indicatorIds: ids, regionCode: '330000' });
    expect([0, 1].map((i) => textAt(own, BODY + i, 4))).toEqual(['否', '否']);
    expect(cellAt(own, BODY, 4)?.note).toBeUndefined();
    expect(textAt(own, 0, 0)).not.toMatch(/上级规划/u);
  });
});
