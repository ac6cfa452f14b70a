import { checkCarry } from '../../../src/core/arguments';
import type { ReturnMetadata } from '../../../src/core/form';
import { translate } from '../../../src/core/i18n';
import { planOf, realCatalog } from '../../support/catalog';

const YUECHENG = { name: '绍兴市越城区', code: '330602' };
const meta = (overrides: Partial<ReturnMetadata> = {}): ReturnMetadata => ({
  sheet: '指标填报', planIds: ['yuecheng-2021-2025'], catalogVersion: 'c-x', region: YUECHENG, reportingYear: 2023, layoutVersion: 1, merged: false, rowIds: [], ...overrides,
});
const plans = realCatalog().catalog.plans;
const refusal = (result: ReturnType<typeof checkCarry>) => (result.ok ? 'accepted' : translate('zh-CN', result.problem.code, result.problem.params));

describe('checkCarry: whether next year’s return can be made from an earlier one', () => {
  it('takes the plans and region of the earlier return, and a later year within the plans’ period', () => {
    expect(checkCarry([meta()], { reportingYear: 2024 }, plans, '越城区2023.xlsx')).toEqual({
      ok: true, value: { plans: [planOf('yuecheng-2021-2025')], region: YUECHENG, previousYear: 2023 },
    });
  });

  it('refuses sheets of different regions or years, a plan the catalog lacks, a year outside the period', () => {
    expect(refusal(checkCarry([meta(), meta({ reportingYear: 2022 })], { reportingYear: 2024 }, plans, 'a.xlsx'))).toBe('上年报表“a.xlsx”的各工作表分属不同地区或年份，无法据此生成一份新表。');
    expect(refusal(checkCarry([], { reportingYear: 2024 }, plans, 'a.xlsx'))).toBe('上年报表“a.xlsx”的各工作表分属不同地区或年份，无法据此生成一份新表。');
    expect(refusal(checkCarry([meta({ planIds: ['no-such-plan'] })], { reportingYear: 2024 }, plans, 'a.xlsx'))).toBe('报表所依据的规划“no-such-plan”不在当前指标目录中，无法重新生成。');
    expect(refusal(checkCarry([meta({ reportingYear: 2025 })], { reportingYear: 2026 }, plans, 'a.xlsx'))).toBe('2026年不在规划期内：可填报的年份为 2021–2025年。');
  });

  it('refuses chosen plans or a chosen region that are not the earlier return’s, and a year not after it', () => {
    expect(refusal(checkCarry([meta()], { reportingYear: 2024, plans: [planOf('keqiao-2021-2025')] }, plans, 'a.xlsx'))).toMatch(/与 --plan 给出的《柯桥区科技创新发展“十四五”规划》不符/u);
    expect(refusal(checkCarry([meta()], { reportingYear: 2024, region: { name: '绍兴市柯桥区', code: '330603' } }, plans, 'a.xlsx'))).toBe('上年报表“a.xlsx”是绍兴市越城区的报表，与 --region 给出的绍兴市柯桥区不符。');
    expect(refusal(checkCarry([meta()], { reportingYear: 2023 }, plans, 'a.xlsx'))).toBe('上年报表“a.xlsx”是2023年的报表；--year 2023 应晚于它。');
  });
});
