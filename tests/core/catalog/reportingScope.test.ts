import { judgedIndicator, loadPlanFile, reportingScope, type Indicator, type PlanCatalog } from '../../../src/core/catalog';
import { planReportingSheet } from '../../../src/core/layout';
import { planOf, realCatalog } from '../../support/catalog';

const YUECHENG = { name: '绍兴市越城区', code: '330602' };
const SHAOXING = { name: '绍兴市', code: '330600' };
const hasTargets = (indicator: Indicator) => indicator.values.some((value) => value.role === 'target' || value.role === 'planned');

/** Whoever reports below a plan's own region: a county and a city for the province's plans, none for a county's. */
function lowerRegions(plan: PlanCatalog) {
  return plan.plan.level === 'province' ? [YUECHENG, SHAOXING] : [];
}

const scopeOf = (planId: string, slug: string, region = YUECHENG) => {
  const plan = planOf(planId);
  const indicator = plan.indicators.find((candidate) => candidate.id === `${planId}.${slug}`);
  if (indicator === undefined) throw new Error(`no ${slug}`);
  return reportingScope(indicator, plan, region.code);
};

describe('reporting scope of a higher level\'s plan (the issue\'s cases)', () => {
  it('leaves rankings off a county\'s and a city\'s form: 杭州、宁波国家高新区全国排名, 其他国家高新区全国排名', () => {
    for (const region of [YUECHENG, SHAOXING]) {
      expect(scopeOf('zj-innovation-platforms-2021-2025', 'hz-nb-national-hightech-zone-rank', region)).toEqual({ mode: 'excluded', reason: 'ranking' });
      expect(scopeOf('zj-innovation-platforms-2021-2025', 'other-national-hightech-zones-rank-percentile', region)).toEqual({ mode: 'excluded', reason: 'ranking' });
      expect(scopeOf('zj-hightech-industry-2021-2025', 'hangzhou-ningbo-hightech-zone-rank', region)).toEqual({ mode: 'excluded', reason: 'ranking' });
    }
  });

  it('leaves coverage and qualitative targets off: 设区市国家高新区全覆盖, 工业大县省级高新园区覆盖, 倍增', () => {
    expect(scopeOf('zj-hightech-industry-2021-2025', 'national-hightech-zones')).toEqual({ mode: 'excluded', reason: 'coverage' });
    expect(scopeOf('zj-opinions-2018', 'industrial-county-hightech-park-coverage')).toEqual({ mode: 'excluded', reason: 'coverage' });
    expect(scopeOf('zj-hightech-industry-2021-2025', 'pct-applications')).toEqual({ mode: 'excluded', reason: 'qualitative' });
    expect(scopeOf('zj-tech-transfer-2021-2025', 'hei-tech-output-turnover')).toEqual({ mode: 'excluded', reason: 'qualitative' });
  });

  it('asks for an additive total as the county\'s contribution, a ratio with its parts, another quantity as monitored', () => {
    expect(scopeOf('zj-talent-2021-2025', 'hightech-enterprises')).toEqual({ mode: 'contribution', reason: 'additive' });
    expect(scopeOf('zj-opinions-2018', 'rd-gdp-share')).toEqual({ mode: 'parts', reason: 'ratio' });
    expect(scopeOf('zj-tech-transfer-2021-2025', 'high-value-invention-patents-per-10k')).toEqual({ mode: 'monitored', reason: 'non_additive' });
  });

  it('takes the catalog\'s word for province-only rows, with its note', () => {
    const funding = scopeOf('zj-opinions-2018', 'provincial-st-programme-funding');
    expect(funding.mode).toBe('excluded');
    expect(funding.reason).toBe('catalog');
    expect(funding.note).toContain('省财政');
    expect(scopeOf('zj-opinions-2018', 'national-innovative-cities-share', SHAOXING)).toMatchObject({ mode: 'excluded', reason: 'catalog' });
    // The province itself still reports them.
    const plan = planOf('zj-opinions-2018');
    const own = plan.indicators.find((indicator) => indicator.id === 'zj-opinions-2018.provincial-st-programme-funding') as Indicator;
    expect(reportingScope(own, plan, '330000')).toEqual({ mode: 'own', reason: 'own_plan' });
  });
});

describe.each(realCatalog().catalog.plans.map((plan) => [plan.plan.id, plan] as const))('reporting scope of %s', (_id, plan) => {
  it('is the whole plan, judged by its targets, for the plan\'s own region', () => {
    for (const indicator of plan.indicators) {
      expect([indicator.id, reportingScope(indicator, plan, plan.plan.region.code)]).toEqual([indicator.id, { mode: 'own', reason: 'own_plan' }]);
      expect(judgedIndicator(indicator, plan, plan.plan.region.code)).toBe(indicator);
    }
  });

  it('for its own region: the form lists every row of the period, rankings and coverage included', () => {
    const form = planReportingSheet({ plans: [plan], region: plan.plan.region, reportingYear: plan.plan.period.end, merge: false, catalogVersion: 'test' });
    const onForm = new Set(form.rows.map((row) => row.id));
    for (const indicator of plan.indicators) {
      const goals = indicator.values.filter((value) => value.role === 'target' || value.role === 'planned');
      const historical = goals.length > 0 && goals.every((value) => value.year < plan.plan.period.start);
      expect([indicator.id, onForm.has(indicator.id)]).toEqual([indicator.id, !historical]);
    }
  });
});

