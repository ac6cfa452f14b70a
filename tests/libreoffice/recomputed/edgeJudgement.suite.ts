/**
 * One judgement at the edges. For every kind of target (linear, equal to the baseline, met at the baseline, baseline
 * 0, negative values, lower-is-better written three ways, a range, 左右, a strict minimum, a multiplicative path, no
 * baseline, no target, an a/b running total, qualitative) and every reporting year of a 2024–2030 plan with 2027 and
 * 2030 targets (before the first target, at it, between the two, at the last), 零的突破 answered by a count or 是/否
 * (and by 1.5, −1, a count typed as text, which are no count), a return holds values exactly on each
 * edge the status plan compares with, a hair either side (what a paste of a computation gives: 3.0999999999999988)
 * and 1e-9 / 1e-12 either side. LibreOffice recomputes the returns in one run; for every row the sheet's 状态, 完成进度
 * and 序时进度 equal what `check` computes, the same return saved by LibreOffice is judged the same, and the
 * completion table of a target year says 是 exactly for 已达标.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { indicatorInput, SHEET_STATUS_LABELS, type AttainmentStatus } from '../../../src/core/attainment';
import { buildModel } from '../../../src/core/attainment/model';
import type { Condition } from '../../../src/core/attainment/statusPlan';
import type { Indicator, LoadedCatalog, PlanCatalog, ValueChange } from '../../../src/core/catalog';
import { checkWorkbook, type RowAttainment } from '../../../src/core/checks';
import { completionSheetOf, completionYear } from '../../../src/core/annex';
import { translate } from '../../../src/core/i18n';
import { templateWorkbookLayout } from '../../../src/core/documents';
import { shownText } from '../../../src/core/layout';
import type { ReturnSheet } from '../../../src/core/returns';
import { loadWorkbook } from '../../../src/xlsx/loadWorkbook';
import { readReturnSheets } from '../../../src/xlsx/readReturnWorkbook';
import { workbookBytes, xlsxBytes } from '../../../src/xlsx/renderWorkbook';
import { planOf, realCatalog } from '../../support/catalog';
import { value } from '../../support/core/attainment/indicatorFixture';
import { convertLater } from '../../support/soffice';

type Row = [number, 'baseline' | 'target', string, ValueChange?];
/** `previous`: last year's value typed in the return (a running total, a change every year are judged against it). */
const TARGETS: Array<{ key: string; unit: string; rows: Row[]; extra?: Partial<Indicator>; previous?: number }> = [
  { key: 'linear', unit: '%', rows: [[2024, 'baseline', '2.7'], [2027, 'target', '3.1'], [2030, 'target', '3.5']] },
  { key: 'equal-to-baseline', unit: '%', rows: [[2024, 'baseline', '3.1'], [2027, 'target', '3.1'], [2030, 'target', '3.1']] },
  { key: 'met-at-baseline', unit: '%', rows: [[2024, 'baseline', '4'], [2027, 'target', '3.1'], [2030, 'target', '3.5']] },
  { key: 'baseline-0', unit: '家', rows: [[2024, 'baseline', '0'], [2027, 'target', '10'], [2030, 'target', '20']] },
  { key: 'negative', unit: '%', rows: [[2024, 'baseline', '-2.5'], [2027, 'target', '5'], [2030, 'target', '8']], extra: { measure: 'growth_rate' } },
  { key: 'lower', unit: '%', rows: [[2024, 'baseline', '8'], [2027, 'target', '5'], [2030, 'target', '4']], extra: { direction: 'lower' } },
  { key: 'within', unit: '%', rows: [[2024, 'baseline', '8'], [2027, 'target', '5以内'], [2030, 'target', '4以内']], extra: { direction: 'lower' } },
  { key: 'at-most', unit: '%', rows: [[2024, 'baseline', '8'], [2027, 'target', '≤5'], [2030, 'target', '≤4']], extra: { direction: 'lower' } },
  { key: 'lower-negative', unit: '%', rows: [[2024, 'baseline', '1'], [2027, 'target', '-1'], [2030, 'target', '-2']], extra: { direction: 'lower', measure: 'growth_rate' } },
  { key: 'range', unit: '%', rows: [[2024, 'baseline', '2.5'], [2027, 'target', '2.8-3.0'], [2030, 'target', '3.0-3.2']] },
  { key: 'about', unit: '%', rows: [[2024, 'baseline', '2.5'], [2027, 'target', '3左右'], [2030, 'target', '3.5左右']] },
  { key: 'strict', unit: '%', rows: [[2024, 'baseline', '2.7'], [2027, 'target', '>3.1'], [2030, 'target', '>3.5']] },
  { key: 'final-year-only', unit: '%', rows: [[2024, 'baseline', '2.7'], [2030, 'target', '3.5']] },
  { key: 'first-year-only', unit: '%', rows: [[2024, 'baseline', '2.7'], [2027, 'target', '3.1']] },
  { key: 'multiplicative', unit: '亿元', rows: [[2024, 'baseline', '100'], [2027, 'target', '150'], [2030, 'target', '200']], extra: { path: 'multiplicative' } },
  { key: 'multiplicative-from-0', unit: '亿元', rows: [[2024, 'baseline', '0'], [2030, 'target', '200']], extra: { path: 'multiplicative' } },
  { key: 'multiplicative-lower', unit: '吨标准煤/万元', rows: [[2024, 'baseline', '0.6'], [2027, 'target', '0.45'], [2030, 'target', '0.4']], extra: { path: 'multiplicative', direction: 'lower' } },
  { key: 'no-baseline', unit: '%', rows: [[2027, 'target', '3.1'], [2030, 'target', '3.5']] },
  { key: 'no-target', unit: '%', rows: [[2024, 'baseline', '2.7']] },
  { key: 'running-total', unit: '家', rows: [[2024, 'baseline', '5/20'], [2027, 'target', '10/50'], [2030, 'target', '10/80']] },
  { key: 'qualitative', unit: '—', rows: [[2027, 'target', '建成'], [2030, 'target', '是']] },
  // 零的突破: at least one, a count or 是/否 (decision 0270); no count: 1.5, −1, a count typed as text.
  { key: 'first-one', unit: '家', rows: [[2027, 'target', '零的突破']] },
  { key: 'rank', unit: '', rows: [[2024, 'baseline', '60'], [2027, 'target', '50强'], [2030, 'target', '前30']], extra: { direction: 'lower' } },
  { key: 'running-total-with-last-year', unit: '家', rows: [[2024, 'baseline', '5/20'], [2027, 'target', '10/50'], [2030, 'target', '10/80']], previous: 33 },
  { key: 'fall-by-15%', unit: '吨标准煤/万元', rows: [[2024, 'baseline', '0.5'], [2027, 'target', '下降15%', { of: 'decrease', unit: '%' }]], extra: { direction: 'lower' } },
  { key: 'up-2-points', unit: '%', rows: [[2024, 'baseline', '2.7'], [2030, 'target', '提高0.3个百分点', { of: 'increase', unit: '个百分点' }]] },
  { key: 'every-year-10%', unit: '亿元', rows: [[2024, 'baseline', '100'], [2030, 'target', '每年增长10%', { of: 'increase', unit: '%', perYear: true }]], previous: 121 },
];
const YEARS = [2025, 2026, 2027, 2028, 2030];
const TARGET_YEARS = new Set([2027, 2030]);
const EARLY_YEARS = YEARS.filter((year) => !TARGET_YEARS.has(year));

