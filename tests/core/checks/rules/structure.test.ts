import type { ReaderObservation } from '../../../../src/core/returns';
import { rowRefOf, check, findingsOf, indicator, onlyFinding, sheet, tallyOf } from '../../../support/core/checks/builtSheets';
import { shown } from '../../../support/shown';

const IDS = [
  'yuecheng-2021-2025.rd-gdp-share',
  'yuecheng-2021-2025.tech-market-turnover',
  'yuecheng-2021-2025.hightech-enterprises',
  'yuecheng-2021-2025.tech-smes',
  'yuecheng-2021-2025.provincial-incubators-maker-spaces',
];
const [RD, TURNOVER, HIGHTECH, SMES, INCUBATORS] = IDS as [string, string, string, string, string];
const base = () => sheet({ planIds: ['yuecheng-2021-2025'], reportingYear: 2023, years: [2023] });
const filled = { 2023: 1 };

function generated() {
  const builder = base();
  for (const id of IDS) builder.row(indicator(id), filled);
  return builder;
}

describe('rule structure (error)', () => {
  it('valid: the sheet as generated', () => {
    const report = check(generated().build(), { expectedRowIds: IDS });
    expect(findingsOf(report, 'structure')).toEqual([]);
    expect(tallyOf(report, 'structure').fails).toBe(0);
  });

  it('invalid: a row whose hidden id was cleared', () => {
    const built = generated().row(indicator(SMES), filled, { id: null }).build();
    const finding = onlyFinding(check(built, { expectedRowIds: IDS }), 'structure');
    expect(finding).toMatchObject({ code: 'structure.id_missing', ref: rowRefOf(built, 11), indicatorId: null, severity: 'error' });
    expect(shown(finding, 'zh-CN')).toContain('第 11 行隐藏的指标编号为空或被改动');
  });

  it('invalid: a row copied', () => {
    const built = generated().row(indicator(HIGHTECH), filled).build();
    expect(onlyFinding(check(built, { expectedRowIds: IDS }), 'structure')).toMatchObject({
      code: 'structure.id_duplicated', ref: rowRefOf(built, 11), value: HIGHTECH, params: expect.objectContaining({ firstRow: 8 }),
    });
  });

  it('invalid: an id that does not belong to the sheet', () => {
    const built = generated().row({ id: 'yuecheng-2021-2025.no-such-row', name: '自增指标', unit: '个' }, filled).build();
    expect(onlyFinding(check(built, { expectedRowIds: IDS }), 'structure')).toMatchObject({ code: 'structure.id_unknown', value: 'yuecheng-2021-2025.no-such-row' });
  });

  it('invalid: a generated row deleted (and nothing reported as moved because of it)', () => {
    const builder = base();
    for (const id of IDS.filter((id) => id !== TURNOVER)) builder.row(indicator(id), filled);
    const finding = onlyFinding(check(builder.build(), { expectedRowIds: IDS }), 'structure');
    expect(finding).toMatchObject({ code: 'structure.row_missing', ref: null, indicatorId: TURNOVER, expected: TURNOVER });
    expect(shown(finding, 'zh-CN')).toContain('「技术市场交易成交额」');
  });

  it('invalid: a row moved from the top to the bottom', () => {
    const builder = base();
    for (const id of [TURNOVER, HIGHTECH, SMES, INCUBATORS, RD]) builder.row(indicator(id), filled);
    const built = builder.build();
    const finding = onlyFinding(check(built, { expectedRowIds: IDS }), 'structure');
    expect(finding).toMatchObject({ code: 'structure.row_moved', indicatorId: RD, ref: rowRefOf(built, 10), value: '5', expected: '1' });
  });

  it('invalid: two rows swapped give one moved row', () => {
    const builder = base();
    for (const id of [RD, HIGHTECH, TURNOVER, SMES, INCUBATORS]) builder.row(indicator(id), filled);
    const moved = findingsOf(check(builder.build(), { expectedRowIds: IDS }), 'structure');
    expect(moved.map((finding) => finding.code)).toEqual(['structure.row_moved']);
    expect([HIGHTECH, TURNOVER]).toContain(moved[0]?.indicatorId);
  });

  it('invalid: a name rewritten', () => {
    const built = base().row(indicator(HIGHTECH), filled, { name: '高新企业' }).build();
    expect(onlyFinding(check(built), 'structure')).toMatchObject({ code: 'structure.row_renamed', value: '高新企业', expected: '高新技术企业数' });
  });

  it('names compare without spaces, full-width forms, a 其中 prefix or the unit in brackets', () => {
    const built = base()
      .row(indicator(HIGHTECH), filled, { name: '高新技术企业数（家）' })
      .row(indicator(SMES), filled, { name: ' 科技型中小企业数 ' })
      .row(indicator('shengzhou-116x-2024-2030.intl-domestic-first-unit-products'), filled, { name: '其中：国际国内首台（套）产品' })
      .build();
    expect(findingsOf(check(built, { planIds: ['yuecheng-2021-2025', 'shengzhou-116x-2024-2030'] }), 'structure')).toEqual([]);
  });

  it('invalid: a unit changed', () => {
    const built = base().row(indicator(HIGHTECH), filled, { unit: '万家' }).build();
    const finding = onlyFinding(check(built), 'structure');
    expect(finding).toMatchObject({ code: 'structure.unit_changed', value: '万家', expected: '家' });
    expect(shown(finding, 'zh-CN')).toContain('单位“万家”与原表的“家”不一致');
  });

  it('the layout’s own labels win over the catalog’s', () => {
    const built = base().row(indicator(HIGHTECH), filled, { name: '高新技术企业（累计）' }).build();
    expect(findingsOf(check(built, { rowLabels: { [HIGHTECH]: { name: '高新技术企业（累计）', unit: '家' } } }), 'structure')).toEqual([]);
  });

  it.each<ReaderObservation['code']>([
    'structure.metadata_missing', 'structure.metadata_unreadable', 'structure.header_changed', 'structure.merged_entry_cells',
    'structure.protection_removed', 'structure.sheet_renamed',
  ])('invalid: the reader observed %s', (code) => {
    const built = generated().observe({ code, at: { row: 6, column: 3 }, detail: 'seen by the reader' }).build();
    const finding = onlyFinding(check(built, { expectedRowIds: IDS }), 'structure');
    expect(finding).toMatchObject({ code, ref: expect.objectContaining({ row: 6, column: 3 }), severity: 'error', ruleId: 'structure' });
    expect(shown(finding, 'zh-CN')).toContain('2023年填报');
  });

  it('a sheet without metadata is still checked, with the plans and year given', () => {
    const built = generated().withoutMetadata().observe({ code: 'structure.metadata_missing' }).build();
    const report = check(built, { expectedRowIds: IDS, planIds: ['yuecheng-2021-2025'], reportingYear: 2023 });
    expect(onlyFinding(report, 'structure')).toMatchObject({ code: 'structure.metadata_missing', ref: null });
    expect(tallyOf(report, 'not_a_number').passes).toBe(IDS.length);
  });

  it('undecidable: the name and unit of a row the context has no label for', () => {
    const built = base().row({ id: 'fixed_asset_investment_growth', name: '固定资产投资增速', unit: '%' }, filled).build();
    expect(tallyOf(check(built), 'structure')).toEqual({ passes: 2, fails: 0, notAvailable: 2 }); // id and order pass; name and unit cannot be judged
  });
});