const PROVINCE_PLANS = realCatalog().catalog.plans.filter((plan) => lowerRegions(plan).length > 0);

it('finds the province\'s plans to test lower levels against', () => {
  expect(PROVINCE_PLANS.length).toBeGreaterThanOrEqual(9);
});

describe.each(PROVINCE_PLANS.map((plan) => [plan.plan.id, plan] as const))('reporting scope below %s', (_id, plan) => {
  const lower = lowerRegions(plan);
  it('for a county and a city below: the catalog\'s override, else the default from name, target kind and aggregation', () => {
    for (const region of lower) for (const indicator of plan.indicators) {
      const scope = reportingScope(indicator, plan, region.code);
      const targets = indicator.values.filter((value) => value.role === 'target' && value.parsed.kind !== 'blank');
      const seen = [indicator.id, scope.mode];
      if (indicator.reportedBelow !== undefined) {
        expect(seen).toEqual([indicator.id, indicator.reportedBelow.as]);
        expect(scope.note).toBe(indicator.reportedBelow.note);
      } else if (/排名/u.test(indicator.name) || targets.some((value) => /全覆盖/u.test(value.raw))) {
        expect(seen).toEqual([indicator.id, 'excluded']);
      } else if (targets.length > 0 && targets.every((value) => value.parsed.kind === 'qualitative')) {
        expect(seen).toEqual([indicator.id, 'excluded']);
      } else {
        const byAggregation = { sum: 'contribution', ratio: 'parts', none: 'monitored' } as const;
        expect(seen).toEqual([indicator.id, byAggregation[indicator.aggregation.kind]]);
      }
      // Nothing of a higher level's plan judges a lower level: no target survives.
      expect(hasTargets(judgedIndicator(indicator, plan, region.code))).toBe(false);
    }
  });

  it('for a county and a city below: the form lists exactly the rows in scope, a ratio with its two parts', () => {
    for (const region of lower) {
    const form = planReportingSheet({ plans: [plan], region, reportingYear: plan.plan.period.end, merge: false, catalogVersion: 'test' });
    const onForm = new Set(form.rows.filter((row) => row.kind === 'indicator').map((row) => row.id));
    for (const indicator of plan.indicators) {
      const mode = reportingScope(indicator, plan, region.code).mode;
      const historical = indicator.values.some((value) => value.role === 'target')
        && indicator.values.filter((value) => value.role === 'target' || value.role === 'planned').every((value) => value.year < plan.plan.period.start);
      expect([indicator.id, onForm.has(indicator.id)]).toEqual([indicator.id, mode !== 'excluded' && !historical]);
      if (mode === 'parts' && onForm.has(indicator.id)) {
        expect(form.rows.filter((row) => row.kind === 'part' && row.indicator.id === indicator.id)).toHaveLength(2);
      }
    }
    for (const row of form.rows) expect([row.id, hasTargets(row.indicator)]).toEqual([row.id, false]);
    }
  });

});

describe('reported_below in a catalog file', () => {
  const file = (below: string) => `
plan:
  id: test-plan
  title: 测试规划
  region: { name: 浙江省, code: "330000" }
  level: province
  period: { start: 2021, end: 2025 }
  seed: 000_a222a07a7ccce3a9.txt
  lines: [1, 100]
  tables: []
indicators:
  - id: test-plan.rank
    concept: hightech_enterprises
    name: 国家高新区全国排名
    unit: ""
${below}
    values:
      - { year: 2025, role: target, raw: 前 10 }
    source: { seed: 000_a222a07a7ccce3a9.txt, line: 12, kind: prose, quote: 前 10 }
`;

  it('overrides the default with its note, and the row comes onto a county\'s form', () => {
    const loaded = loadPlanFile('test.yaml', file('    reported_below: { as: monitored, note: 各县自报本地高新区排名 }'));
    expect(loaded.problems).toEqual([]);
    const plan = loaded.catalog as PlanCatalog;
    const [indicator] = plan.indicators as [Indicator];
    expect(reportingScope(indicator, plan, '330602')).toEqual({ mode: 'monitored', reason: 'catalog', note: '各县自报本地高新区排名' });
    const form = planReportingSheet({ plans: [plan], region: YUECHENG, reportingYear: 2023, merge: false, catalogVersion: 'test' });
    expect(form.rows.map((row) => row.id)).toEqual(['test-plan.rank']);
    const without = loadPlanFile('test.yaml', file('')).catalog as PlanCatalog;
    expect(reportingScope(without.indicators[0] as Indicator, without, '330602')).toEqual({ mode: 'excluded', reason: 'ranking' });
    expect(planReportingSheet({ plans: [without], region: YUECHENG, reportingYear: 2023, merge: false, catalogVersion: 'test' }).rows).toEqual([]);
  });

  it('is refused without a note or with an unknown way of reporting', () => {
    expect(loadPlanFile('test.yaml', file('    reported_below: { as: excluded }')).problems.map((p) => p.code)).toContain('catalog.schema');
    expect(loadPlanFile('test.yaml', file('    reported_below: { as: skipped, note: x }')).problems.map((p) => p.code)).toContain('catalog.schema');
  });
});