const loaded = realCatalog();
const base = planOf('shengzhou-116x-2024-2030');
const region = { name: '嵊州市', code: '330683' };

/** The value of the actual on each edge of `condition`, with last year's value `previous` where a term reads it. */
function edgesOf(condition: Condition | null, previous: number | null, out: number[]): void {
  if (condition === null) return;
  if (condition.kind === 'all') {
    condition.of.forEach((part) => edgesOf(part, previous, out));
    return;
  }
  const actual = condition.terms.find((term) => term.operand === 'actual');
  const others = condition.terms.filter((term) => term.operand !== 'actual');
  if (actual === undefined || others.some((term) => term.operand !== 'previous') || (others.length > 0 && previous === null)) return;
  out.push((condition.bound - others.reduce((sum, term) => sum + term.coefficient * (previous ?? 0), 0)) / actual.coefficient);
}

/** Every number the row's status plan compares the value with, and values just off each. */
function valuesFor(indicator: Indicator, year: number, previous: number | null): Array<number | string> {
  const { plan } = buildModel(indicatorInput(indicator, year));
  if (plan.kind === 'qualitative') return plan.counts === true ? ['是', '否', 0, 1, 2, 1.5, -1, '2'] : ['是', '否'];
  const edges: number[] = [];
  if (plan.kind === 'numeric') {
    for (const part of [plan, plan.withoutPrevious]) {
      if (part !== undefined) [part.met, part.onTrack, part.regressing].forEach((condition) => edgesOf(condition, previous, edges));
    }
  }
  const values = new Set<number>([0, -1, 1e6]);
  for (const edge of edges) [0, 4e-16, -4e-16].forEach((hair) => values.add(edge * (1 + hair)));
  for (const edge of edges) [1e-9, -1e-9, 1e-12, -1e-12].forEach((step) => values.add(edge + step));
  return [...values];
}

