import {
  attainmentFormulas, attainmentOf, indicatorInput, SHEET_STATUS_LABELS, statusFromSheetLabel, type TargetSpec,
} from '../../../src/core/attainment';
import type { Indicator } from '../../../src/core/catalog';
import { realCatalog } from '../../support/catalog';
import { compileFormula, evaluateFormula, functionsUsed, SHARED_FUNCTIONS, type Cells, type FormulaValue } from '../../support/core/attainment/formulaEvaluator';
import { indicator } from '../../support/core/attainment/indicatorFixture';

const ACTUAL = 'E5';
const PREVIOUS = 'D5';
const COMPANION = 'F5';
const YEARS = [2019, 2021, 2023, 2024, 2025, 2026, 2027, 2030, 2036];

function formulasFor(subject: Indicator, reportingYear: number, previous: string | null = PREVIOUS, companion: string | null = COMPANION) {
  return attainmentFormulas({ indicator: subject, reportingYear, actualRef: ACTUAL, previousActualRef: previous, companionRef: companion });
}

/** Numbers a status turns on for this target, and their neighbours. */
function sampleValues(target: TargetSpec, baseline: number | null, expected: number | null): number[] {
  const own =
    target.kind === 'exact' || target.kind === 'approx' ? [target.value, target.value * 0.95, target.value * 1.05]
    : target.kind === 'min' || target.kind === 'max' ? [target.bound]
    : target.kind === 'range' ? [target.low, target.high]
    : target.kind === 'increment_cumulative' ? [target.cumulative, target.increment]
    : [];
  const edges = [...own, ...(baseline === null ? [] : [baseline]), ...(expected === null ? [] : [expected]), 0, 5];
  return [...new Set(edges.flatMap((edge) => [edge - 1, edge - 0.01, edge, edge + 0.01, edge + 1]))];
}

interface Case {
  cells: Cells;
  actuals: Map<number, number | boolean>;
  companion: number | null;
}

function* cases(subject: Indicator, year: number, previousRef: string | null, companionRef: string | null): Generator<Case> {
  const input = indicatorInput(subject, year);
  const probe = attainmentOf(subject, year, new Map(), 0);
  const values = sampleValues(input.target, input.baseline?.value ?? null, probe.expected);
  const answers: Array<[FormulaValue | undefined, number | boolean | undefined]> = input.target.kind === 'qualitative'
    ? [['是', true], ['否', false], [' 是 ', true], [undefined, undefined], ['不清楚', undefined],
      // 零的突破 takes a count: at least one (decision 0270); 1.5 and −1 are no count.
      ...(input.target.atLeastOne === true ? [0, 1, 2, 1.5, -1].map((n): [number, number] => [n, n]) : [])]
    : [[undefined, undefined], ['abc', undefined], ...values.map((v): [number, number] => [v, v])];
  const previous: Array<number | undefined> = input.target.kind === 'increment_cumulative' && previousRef !== null
    ? [undefined, ...values.slice(0, 12)] : [undefined];
  const companions: Array<number | undefined> = input.target.kind === 'relative' && companionRef !== null ? [undefined, 3, 4.1, 6] : [undefined];
  for (const [cell, actual] of answers) {
    for (const before of previous) {
      for (const other of companions) {
        const actuals = new Map<number, number | boolean>();
        if (actual !== undefined) actuals.set(year, actual);
        if (before !== undefined) actuals.set(year - 1, before);
        const cells: Record<string, FormulaValue | undefined> = { [ACTUAL]: cell, [PREVIOUS]: before, [COMPANION]: other };
        yield { cells, actuals, companion: other ?? null };
      }
    }
  }
}

describe('attainmentFormulas', () => {
  const hightech = indicator([[2020, 'baseline', '344'], [2025, 'target', '650']]);

  it('inlines baseline, target and time share', () => {
    const formulas = formulasFor(hightech, 2023);
    expect(formulas.timeShare).toBe('0.6');
    expect(evaluateFormula(formulas.completion ?? '', { E5: 600 })).toBeCloseTo(256 / 306, 12);
    expect(evaluateFormula(formulas.completion ?? '', {})).toBe('');
    expect(evaluateFormula(formulas.status, { E5: 600 })).toBe('符合序时进度');
    expect(evaluateFormula(formulas.status, { E5: 500 })).toBe('滞后');
    expect(evaluateFormula(formulas.status, { E5: 300 })).toBe('倒退');
    expect(evaluateFormula(formulas.status, { E5: 650 })).toBe('已达标');
    expect(evaluateFormula(formulas.status, {})).toBe('未填报');
  });

  it('has no completion or time share without a baseline', () => {
    const formulas = formulasFor(indicator([[2020, 'baseline', '—'], [2025, 'target', '560']]), 2023);
    expect(formulas).toMatchObject({ completion: null, timeShare: null });
    expect(evaluateFormula(formulas.status, { E5: 600 })).toBe('已达标');
    expect(evaluateFormula(formulas.status, { E5: 100 })).toBe('滞后');
  });

  it('reads 是/否 for a qualitative target and says 仅监测 without a target', () => {
    const coverage = formulasFor(indicator([[2025, 'target', '全覆盖']], { unit: '' }), 2025);
    expect(evaluateFormula(coverage.status, { E5: '是' })).toBe('已达标');
    // In its target year the target is due: 否 is 未达标 (decision 0011); before it, 滞后.
    expect(evaluateFormula(coverage.status, { E5: '否' })).toBe('未达标');
    expect(evaluateFormula(formulasFor(indicator([[2025, 'target', '全覆盖']], { unit: '' }), 2023).status, { E5: '否' })).toBe('滞后');
    expect(evaluateFormula(coverage.status, {})).toBe('未填报');
    const monitored = formulasFor(indicator([[2025, 'target', '']]), 2025);
    expect(monitored).toEqual({ completion: null, timeShare: null, status: '"仅监测"' });
  });

  it('reads a count for 零的突破 as at least one, 是/否 as before, and a number that is no count as 未填报', () => {
    const firstOne = (year: number) => formulasFor(indicator([[2027, 'target', '零的突破']], { unit: '家' }), year).status;
    expect([0, 1, 2, 1.5, -1, '是', '否', '2', undefined].map((value) => evaluateFormula(firstOne(2025), { E5: value })))
      .toEqual(['滞后', '已达标', '已达标', '未填报', '未填报', '已达标', '滞后', '未填报', '未填报']);
    expect([0, 1, 2, 1.5, -1, '是', '否', '2', undefined].map((value) => evaluateFormula(firstOne(2027), { E5: value })))
      .toEqual(['未达标', '已达标', '已达标', '未填报', '未填报', '已达标', '未达标', '未填报', '未填报']);
    // 全覆盖 with a unit still judges 是/否 only (decision 0267).
    expect(evaluateFormula(formulasFor(indicator([[2027, 'target', '全覆盖']], { unit: '个' }), 2027).status, { E5: 2 })).toBe('未填报');
  });

  it('cannot decide a relative target without a companion cell', () => {
    const growth = indicator([[2025, 'target', '高于工业增加值 1 个百分点']], { unit: '%' });
    expect(evaluateFormula(formulasFor(growth, 2025, null, null).status, { E5: 9 })).toBe('未填报');
    expect(evaluateFormula(formulasFor(growth, 2025).status, { E5: 5.1, F5: 4.1 })).toBe('已达标');
  });

  it('takes the baseline as last year\'s total in the first year when there is no previous cell', () => {
    const smes = indicator([[2024, 'baseline', '1055'], [2027, 'target', '75/1280']]);
    expect(evaluateFormula(formulasFor(smes, 2025, null).status, { E5: 1130 })).toBe('符合序时进度');
    expect(evaluateFormula(formulasFor(smes, 2025, null).status, { E5: 1129 })).toBe('滞后');
  });
});

