import { checkPlanRegion, checkReportingYear, checkXlsxOutput, parseYear, resolvePlans, resolveRegion } from '../../../src/core/arguments';
import { translate, type MessageCode, type MessageParams } from '../../../src/core/i18n';
import { planOf, realCatalog } from '../../support/catalog';

function message(result: { ok: boolean; problem?: { code: MessageCode; params: MessageParams } }): string {
  if (result.ok || result.problem === undefined) throw new Error('expected a refusal');
  return translate('zh-CN', result.problem.code, result.problem.params);
}

describe('regions as a person types them', () => {
  it.each(['330602', '越城区', '越城', '绍兴市越城区', '绍兴越城区', '绍兴越城', '浙江省绍兴市越城区', ' 越城区 '])('%s is 绍兴市越城区 (330602)', (typed) => {
    expect(resolveRegion(typed)).toEqual({ ok: true, value: { name: '绍兴市越城区', code: '330602' } });
  });

  it.each([['绍兴', '330600'], ['浙江', '330000'], ['嵊州', '330683'], ['景宁', '331127'], ['丽水景宁畲族自治县', '331127']])('%s is %s', (typed, code) => {
    const result = resolveRegion(typed);
    expect(result.ok && result.value.code).toBe(code);
  });

  it('suggests the region meant for a near miss, and none for nonsense', () => {
    expect(message(resolveRegion('越成区'))).toContain('您是不是要找：绍兴市越城区');
    expect(message(resolveRegion('330620'))).toContain('您是不是要找');
    const nonsense = message(resolveRegion('火星基地'));
    expect(nonsense).not.toContain('您是不是要找');
    expect(nonsense).toContain('330602');
  });

  it('a region of another province (南京市, 110105, 朝阳区) is refused saying the regions are Zhejiang’s', () => {
    for (const typed of ['南京市', '110105', '朝阳区']) expect(message(resolveRegion(typed))).toContain('本工具的地区是浙江省及其市、县（市、区）');
  });
});

describe('plans by id, title or a unique part of it', () => {
  const plans = realCatalog().catalog.plans;

  it('finds a plan by id, full title (with or without 《》) and a unique part of the title', () => {
    const title = planOf('yuecheng-2021-2025').plan.title;
    for (const typed of ['yuecheng-2021-2025', title, `《${title}》`, '越城区科技创新']) {
      const result = resolvePlans(typed, plans);
      expect(result.ok && result.value.map((p) => p.plan.id)).toEqual(['yuecheng-2021-2025']);
    }
    const two = resolvePlans('yuecheng-2021-2025，zj-hightech-industry-2021-2025', plans);
    expect(two.ok && two.value.map((p) => p.plan.id)).toEqual(['yuecheng-2021-2025', 'zj-hightech-industry-2021-2025']);
  });

  it('names the nearest plan for a mistyped id instead of listing every plan', () => {
    const text = message(resolvePlans('yuecheng-2021-205', plans));
    expect(text).toContain('您是不是要找：yuecheng-2021-2025');
    expect(text).not.toContain('zj-talent');
  });

  it('lists the candidates when a part of a title is shared by several plans', () => {
    const text = message(resolvePlans('科技创新发展', plans));
    expect(text).toContain('keqiao-2021-2025');
    expect(text).toContain('yuecheng-2021-2025');
  });
});

describe('plan and region together', () => {
  const yuecheng = planOf('yuecheng-2021-2025');
  const province = planOf('zj-hightech-industry-2021-2025');

  it('accepts a region’s own plan and a higher level’s plan', () => {
    expect(checkPlanRegion([yuecheng], { name: '绍兴市越城区', code: '330602' }).ok).toBe(true);
    expect(checkPlanRegion([province], { name: '绍兴市越城区', code: '330602' }).ok).toBe(true);
    expect(checkPlanRegion([province], { name: '杭州市', code: '330100' }).ok).toBe(true);
  });

  it('refuses a plan of another region or of a lower level, and says why', () => {
    const text = message(checkPlanRegion([yuecheng], { name: '杭州市', code: '330100' }));
    expect(text).toContain('是绍兴市越城区的规划，杭州市不按它填报');
    expect(checkPlanRegion([yuecheng], { name: '绍兴市柯桥区', code: '330603' }).ok).toBe(false);
    expect(checkPlanRegion([yuecheng], { name: '绍兴市', code: '330600' }).ok).toBe(false);
  });
});

describe('years', () => {
  const yuecheng = planOf('yuecheng-2021-2025');

  it.each([['2025', 2025], ['2025年', 2025], ['２０２５', 2025], ['2025 年', 2025]])('reads %s as %d', (typed, year) => {
    expect(parseYear(typed)).toEqual({ ok: true, value: year });
  });

  it.each(['25', '二〇二五', '2025-01', 'abc'])('refuses %s with the accepted forms', (typed) => {
    expect(message(parseYear(typed))).toContain('2025年');
  });

  it('refuses years outside the period and the baseline year, giving the valid range', () => {
    for (const year of [2019, 2026, 2031, 2040]) expect(message(checkReportingYear(year, [yuecheng]))).toBe(`${year}年不在规划期内：可填报的年份为 2021–2025年。`);
    expect(message(checkReportingYear(2020, [yuecheng]))).toContain('2020年是《绍兴市越城区科技创新发展“十四五”规划》的基期年');
    for (const year of [2021, 2023, 2025]) expect(checkReportingYear(year, [yuecheng])).toEqual({ ok: true, value: year });
  });
});

describe('output names', () => {
  it('accepts .xlsx (any case) and refuses every other ending', () => {
    expect(checkXlsxOutput('越城区2025.XLSX').ok).toBe(true);
    for (const file of ['越城区2025.xls', '越城区2025', '越城区2025.xlsx.bak', '越城区2025.ods']) {
      expect(message(checkXlsxOutput(file))).toContain('不是 .xlsx');
    }
  });
});