interface Case { id: string; year: number; entry: number | string; previous?: number }
const cases: Case[] = [];
const indicators: Indicator[] = [];
/**
 * Each reporting year's return holds that year's rows only: no assertion reads another year's rows, and LibreOffice,
 * ExcelJS and the checker would handle them all in every year's return (five times the rows, decision 0249).
 */
const plans = new Map<number, PlanCatalog>();
const template = base.indicators[0]!;
for (const year of YEARS) {
  const ofYear: Indicator[] = [];
  for (const target of TARGETS) {
    const { companion: _c, reportedBelow: _r, parent: _p, ...plain } = template;
    const row: Indicator = {
      ...plain, unit: target.unit, direction: 'higher', path: 'linear', measure: 'amount', aggregation: { kind: 'none' },
      values: target.rows.map(([y, role, raw, change]) => ({ ...value(y, role, raw), ...(change === undefined ? {} : { change }) })), ...target.extra,
    };
    // Last year's value is typed from 2026 on; in 2025 last year is the baseline's.
    const previous = target.previous !== undefined && year > 2025 ? target.previous : null;
    const baselineLastYear = year === 2025 ? Number(target.rows.find(([y, role]) => y === 2024 && role === 'baseline')?.[2].replace(/^.*\//u, '') ?? Number.NaN) : Number.NaN;
    valuesFor(row, year, previous ?? (Number.isNaN(baselineLastYear) ? null : baselineLastYear)).forEach((entry, k) => {
      const id = `${base.plan.id}.edge-${year}-${target.key}-${k}`;
      ofYear.push({ ...row, id, concept: id.replace(/\W/gu, '_'), name: `${target.key} ${year} #${k}`, seq: String(ofYear.length + 1) });
      cases.push({ id, year, entry, ...(previous === null ? {} : { previous }) });
    });
  }
  indicators.push(...ofYear);
  plans.set(year, { ...base, indicators: ofYear, rules: [] });
}
const planOfYear = (year: number): PlanCatalog => plans.get(year)!;
const catalogs = new Map([...plans].map(([year, plan]): [number, LoadedCatalog] => [year, {
  ...loaded, catalog: { ...loaded.catalog, plans: loaded.catalog.plans.map((p) => (p.plan.id === base.plan.id ? plan : p)) },
}]));
const catalogOf = (year: number): LoadedCatalog => catalogs.get(year)!;

let dir: string;
const returns = new Map<number, { sheet: ReturnSheet; saved: ExcelJS.Workbook }>();

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'edge-judgement-'));
  for (const year of YEARS) {
    const opened = await loadWorkbook(await workbookBytes(templateWorkbookLayout({ plans: [planOfYear(year)], region, reportingYear: year, merge: false, catalogVersion: loaded.version })));
    if (!opened.ok) throw new Error(opened.detail);
    const [sheet] = readReturnSheets(opened.workbook);
    const worksheet = opened.workbook.getWorksheet(sheet!.sheet)!;
    const entries = new Map(cases.filter((c) => c.year === year).map((c) => [c.id, c]));
    for (const row of sheet!.rows) {
      const entry = row.indicatorId === null ? undefined : entries.get(row.indicatorId);
      const [cell, last] = [row.actuals[year], row.actuals[year - 1]];
      if (entry !== undefined && cell !== undefined) worksheet.getCell(cell.address).value = entry.entry;
      if (entry?.previous !== undefined && last !== undefined) worksheet.getCell(last.address).value = entry.previous;
    }
    const bytes = await xlsxBytes(opened.workbook);
    fs.writeFileSync(path.join(dir, `${year}.xlsx`), bytes);
    const reread = await loadWorkbook(bytes);
    if (!reread.ok) throw new Error(reread.detail);
    returns.set(year, { sheet: readReturnSheets(reread.workbook)[0]!, saved: new ExcelJS.Workbook() });
  }
  // One LibreOffice start for the five, shared with the other suites of recomputed.test.ts.
  convertLater(YEARS.map((year) => path.join(dir, `${year}.xlsx`)), async (outputs) => {
    for (const [i, year] of YEARS.entries()) await returns.get(year)!.saved.xlsx.readFile(outputs[i] as string);
  });
}, 300_000);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A formula's cached result; ExcelJS drops a cached 0 (and ""), which every compared column shows as 0 or nothing. */
function cached(cell: ExcelJS.Cell): unknown {
  const held = cell.value as unknown;
  if (held === null || typeof held !== 'object' || !('formula' in held || 'sharedFormula' in held)) return held;
  return (held as { result?: unknown }).result ?? 0;
}

