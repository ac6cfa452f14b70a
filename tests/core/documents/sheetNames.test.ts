/**
 * Sheets named after a plan (decision 0277): within Excel's 31 characters, none of the characters Excel refuses,
 * distinct within the workbook, and never a title cut off mid-word. The prose targets' sheet of the 2018 若干意见 was
 * 浙江省人民政府关于全面加快科技创新推动高质量发展的若干意见主要 (主要目标 cut), 嵊州's 116X plan's …产业集群建设 (its kind
 * and 主要目标 cut), and its sheet in a reporting workbook of several plans; the plan’s title is shortened instead (its
 * issuer and 关于 left out, or from its quoted name on).
 */
import { realCatalog } from '../../support/catalog';
import { annexLayouts, completionTableLayout, planSheetName, sheetName, templateWorkbookLayout } from '../../../src/core/documents';
import { ANNEX } from '../../../src/core/form';
import { regionsUnder } from '../../../src/core/regions';

const loaded = realCatalog();
const REFUSED = /[[\]:*?/\\]|^'|'$/u;

/** Names Excel would refuse, or that repeat one before them. */
function badNames(names: readonly string[]): string[] {
  return names.filter((name, i) => [...name].length > 31 || name.trim() === '' || REFUSED.test(name) || names.indexOf(name) !== i);
}

describe('sheets named after plans', () => {
  it('regression: every plan’s annex workbook names its prose targets after the plan whole, 主要目标 and all', () => {
    // The sheets after the plan's tables (named after their own captions): its prose targets, when it has any.
    const prose = loaded.catalog.plans.flatMap((plan) => annexLayouts(plan).map((layout) => layout.name).filter((name) => !plan.plan.tables.some((table) => sheetName(table.title) === name)));
    expect(prose.length).toBeGreaterThanOrEqual(10);
    expect(prose.filter((name) => !name.endsWith('主要目标'))).toEqual([]);
    expect(prose).toContain('全面加快科技创新推动高质量发展若干意见主要目标');
    expect(prose).toContain('“116X”产业集群建设行动方案主要目标');
    // A title that fits keeps its region and every word.
    expect(prose).toContain('浙江省重大创新空间和重大创新平台建设“十四五”规划主要目标');
  });

  it('every plan’s annex workbook, with a completion table for each county of a city: valid, distinct names', () => {
    for (const plan of loaded.catalog.plans) {
      const names = annexLayouts(plan).map((layout) => layout.name);
      const taken = new Set(names);
      for (const county of regionsUnder('330100')) {
        const table = completionTableLayout({ catalog: plan, targetYear: plan.plan.period.end, actuals: {}, regionCode: county.code }, { takenNames: taken });
        taken.add(table.name);
        names.push(table.name);
      }
      expect([plan.plan.id, badNames(names)]).toEqual([plan.plan.id, []]);
    }
  });

  it('regression: a reporting workbook of every plan, a sheet per plan: valid, distinct names, none cut', () => {
    const layout = templateWorkbookLayout({ plans: loaded.catalog.plans, region: { name: '浙江省', code: '330000' }, reportingYear: 2024, merge: false, catalogVersion: loaded.version });
    expect(badNames([...layout.sheets.map((sheet) => sheet.name), layout.metadata.name])).toEqual([]);
    // Was 关于加快科技创新和产业创新深度融合推进“116X”产业集群建设 (行动方案 cut).
    expect(layout.sheets.map((sheet) => sheet.name)).toContain('“116X”产业集群建设行动方案');
  });

  it('shortens a title only as far as needed, and a name Excel refuses characters in loses them', () => {
    expect(planSheetName('浙江省人民政府关于全面加快科技创新推动高质量发展的若干意见', ANNEX.proseCaption)).toBe('全面加快科技创新推动高质量发展若干意见主要目标');
    expect(planSheetName('浙江省人民政府关于全面加快科技创新推动高质量发展的若干意见', (title) => title)).toBe('浙江省人民政府关于全面加快科技创新推动高质量发展的若干意见');
    expect(planSheetName('某县科技/创新规划', ANNEX.proseCaption)).toBe('某县科技创新规划主要目标');
    expect(planSheetName('浙江省高新技术产业发展“十四五”规划', ANNEX.proseCaption, new Set(['浙江省高新技术产业发展“十四五”规划主要目标']))).toBe('浙江省高新技术产业发展“十四五”规划主要目标(2)');
    expect(sheetName('a'.repeat(40))).toHaveLength(31);
  });
});
