/**
 * One status, everywhere (issue 10, item 1). Returns filled with every kind of entry a person makes (numbers, numbers
 * as text, "1,800", "10.6%", full-width digits, unit words, "a/b", TRUE/FALSE, 是/否 and their variants, dates, error
 * values, formulas, percent formats, empty cells) are recomputed by LibreOffice in one batched run; for every row the
 * status, 完成进度 and 序时进度 the sheet shows equal what src/core computes — or the core reports a cell of that row
 * with a not_a_number finding (the sheet cannot compute it; the finding says what to type) and counts it nowhere.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { attainmentOf, SHEET_STATUS_LABELS } from '../../../src/core/attainment';
import { judgedIndicator, type Indicator, type PlanCatalog } from '../../../src/core/catalog';
import { checkAgainstCatalog } from '../../../src/core/checks';
import { sheetActuals } from '../../../src/core/consolidation';
import { placeA1 } from '../../../src/core/form';
import { templateWorkbookLayout } from '../../../src/core/documents';
import type { ReturnSheet } from '../../../src/core/returns';
import { loadWorkbook } from '../../../src/xlsx/loadWorkbook';
import { readReturnSheets } from '../../../src/xlsx/readReturnWorkbook';
import { workbookBytes, xlsxBytes } from '../../../src/xlsx/renderWorkbook';
import { planOf, realCatalog } from '../../support/catalog';
import { convertLater } from '../../support/soffice';
import { candidateNumbers, contentArbitrary, writeContent, type EntryContent } from '../../support/libreoffice/entryContents';

const SEED = 20261204;
const CASES = [
  { plan: 'yuecheng-2021-2025', region: { name: '绍兴市越城区', code: '330602' }, years: [2021, 2023, 2025] },
  { plan: 'keqiao-2021-2025', region: { name: '绍兴市柯桥区', code: '330603' }, years: [2022, 2025] },
  { plan: 'shengzhou-116x-2024-2030', region: { name: '嵊州市', code: '330683' }, years: [2025, 2027, 2030] },
  { plan: 'zj-hightech-industry-2021-2025', region: { name: '绍兴市上虞区', code: '330604' }, years: [2023] },
  { plan: 'zj-opinions-2018', region: { name: '浙江省', code: '330000' }, years: [2019, 2022] },
  { plan: 'zj-innovation-platforms-2021-2025', region: { name: '浙江省', code: '330000' }, years: [2024] },
];
const ROUNDS = 1;

interface Written {
  name: string;
  plan: PlanCatalog;
  region: { name: string; code: string };
  year: number;
  /** What was put in each reporting-year cell, by row id, for the failure message. */
  contents: Map<string, EntryContent>;
  sheet: ReturnSheet;
}

const loaded = realCatalog();
let dir: string;
const written: Written[] = [];
const computed = new Map<string, ExcelJS.Workbook>();

let draws = 0;
/** One value of `arbitrary`, from the fixed seed: the same returns on every run. */
function draw<T>(arbitrary: fc.Arbitrary<T>): T {
  draws += 1;
  return fc.sample(arbitrary, { seed: SEED + draws, numRuns: 1 })[0] as T;
}

async function writeReturn(name: string, plan: PlanCatalog, region: { name: string; code: string }, year: number): Promise<Written> {
  const template = await workbookBytes(templateWorkbookLayout({ plans: [plan], region, reportingYear: year, merge: false, catalogVersion: loaded.version }));
  const opened = await loadWorkbook(template);
  if (!opened.ok) throw new Error(opened.detail);
  const [sheet] = readReturnSheets(opened.workbook);
  const worksheet = opened.workbook.getWorksheet(sheet!.sheet)!;
  const indicators = new Map(plan.indicators.map((indicator) => [indicator.id, indicator]));
  const contents = new Map<string, EntryContent>();
  for (const row of sheet!.rows) {
    if (row.indicatorId === null) continue;
    const indicator = indicators.get(row.indicatorId.replace(/#.*$/u, ''));
    if (indicator === undefined) continue;
    const numbers = candidateNumbers(indicator, year);
    for (const [cellYear, cell] of Object.entries(row.actuals)) {
      const reporting = Number(cellYear) === year;
      const content: EntryContent = reporting
        ? draw(contentArbitrary(numbers))
        : draw(fc.oneof(fc.constantFrom(...numbers).map((value): EntryContent => ({ kind: 'number', value })), fc.constant<EntryContent>({ kind: 'empty' })));
      writeContent(worksheet.getCell(cell.address), content, row.unit);
      if (reporting) contents.set(row.indicatorId, content);
    }
  }
  const bytes = await xlsxBytes(opened.workbook);
  fs.writeFileSync(path.join(dir, `${name}.xlsx`), bytes);
  const reread = await loadWorkbook(bytes);
  if (!reread.ok) throw new Error(reread.detail);
  return { name, plan, region, year, contents, sheet: readReturnSheets(reread.workbook)[0]! };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'one-status-'));
  for (let round = 0; round < ROUNDS; round++) {
    for (const testCase of CASES) {
      for (const year of testCase.years) {
        written.push(await writeReturn(`r${written.length}`, planOf(testCase.plan), testCase.region, year));
      }
    }
  }
  // One LibreOffice start for every return (shared with the other suites of recomputed.test.ts): it recomputes each
  // formula on load and stores the results.
  convertLater(written.map((w) => path.join(dir, `${w.name}.xlsx`)), async (outputs) => {
    for (const [i, w] of written.entries()) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(outputs[i] as string);
      computed.set(w.name, workbook);
    }
  });
}, 240_000);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function cached(cell: ExcelJS.Cell): unknown {
  const value = cell.value as unknown;
  const formula = value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value);
  const result = formula ? (value as { result?: unknown }).result : value;
  // ExcelJS's reader drops a cached result of 0 (LibreOffice writes <v>0</v>) as it drops "": either is ZERO_OR_EMPTY.
  if (formula && result === undefined) return ZERO_OR_EMPTY;
  return result === '' || result === undefined ? null : result;
}

