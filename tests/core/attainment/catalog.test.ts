import { flatNumbers } from '../../../src/core/notation';
import { attainmentOf, type AttainmentStatus } from '../../../src/core/attainment';
import type { Indicator } from '../../../src/core/catalog';
import { realCatalog } from '../../support/catalog';

const { catalog } = realCatalog();
const indicators = catalog.plans.flatMap((plan) => plan.indicators);
const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
const STATUSES: AttainmentStatus[] = ['met', 'on_track', 'behind', 'regressing', 'not_met', 'no_value', 'monitoring'];

function real(id: string): Indicator {
  const found = byId.get(id);
  if (found === undefined) throw new Error(`${id} is not in the catalog`);
  return found;
}

const hasTarget = (indicator: Indicator) => indicator.values.some((v) => v.role === 'target' && v.parsed.kind !== 'blank');

describe('attainment over the real catalog', () => {
  it('loads the catalog', () => {
    expect(indicators.length).toBeGreaterThan(200);
  });

  it('never throws and monitors exactly the indicators without a target', () => {
    const returns: Array<Map<number, number | boolean>> = [
      new Map(),
      new Map([[2022, 0], [2023, 0], [2025, 0], [2027, 0], [2030, 0]]),
      new Map([[2022, 3.5], [2023, 4], [2024, 650], [2025, 1280], [2026, 1e6], [2027, 1280], [2030, -2]]),
      new Map([[2022, true], [2023, false], [2025, true], [2027, true], [2030, false]]),
    ];
    const wrong: string[] = [];
    for (const indicator of indicators) {
      for (const year of [2018, 2020, 2022, 2023, 2025, 2026, 2027, 2030, 2036]) {
        for (const actuals of returns) {
          for (const companion of [undefined, null, 5]) {
            const result = attainmentOf(indicator, year, actuals, companion);
            const where = `${indicator.id} ${year} ${JSON.stringify([...actuals])} ${companion}`;
            if (!STATUSES.includes(result.status)) wrong.push(`${where}: status ${result.status}`);
            if ((result.status === 'monitoring') !== !hasTarget(indicator)) wrong.push(`${where}: ${result.status}`);
            const figures = [result.completion, result.timeShare, result.expected];
            if (figures.some((figure) => figure !== null && !Number.isFinite(figure))) wrong.push(`${where}: ${JSON.stringify(result)}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('uses every printed baseline of a numeric target (each converts to the indicator unit)', () => {
    const numeric = new Set(['exact', 'min', 'max', 'approx', 'range', 'increment_cumulative']);
    const unused: string[] = [];
    let checked = 0;
    for (const indicator of indicators) {
      for (const target of indicator.values.filter((v) => v.role === 'target' && numeric.has(v.parsed.kind))) {
        const printed = indicator.values.some((v) => v.role === 'baseline' && v.year < target.year && flatNumbers(v.parsed).value !== null);
        const first = indicator.values.find((v) => v.role === 'target' && v.year === target.year && v.parsed.kind !== 'blank');
        if (!printed || first !== target) continue;
        checked += 1;
        if (attainmentOf(indicator, target.year, new Map([[target.year, 1]])).timeShare === null) unused.push(`${indicator.id} ${target.year}`);
      }
    }
    expect(unused).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  });

  it('monitors the rows the plans leave empty', () => {
    expect(attainmentOf(real('shengzhou-116x-2024-2030.high-tech-manufacturing-va-share'), 2025, new Map([[2025, 40]])).status).toBe('monitoring');
    expect(attainmentOf(real('zj-opinions-2018.fiscal-st-spending-growth'), 2022, new Map([[2022, 10]])).status).toBe('monitoring');
  });

  it('judges Yuecheng high-tech enterprises (344 in 2020 → 650 in 2025)', () => {
    const hightech = real('yuecheng-2021-2025.hightech-enterprises');
    expect(attainmentOf(hightech, 2023, new Map([[2023, 600]]))).toMatchObject({ status: 'on_track', timeShare: 0.6, expected: 527.6 });
    expect(attainmentOf(hightech, 2023, new Map([[2023, 500]])).status).toBe('behind');
    expect(attainmentOf(hightech, 2025, new Map([[2025, 650]])).status).toBe('met');
  });

  it('keeps the 2025 target in force after it when 2035 is printed "-"', () => {
    const digital = real('keqiao-2021-2025.digital-core-va-gdp-share');
    expect(attainmentOf(digital, 2030, new Map([[2030, 2.2]]))).toMatchObject({ status: 'met', targetYear: 2025 });
  });

  it('reads targets printed in a multiple of the unit', () => {
    expect(attainmentOf(real('zj-talent-2021-2025.st-talent-total'), 2025, new Map([[2025, 480]])).status).toBe('met');
    expect(attainmentOf(real('zj-talent-2021-2025.st-talent-total'), 2025, new Map([[2025, 479]])).status).toBe('not_met');
    expect(attainmentOf(real('zj-tech-transfer-2021-2025.technology-brokers'), 2025, new Map([[2025, 1.2]])).status).toBe('met');
  });

  it('regression: judges the province\'s foreign talent of the 十四五 (累计 33 万人次) from zero, not as a fall below the 十三五\'s 25 万人次', () => {
    // 至2020年底…累计引进各类外国人才25万人次，增长35% / 引进外国人才总量累计达到33万人次，增长30%: two five-year totals.
    const foreign = real('zj-talent-2021-2025.foreign-talent-introduced');
    expect(attainmentOf(foreign, 2023, new Map([[2023, 20]])).status).toBe('behind');
    expect(attainmentOf(foreign, 2025, new Map([[2025, 33]])).status).toBe('met');
    expect(foreign.values.filter((v) => v.role === 'baseline')).toEqual([]);
    expect(foreign.values.find((v) => v.raw === '25 万人次')).toMatchObject({ year: 2020, role: 'reference', refersTo: 'actual' });
  });

  it('judges Shengzhou tech SMEs (1055 in 2024, 75 a year to 1280 in 2027)', () => {
    const smes = real('shengzhou-116x-2024-2030.tech-smes');
    expect(attainmentOf(smes, 2025, new Map([[2025, 1130]])).status).toBe('on_track');
    expect(attainmentOf(smes, 2026, new Map([[2025, 1130], [2026, 1200]])).status).toBe('behind');
    expect(attainmentOf(smes, 2027, new Map([[2026, 1205], [2027, 1280]])).status).toBe('met');
  });
});
