/**
 * A return resaved by an office suite is the same return (issue 10.7). Clean and filled returns of every plan, for
 * each reporting year of its period, go through LibreOffice in one batch (`soffice --convert-to xlsx`, which
 * loads, recalculates and saves, rewriting number literals to 15 significant digits as Excel and WPS do); one
 * filled return per plan also through an open-edit-save by a Basic macro (an entry typed again, recalculated, saved). Each
 * comes back with no structure finding — no formula_replaced, no printed_value_changed, no forged cached result,
 * since LibreOffice's own results must equal the core's — and with the same findings and statuses as before.
 * Cost (decision 0111): 124 conversions and 12 open-edit-saves took 1 min 17 s user + 41 s sys CPU, LibreOffice
 * included (`time npx jest tests/libreoffice/roundTrip.test.ts --maxWorkers=1`); 9 min wall on the 2-core machine
 * at load 16, about 2 min idle. Small beside CI's 20 minutes, so every plan and every year stays in the sample.
 * With the 12 open-edit-saves in one soffice run (decision 0205): about 60 s of CPU (BENCHMARKS.md).
 * A plan the county reports only towards another region's total (a provincial plan: every row 仅监测, every formula
 * that one literal) prints the same form in each year, one column of actuals more: its first and last years go
 * through LibreOffice, not the three between (decision 0252: 54 conversions of 124 that caught nothing the kept ones
 * did not, under the mutations listed there).
 * A suite of tests/libreoffice/recomputed.test.ts (decision 0280): its returns are queued for that file's one
 * conversion run and its open-edit-saves for its one macro run; both read back once the two have run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkFile, type FileResult } from '../../../src/cli/commands/check';
import { reportingScope, type PlanCatalog } from '../../../src/core/catalog';
import { placeA1 } from '../../../src/core/form';
import { sampleReturn } from '../../../src/cli/sampleReturns';
import { templateWorkbookLayout } from '../../../src/core/documents';
import { readReturnSheets } from '../../../src/xlsx/readReturnWorkbook';
import { loadWorkbook } from '../../../src/xlsx/loadWorkbook';
import { workbookBytes } from '../../../src/xlsx/renderWorkbook';
import { openEditSaveLater, type EditJob } from '../../support/libreoffice/openEditSave';
import { realCatalog } from '../../support/catalog';
import { convertLater } from '../../support/soffice';

/** A county reports provincial plans; a regional plan is reported by its own region. */
const SHANGYU = { name: '绍兴市上虞区', code: '330604' };
const regionOf = (plan: PlanCatalog) => (plan.plan.level === 'province' ? SHANGYU : plan.plan.region);

/** No row of the plan is judged in the region's return: each status is 仅监测 whatever is typed, in every year. */
const judgesNothing = (plan: PlanCatalog) => plan.indicators.every((indicator) => reportingScope(indicator, plan, regionOf(plan).code).mode !== 'own');

/** The reporting years whose returns go through LibreOffice: every year of a judged plan, else the first and the last. */
function convertedYears(plan: PlanCatalog): number[] {
  const { start, end } = plan.plan.period;
  const every = Array.from({ length: end - start + 1 }, (_, i) => start + i);
  return judgesNothing(plan) ? [start, end] : every;
}

/** The filled return opened, edited and saved: the mid-period year's. */
const editedYear = (plan: PlanCatalog) => Math.ceil((plan.plan.period.start + plan.plan.period.end) / 2);

interface RoundTrip {
  name: string;
  before: FileResult;
  after: FileResult;
}

