import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { realCatalog } from '../../support/catalog';
import { sampleReturn } from '../../../src/cli/sampleReturns';
import { attainmentOf, SHEET_STATUS_LABELS } from '../../../src/core/attainment';
import { judgedIndicator, type PlanCatalog } from '../../../src/core/catalog';
import { sheetActuals } from '../../../src/core/consolidation';
import { readReturnSheets } from '../../../src/xlsx/readReturnWorkbook';
import { dataValidationsOf } from '../../../src/xlsx/renderSheet';
import { annotateWorkbook } from '../../../src/xlsx/annotateWorkbook';
import { Cells, checkSheet, edit, readOk, summary, template, YUECHENG, type Template } from '../../support/xlsx/filledReturns';
import { HIGHTECH, messyReturn } from '../../support/xlsx/messyReturn';
import { convertLater } from '../../support/soffice';

/**
 * A filled return opened and saved by LibreOffice Calc, the way a WPS or LibreOffice user's file comes back: its data
 * validations and conditional formats survive, and the formulas LibreOffice computes give the same 完成进度 and 状态
 * as the core — so the workbook colours itself correctly without the add-in.
 */
const loaded = realCatalog();
const planOf = (id: string) => loaded.catalog.plans.find((plan) => plan.plan.id === id) as PlanCatalog;

const CASES = [
  { name: '越城区 2023 (mid-period: on track / behind)', plans: ['yuecheng-2021-2025'], region: { name: '绍兴市越城区', code: '330602' }, year: 2023 },
  { name: '柯桥区 2025 (targets for 2025 and 2035)', plans: ['keqiao-2021-2025'], region: { name: '绍兴市柯桥区', code: '330603' }, year: 2025 },
  { name: '嵊州市 2026 (a/b targets, 其中 sub-row, blank rows)', plans: ['shengzhou-116x-2024-2030'], region: { name: '嵊州市', code: '330683' }, year: 2026 },
  { name: '上虞区 2024 against the provincial plan (contributions, relative targets)', plans: ['zj-hightech-industry-2021-2025'], region: { name: '绍兴市上虞区', code: '330604' }, year: 2024, higherLevelPlan: true },
];

let dir: string;
/** Each case's return as LibreOffice saved it, by case index. */
const saved: ExcelJS.Workbook[] = [];
/** 越城区's 2024 template, and two returns of it as LibreOffice saved them (the xlsx adapter's cases, below). */
let tpl: Template;
let typedOne: Uint8Array;
let messy: Uint8Array;

// Every return goes through one soffice run, shared with the other suites of recomputed.test.ts: a run that opens
// documents costs some 5 s of CPU before its first document (decisions 0221, 0252).
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-compute-'));
  const inputs: string[] = [];
  tpl = await template(YUECHENG, 2024);
  const at = new Cells(tpl);
  const adapterCases = {
    typedOne: await edit(tpl.bytes, (sheet) => {
      sheet.getCell(at.actual(HIGHTECH, 2024)).value = 480;
    }),
    messy: await messyReturn(tpl, at),
  };
  for (const [name, bytes] of Object.entries(adapterCases)) {
    fs.writeFileSync(path.join(dir, `${name}.xlsx`), bytes);
    inputs.push(path.join(dir, `${name}.xlsx`));
  }
  for (const [index, testCase] of CASES.entries()) {
    const bytes = await sampleReturn({ region: testCase.region, plans: testCase.plans.map(planOf), loaded, reportingYear: testCase.year, seed: 11 + index });
    const input = path.join(dir, `case${index}.xlsx`);
    fs.writeFileSync(input, bytes);
    inputs.push(input);
  }
  convertLater(inputs, async (outputs) => {
    const out = (name: string) => outputs[inputs.indexOf(path.join(dir, `${name}.xlsx`))] as string;
    for (const index of CASES.keys()) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(out(`case${index}`));
      saved[index] = workbook;
    }
    typedOne = new Uint8Array(fs.readFileSync(out('typedOne')));
    messy = new Uint8Array(fs.readFileSync(out('messy')));
  });
}, 360_000);
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function cached(cell: ExcelJS.Cell): unknown {
  const value = cell.value as unknown;
  return value !== null && typeof value === 'object' && 'result' in (value as object) ? (value as { result: unknown }).result : value;
}