function columnsOf(worksheet: ExcelJS.Worksheet, headerRow: number): Record<'status' | 'completion' | 'timeShare', number> {
  const found = { status: 0, completion: 0, timeShare: 0 };
  for (let row = 1; row <= headerRow; row++) {
    worksheet.getRow(row).eachCell((cell, col) => {
      const text = String(cell.value ?? '').replace(/\s/gu, '');
      if (text === '状态') found.status = col;
      if (text === '完成进度') found.completion = col;
      if (text === '序时进度') found.timeShare = col;
    });
  }
  return found;
}

const ZERO_OR_EMPTY = Symbol('0 or ""');
/** A percentage as shown, compared with the core's: ZERO_OR_EMPTY matches 0 and no value. */
const shownAs = (shown: unknown, core: number | null) => (shown === ZERO_OR_EMPTY && (core === null || core === 0) ? percent(core) : percent(shown));
const percent = (value: unknown) => (typeof value === 'number' ? Math.round(value * 1e6) / 1e6 : value ?? null);

describe('the sheet recomputed by LibreOffice and the core give one status for any entry', () => {
  it('writes and recomputes every return in one LibreOffice run', () => {
    expect(computed.size).toBe(written.length);
    expect(written.length).toBeGreaterThanOrEqual(12);
  });

  it('agrees on 状态, 完成进度 and 序时进度 for every row, or the core names the cell the sheet cannot compute', () => {
    let compared = 0;
    let flagged = 0;
    const kinds = new Set<string>();
    for (const w of written) {
      const workbook = computed.get(w.name)!;
      const [lo] = readReturnSheets(workbook);
      const worksheet = workbook.getWorksheet(lo!.sheet)!;
      const firstRow = lo!.rows[0]!;
      const columns = columnsOf(worksheet, Number(worksheet.getCell(firstRow.explanation.address).row));
      expect(columns.status * columns.completion * columns.timeShare).toBeGreaterThan(0);
      const report = checkAgainstCatalog(w.sheet, loaded).report;
      const notComputable = new Set(report.findings.flatMap((f) => (f.ruleId === 'not_a_number' && f.ref !== null ? [placeA1(f.ref)] : [])));
      const indicators = new Map(w.plan.indicators.map((indicator) => [indicator.id, indicator]));
      const actuals = sheetActuals(w.sheet, (id) => indicators.get(id.replace(/#.*$/u, '')));
      for (const row of w.sheet.rows) {
        const id = row.indicatorId;
        if (id === null || id.includes('#')) continue;
        const indicator = judgedIndicator(indicators.get(id) as Indicator, w.plan, w.region.code);
        const companionRow = w.sheet.rows.find((r) => r.indicatorId === `${id}#companion`);
        const cells = [row.actuals[w.year], row.actuals[w.year - 1], companionRow?.actuals[w.year]].flatMap((cell) => (cell ? [cell.address] : []));
        const content = w.contents.get(id);
        if (content !== undefined) kinds.add(content.kind);
        if (cells.some((address) => notComputable.has(address))) {
          flagged += 1;
          // Flagged: never counted, so the core's figures for this row come from nothing typed there.
          const entry = row.actuals[w.year];
          if (entry !== undefined && notComputable.has(entry.address)) expect({ id, counted: actuals.get(id)?.get(w.year) }).toEqual({ id, counted: undefined });
          continue;
        }
        const companion = actuals.get(`${id}#companion`)?.get(w.year);
        const core = attainmentOf(indicator, w.year, actuals.get(id) ?? new Map(), typeof companion === 'number' ? companion : null);
        const sheetRow = Number(worksheet.getCell(row.explanation.address).row);
        const shown = {
          status: cached(worksheet.getCell(sheetRow, columns.status)),
          completion: shownAs(cached(worksheet.getCell(sheetRow, columns.completion)), core.completion),
          timeShare: shownAs(cached(worksheet.getCell(sheetRow, columns.timeShare)), core.timeShare),
        };
        const expected = { status: SHEET_STATUS_LABELS[core.status], completion: percent(core.completion), timeShare: percent(core.timeShare) };
        expect({ file: w.name, plan: w.plan.plan.id, year: w.year, id, content, ...shown }).toEqual({ file: w.name, plan: w.plan.plan.id, year: w.year, id, content, ...expected });
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(100);
    expect(flagged).toBeGreaterThan(10);
    expect([...kinds].sort()).toEqual(['answer', 'boolean', 'dash', 'date', 'empty', 'error', 'formula', 'full_width', 'grouped', 'number', 'pair', 'percent_format', 'percent_text', 'text_number', 'unit_word'].sort());
  });
});