let dir: string;
const trips: RoundTrip[] = [];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-roundtrip-'));
  const loaded = realCatalog();
  const inputs: string[] = [];
  const filledReturn = async (plan: PlanCatalog, year: number) => {
    const file = path.join(dir, `${plan.plan.id}_${year}_filled.xlsx`);
    if (!fs.existsSync(file)) fs.writeFileSync(file, await sampleReturn({ region: regionOf(plan), plans: [plan], loaded, reportingYear: year, seed: year }));
    return file;
  };
  for (const plan of loaded.catalog.plans) {
    for (const year of convertedYears(plan)) {
      const clean = path.join(dir, `${plan.plan.id}_${year}_clean.xlsx`);
      fs.writeFileSync(clean, await workbookBytes(templateWorkbookLayout({ plans: [plan], region: regionOf(plan), reportingYear: year, merge: false, catalogVersion: loaded.version })));
      inputs.push(clean, await filledReturn(plan, year));
    }
  }
  let converted: string[] = [];
  convertLater(inputs, (outputs) => {
    converted = outputs;
  });
  const jobs: EditJob[] = [];
  // Opening a file is slow (seconds each on a shared machine): one filled return per plan, its mid-period year.
  for (const plan of loaded.catalog.plans) {
    const input = await filledReturn(plan, editedYear(plan));
    const opened = await loadWorkbook(fs.readFileSync(input));
    if (!opened.ok) throw new Error(opened.detail);
    const [sheet] = readReturnSheets(opened.workbook);
    const year = sheet?.metadata?.reportingYear ?? 0;
    const cell = sheet?.rows.find((row) => row.indicatorId !== null && row.actuals[year] !== undefined)?.actuals[year]?.address;
    if (sheet === undefined || cell === undefined) throw new Error(`nothing to edit in ${input}`);
    const sheetIndex = opened.workbook.worksheets.findIndex((worksheet) => worksheet.name === sheet.sheet);
    jobs.push({ input, output: path.join(dir, 'edited', path.basename(input)), sheetIndex, cell });
  }
  fs.mkdirSync(path.join(dir, 'edited'));
  // Read back after the macro run, which follows the conversion run.
  openEditSaveLater(jobs, async () => {
    // Each input is checked once: an edited file's "before" is its input's (the same name and bytes).
    const checkedBefore = new Map<string, FileResult>();
    for (const [i, input] of inputs.entries()) {
      const name = path.basename(input);
      const before = await checkFile(name, fs.readFileSync(input), loaded);
      checkedBefore.set(input, before);
      const after = await checkFile(name, fs.readFileSync(converted[i] as string), loaded);
      trips.push({ name, before, after });
    }
    for (const job of jobs) {
      const name = path.basename(job.input);
      const before = checkedBefore.get(job.input) ?? await checkFile(name, fs.readFileSync(job.input), loaded);
      const after = await checkFile(name, fs.readFileSync(job.output), loaded);
      trips.push({ name: `${name} (opened, edited, saved)`, before, after });
    }
  });
}, 900_000);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const findings = (result: FileResult) => result.sheets.flatMap((sheet) => sheet.findings);
const brief = (result: FileResult) => findings(result).map((finding) => `${finding.sheet}!${(finding.ref === null ? '' : placeA1(finding.ref))} ${finding.code}`);

describe('a return resaved by LibreOffice is the same return', () => {
  it('round-trips a clean and a filled return of every plan, for each reporting year of a judged plan and two of one judged nowhere, and opens-edits-saves a filled one per plan', () => {
    const loaded = realCatalog();
    // Clean and filled converted for each converted year; one filled return per plan opened, edited and saved.
    const expected = loaded.catalog.plans.reduce((sum, plan) => sum + 2 * convertedYears(plan).length + 1, 0);
    expect(trips).toHaveLength(expected);
    expect(trips.every((trip) => trip.after.problem === null && trip.after.sheets.length === trip.before.sheets.length)).toBe(true);
    // Both kinds of plan are in the sample: three judged in every year, the provincial ones in two.
    expect(loaded.catalog.plans.filter(judgesNothing).length).toBeGreaterThan(0);
    expect(loaded.catalog.plans.filter((plan) => !judgesNothing(plan)).length).toBeGreaterThanOrEqual(3);
  });

  it('writes no formula but the 仅监测 literal into any year’s form of a plan judged nowhere (why two of its years stand for all)', () => {
    const loaded = realCatalog();
    for (const plan of loaded.catalog.plans.filter(judgesNothing)) {
      for (let year = plan.plan.period.start; year <= plan.plan.period.end; year++) {
        const layout = templateWorkbookLayout({ plans: [plan], region: regionOf(plan), reportingYear: year, merge: false, catalogVersion: loaded.version });
        const formulas = layout.sheets.flatMap((sheet) => sheet.cells.flatMap((cell) => (cell.value.kind === 'formula' ? [cell.value.formula] : [])));
        expect([plan.plan.id, year, formulas.length > 0, formulas.filter((formula) => formula !== '"仅监测"')]).toEqual([plan.plan.id, year, true, []]);
      }
    }
  });

  it('gives no structure finding after LibreOffice saved the return', () => {
    const structural = trips.flatMap((trip) => findings(trip.after).filter((finding) => finding.ruleId === 'structure').map((finding) => (
      `${trip.name} ${(finding.ref === null ? '' : placeA1(finding.ref))} ${finding.code} ${finding.value ?? ''} | ${finding.expected ?? ''}`)));
    expect(structural).toEqual([]);
  });

  it('gives the same findings and the same verdict before and after the save', () => {
    const changed = trips.filter((trip) => brief(trip.before).join('\n') !== brief(trip.after).join('\n') || trip.before.status !== trip.after.status);
    expect(changed.map((trip) => ({ name: trip.name, before: brief(trip.before), after: brief(trip.after) }))).toEqual([]);
  });
});