describe('sheet status labels', () => {
  it('reads a label back to its status', () => {
    expect(statusFromSheetLabel('符合序时进度')).toBe('on_track');
    expect(statusFromSheetLabel(' 倒退 ')).toBe('regressing');
    expect(statusFromSheetLabel('完成')).toBeNull();
    expect(new Set(Object.values(SHEET_STATUS_LABELS)).size).toBe(7);
    expect(statusFromSheetLabel('未达标')).toBe('not_met');
  });
});

describe('attainmentFormulas over the real catalog', () => {
  const indicators = realCatalog().catalog.plans.flatMap((plan) => plan.indicators);
  const labels = new Set<string>(Object.values(SHEET_STATUS_LABELS));

  it('gives the status, completion and time share computeAttainment gives, for every indicator', () => {
    const wrong: string[] = [];
    let compared = 0;
    for (const subject of indicators) {
      for (const year of YEARS) {
        for (const [previousRef, companionRef] of [[PREVIOUS, COMPANION], [null, null]] as const) {
          const formulas = formulasFor(subject, year, previousRef, companionRef);
          const status = compileFormula(formulas.status);
          const completion = formulas.completion === null ? null : compileFormula(formulas.completion);
          const timeShare = formulas.timeShare === null ? null : Number(evaluateFormula(formulas.timeShare, {}));
          for (const { cells, actuals, companion } of cases(subject, year, previousRef, companionRef)) {
            compared += 1;
            const expected = attainmentOf(subject, year, actuals, companion);
            const where = `${subject.id} ${year} ${JSON.stringify(cells)}`;
            const shown = status(cells);
            if (shown !== SHEET_STATUS_LABELS[expected.status]) wrong.push(`${where}: sheet ${String(shown)}, core ${expected.status}`);
            const sheetCompletion = completion === null ? null : completion(cells);
            const coreCompletion = expected.completion;
            const same = coreCompletion === null
              ? sheetCompletion === null || sheetCompletion === ''
              : typeof sheetCompletion === 'number' && Math.abs(sheetCompletion - coreCompletion) < 1e-12;
            if (!same) wrong.push(`${where}: completion sheet ${String(sheetCompletion)}, core ${String(coreCompletion)}`);
            if (timeShare !== expected.timeShare) wrong.push(`${where}: time share sheet ${timeShare}, core ${expected.timeShare}`);
          }
        }
      }
    }
    expect(wrong.slice(0, 20)).toEqual([]);
    expect(compared).toBeGreaterThan(10_000);
  });

  it('uses only functions Excel, WPS and LibreOffice share, and always shows one of the six labels', () => {
    const allowed = new Set<string>(SHARED_FUNCTIONS);
    // Gathered and compared once, as in the test above: thousands of expect() calls, each building its matchers, cost
    // more than evaluating the formulas.
    const wrong: string[] = [];
    for (const subject of indicators) {
      for (const year of YEARS) {
        const formulas = formulasFor(subject, year);
        for (const formula of [formulas.status, formulas.completion, formulas.timeShare]) {
          if (formula === null) continue;
          if (formula.startsWith('=')) wrong.push(`${subject.id} ${year}: starts with =: ${formula}`);
          for (const name of functionsUsed(formula)) if (!allowed.has(name)) wrong.push(`${subject.id} ${year}: ${name} is not shared`);
        }
        for (const cell of [undefined, '', 'abc', -1, 0, 1e6, '是']) {
          const shown = evaluateFormula(formulas.status, { E5: cell, D5: 1, F5: 2 });
          if (typeof shown !== 'string' || !labels.has(shown)) wrong.push(`${subject.id} ${year} E5=${String(cell)}: shows ${String(shown)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