/** A percentage to 9 significant digits; no value as 0 (ExcelJS cannot tell a cached 0 from a cached ""). */
const rounded = (x: unknown) => (typeof x === 'number' ? Number(x.toPrecision(9)) : x === '' || x === null || x === undefined ? 0 : x);
/** The sheet's percentage, taken for the core's when they differ only in the sheet's last digits of arithmetic. */
const near = (sheet: unknown, core: unknown) => (typeof sheet === 'number' && typeof core === 'number' && Math.abs(sheet - core) <= 1e-9 * Math.max(1, Math.abs(core)) ? core : sheet);
const shown = (status: AttainmentStatus, completion: unknown, timeShare: unknown) => ({ status: SHEET_STATUS_LABELS[status], completion: rounded(completion), timeShare: rounded(timeShare) });

function attainments(sheets: readonly ReturnSheet[], year: number): Map<string, RowAttainment> {
  return new Map(checkWorkbook(sheets, catalogOf(year)).sheets[0]!.attainments.map((row) => [row.rowId, row]));
}

describe('the sheet, the checker and the completion table judge every edge alike', () => {
  it('covers every target kind in every reporting year', () => {
    expect(cases.length).toBeGreaterThan(700);
    expect(returns.size).toBe(YEARS.length);
  });

  it.each(YEARS)('%i: 状态, 完成进度 and 序时进度 as LibreOffice computes them are the checker\'s, row by row', (year) => {
    const { sheet, saved } = returns.get(year)!;
    const core = attainments([sheet], year);
    const [lo] = readReturnSheets(saved);
    const worksheet = saved.getWorksheet(lo!.sheet)!;
    const columns: Record<string, number> = {};
    for (let r = 1; r <= 10; r++) {
      worksheet.getRow(r).eachCell((cell, col) => {
        const text = String(cell.value ?? '').replace(/\s/gu, '');
        if (text === '状态' || text === '完成进度' || text === '序时进度') columns[text] = col;
      });
    }
    let compared = 0;
    for (const row of lo!.rows) {
      const entry = cases.find((c) => c.id === row.indicatorId && c.year === year);
      if (entry === undefined) continue;
      const r = Number(worksheet.getCell(row.explanation.address).row);
      const checked = core.get(entry.id)!;
      const expected = shown(checked.status, checked.completion, checked.timeShare);
      const sheetShows = {
        status: cached(worksheet.getCell(r, columns['状态']!)),
        completion: rounded(near(cached(worksheet.getCell(r, columns['完成进度']!)), checked.completion)),
        timeShare: rounded(near(cached(worksheet.getCell(r, columns['序时进度']!)), checked.timeShare)),
      };
      expect({ id: entry.id, entry: entry.entry, ...sheetShows }).toEqual({ id: entry.id, entry: entry.entry, ...expected });
      compared += 1;
    }
    expect(compared).toBe(cases.filter((c) => c.year === year).length);
  });

  it.each(YEARS)('%i: the return saved by LibreOffice (numbers kept to 15 digits) is judged exactly as before', (year) => {
    const { sheet, saved } = returns.get(year)!;
    const before = attainments([sheet], year);
    const after = attainments(readReturnSheets(saved), year);
    for (const entry of cases.filter((c) => c.year === year)) {
      const [was, is] = [before.get(entry.id)!, after.get(entry.id)!];
      expect({ id: entry.id, status: is.status, completion: rounded(is.completion) }).toEqual({ id: entry.id, status: was.status, completion: rounded(was.completion) });
    }
  });

  it.each([...TARGET_YEARS])('%i: the completion table says 是 exactly for 已达标, with the same 完成进度', (year) => {
    const { sheet } = returns.get(year)!;
    const core = attainments([sheet], year);
    const table = completionSheetOf(planOfYear(year), sheet, new Set())!;
    const text = (row: number, col: number) => shownText(table.cells.find((cell) => cell.row === row && cell.col === col)?.value ?? { kind: 'empty' });
    const number = (row: number, col: number) => table.cells.find((cell) => cell.row === row && cell.col === col)?.value;
    const byName = new Map(indicators.map((indicator) => [indicator.name, indicator.id]));
    let compared = 0;
    for (const cell of table.cells.filter((c) => c.col === 1)) {
      const id = byName.get(shownText(cell.value).replace(/（[^（]*）$/u, ''));
      const entry = cases.find((c) => c.id === id && c.year === year);
      if (id === undefined || entry === undefined) continue;
      const checked = core.get(id)!;
      const expected = { met: '是', not_met: '否', monitoring: '仅监测', no_value: '—' }[checked.status as string] ?? `not due: ${checked.status}`;
      const completion = number(cell.row, 5);
      expect({ id, entry: entry.entry, completed: text(cell.row, 4), completion: rounded(completion?.kind === 'number' ? completion.value : null) })
        .toEqual({ id, entry: entry.entry, completed: expected, completion: rounded(checked.completion) });
      compared += 1;
    }
    expect(compared).toBeGreaterThan(100);
  });

  it.each(EARLY_YEARS)('%i: before its target year the completion table\'s 否 notes the status the sheet shows', (year) => {
    const { sheet } = returns.get(year)!;
    const core = attainments([sheet], year);
    const table = completionSheetOf(planOfYear(year), sheet, new Set())!;
    const targetYear = completionYear(planOfYear(year), year);
    const byName = new Map(indicators.map((indicator) => [indicator.name, indicator.id]));
    const seen = new Set<string>();
    for (const cell of table.cells.filter((c) => c.col === 1)) {
      const id = byName.get(shownText(cell.value).replace(/（[^（]*）$/u, ''));
      const entry = cases.find((c) => c.id === id && c.year === year);
      if (id === undefined || entry === undefined) continue;
      const status = core.get(id)!.status;
      const completed = table.cells.find((c) => c.row === cell.row && c.col === 4);
      const pending = status === 'on_track' || status === 'behind' || status === 'regressing';
      const expected = pending ? { text: '否', note: translate('zh-CN', `annex.not_due.${status}`, { year: targetYear }) }
        : status === 'met' ? { text: '是', note: undefined } : { text: completed === undefined ? '' : shownText(completed.value), note: completed?.note };
      expect({ id, entry: entry.entry, text: completed === undefined ? '' : shownText(completed.value), note: completed?.note }).toEqual({ id, entry: entry.entry, ...expected });
      seen.add(status);
    }
    expect([...seen].filter((status) => ['on_track', 'behind', 'regressing', 'met'].includes(status)).sort()).toEqual(year === 2025 || year === 2026 || year === 2028 ? ['behind', 'met', 'on_track', 'regressing'] : []);
  });
});