describe.each(CASES.map((c, i) => [c.name, c, i] as const))('a return saved by LibreOffice: %s', (_name, testCase, index) => {
  let workbook: ExcelJS.Workbook;
  const plans = testCase.plans.map(planOf);

  beforeAll(() => {
    workbook = saved[index]!;
  });

  it('still reads as our return, every row found by id', () => {
    const sheets = readReturnSheets(workbook);
    expect(sheets).toHaveLength(1);
    expect(sheets[0]!.rows.map((row) => row.indicatorId)).toEqual(sheets[0]!.metadata!.rowIds);
  });

  // custom: a 零的突破 row's count or 是/否 (decision 0276).
  it('keeps a data validation that stops typing on every entry cell of the reporting year', () => {
    const [sheet] = readReturnSheets(workbook);
    const worksheet = workbook.getWorksheet(sheet!.sheet)!;
    const validations = dataValidationsOf(worksheet).model;
    const entryCells = sheet!.rows.flatMap((row) => (row.actuals[testCase.year] ? [row.actuals[testCase.year]!.address] : []));
    expect(entryCells.length).toBeGreaterThan(5);
    for (const address of entryCells) {
      const rule = validations[address];
      expect({ address, type: rule?.type, showErrorMessage: rule?.showErrorMessage }).toEqual({ address, type: expect.stringMatching(/decimal|whole|list|custom/u), showErrorMessage: true });
    }
  });

  it('keeps the conditional formats that colour rows by status', () => {
    const [sheet] = readReturnSheets(workbook);
    // ExcelJS reads conditional formats into `conditionalFormattings`, which its type declarations leave out.
    const formats = (workbook.getWorksheet(sheet!.sheet) as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    const formulas = formats.flatMap((format) => format.rules.flatMap((rule) => ('formulae' in rule ? (rule.formulae as string[] | undefined) ?? [] : [])));
    for (const label of ['已达标', '符合序时进度', '滞后', '倒退']) expect(formulas.join('\n')).toContain(label);
  });

  it('computes the same 状态 and 完成进度 as the core for every indicator row', () => {
    const [sheet] = readReturnSheets(workbook);
    const worksheet = workbook.getWorksheet(sheet!.sheet)!;
    const indicators = new Map(plans.flatMap((plan) => plan.indicators.map((indicator) => [indicator.id, indicator] as const)));
    const actuals = sheetActuals(sheet!, (id) => indicators.get(id.replace(/#.*$/u, '')));
    const header = sheet!.rows[0]!;
    const headerRow = Number(worksheet.getCell(header.explanation.address).row);
    let statusCol: number = 0;
    let completionCol: number = 0;
    worksheet.eachRow((row, number) => {
      if (number > headerRow) return;
      row.eachCell((cell, col) => {
        const text = String(cell.value ?? '').replace(/\s/gu, '');
        if (text === '状态') statusCol = col;
        if (text === '完成进度') completionCol = col;
      });
    });
    expect(statusCol).toBeGreaterThan(0);
    const compared: string[] = [];
    for (const row of sheet!.rows) {
      const id = row.indicatorId;
      if (id === null || id.includes('#')) continue;
      const catalogIndicator = indicators.get(id)!;
      const plan = plans.find((p) => p.plan.id === catalogIndicator.planId)!;
      // The one predicate the sheet's formulas judge through: a row of a higher level's plan is not judged by its targets.
      const judged = judgedIndicator(catalogIndicator, plan, testCase.region.code);
      const companion = actuals.get(`${id}#companion`)?.get(testCase.year);
      const expected = attainmentOf(judged, testCase.year, actuals.get(id) ?? new Map(), typeof companion === 'number' ? companion : null);
      const rowNumber = Number(worksheet.getCell(row.explanation.address).row);
      const status = cached(worksheet.getCell(rowNumber, statusCol));
      const completion = cached(worksheet.getCell(rowNumber, completionCol));
      expect({ id, status }).toEqual({ id, status: SHEET_STATUS_LABELS[expected.status] });
      if (expected.completion === null) expect({ id, completion: completion === '' ? null : completion ?? null }).toEqual({ id, completion: null });
      else expect({ id, completion: Math.round(Number(completion) * 1e6) / 1e6 }).toEqual({ id, completion: Math.round(expected.completion * 1e6) / 1e6 });
      compared.push(expected.status);
    }
    expect(compared.length).toBeGreaterThan(8);
    if (testCase.higherLevelPlan) {
      // A county reporting against the province's plan is judged by none of the province's targets: 仅监测 on every row.
      expect([...new Set(compared)]).toEqual(['monitoring']);
    } else {
      // The sample values give more than one colour, so the comparison is not of one label everywhere.
      expect(new Set(compared).size).toBeGreaterThan(1);
    }
  });
});

describe('the xlsx adapter on a return LibreOffice saved', () => {
  it('reads the same after LibreOffice saved the file (protection written as sheet="true", _meta merely hidden)', async () => {
    const sheets = await readOk(typedOne);
    expect(sheets).toHaveLength(1);
    const sheet = sheets[0]!;
    expect(sheet.observations).toEqual([]);
    expect(sheet.rows.map((row) => row.indicatorId)).toEqual(tpl.rowIds);
    expect(sheet.rows.find((row) => row.indicatorId === HIGHTECH)?.actuals[2024]?.value).toEqual({ type: 'number', value: 480 });
  });

  it('annotates it keeping its protection (sheet="true", which ExcelJS alone would drop)', async () => {
    const [sheet] = await readOk(messy);
    const report = checkSheet(sheet as NonNullable<typeof sheet>);
    const [again] = await readOk(await annotateWorkbook(messy, report.findings, 'zh-CN'));
    expect(again?.observations).toEqual([]);
    expect(summary(checkSheet(again as NonNullable<typeof again>))).toEqual(summary(report));
  });
});
