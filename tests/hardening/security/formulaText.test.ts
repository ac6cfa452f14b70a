/**
 * Text that looks like a formula (= + - @, and the full-width ＝＋－ that Chinese input methods type) is data, never
 * code: in a catalog's names, categories, notes and printed values, in a region's name, in a table imported from a
 * pasted document, in what people type as values and 说明, and in the findings quoted back. Read from the written
 * XML: every such text is stored as a string in a cell without <f>, and no formula of any cell, conditional
 * format or validation contains any of it (a name inside a generated formula could break out of its quotes).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Indicator, PlanCatalog } from '../../../src/core/catalog';
import { loadPlanFile } from '../../../src/core/catalog';
import { importToCatalogYaml, recogniseIndicatorTable } from '../../../src/core/import';
import { annexLayouts, completionTableLayout, templateWorkbookLayout } from '../../../src/core/documents';
import { checkCommand } from '../../../src/cli/commands/check';
import type { CommandIo } from '../../../src/cli/io';
import { fillReturn } from '../../../src/xlsx/fillReturn';
import { regenerateReturn } from '../../../src/xlsx/regenerateReturn';
import { sheetsBytes, workbookBytes } from '../../../src/xlsx/renderWorkbook';
import { filledReturn, formsOf, planOf, realCatalog, YUECHENG, type Form } from '../../support/hardening/damagedReturns';
import { readXlsxXml, type XlsxXml } from '../../support/hardening/xlsxXml';

/** Each carries a marker (PWN<n>) so that it can be found wherever it ends up; the quotes try to break out of a formula's string. */
const PAYLOADS = [
  '=HYPERLINK("https://example.invalid/PWN0","点击查看")',
  '+SUM(1,1)&"PWN1"',
  '-2+3&"PWN2"',
  '@SUM(1)&"PWN3"',
  '＝1+1&"PWN4"',
  '＋1&"PWN5"',
  '－1&"PWN6"',
  "=cmd|' /C calc'!A0&\"PWN7\"",
  '=1+1")&HYPERLINK("https://example.invalid/PWN8',
];
const FORMULA_LIKE = /^[=+\-@＝＋－]/u;

/** No formula anywhere holds a payload; every payload that was written is a string; no formula-like string cell has <f>. */
function expectTextOnly(xml: XlsxXml, written: readonly string[]): void {
  expect(xml.formulas.filter((formula) => /PWN\d/u.test(formula.text))).toEqual([]);
  for (const payload of written) expect([payload, xml.texts.some((text) => text.includes(payload))]).toEqual([payload, true]);
  const formulaLikeCells = xml.cells.filter((cell) => cell.text !== null && FORMULA_LIKE.test(cell.text));
  expect(formulaLikeCells.filter((cell) => cell.formula !== null)).toEqual([]);
}

/** 越城's plan with payloads for a title, names, categories, responsible departments, a printed value and a table note. */
function hostilePlan(): PlanCatalog {
  const plan = planOf(YUECHENG);
  const pick = (i: number) => PAYLOADS[i % PAYLOADS.length] as string;
  const indicators = plan.indicators.map((indicator, i): Indicator => {
    if (i >= PAYLOADS.length) return indicator;
    const values = indicator.values.map((value, v) => (v === 0 && i === 1 ? { ...value, raw: pick(i + 1) } : value));
    return { ...indicator, name: pick(i), category: pick(i + 2), responsible: pick(i + 3), values };
  });
  const tables = plan.plan.tables.map((table, t) => (t === 0 ? { ...table, notes: [...table.notes, { text: pick(5), line: table.line }] } : table));
  return { ...plan, plan: { ...plan.plan, title: pick(0), tables }, indicators };
}

describe('the XML scan', () => {
  it('sees a formula holding a payload, and a formula-like text stored as a formula, so that the tests below can fail', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('S');
    sheet.getCell('A1').value = { formula: 'HYPERLINK("https://example.invalid/PWN0")' } as ExcelJS.CellFormulaValue;
    sheet.getCell('A2').value = '=1+1';
    const xml = await readXlsxXml(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(() => expectTextOnly(xml, [])).toThrow();
    expect(xml.cells.find((cell) => cell.address === 'A2')).toMatchObject({ text: '=1+1', formula: null });
  });
});

describe('the xlsx renderer writes formula-like catalog text as text', () => {
  it('in the reporting workbook: cover, reporting sheet, _meta; a region named like a formula too', async () => {
    const plan = hostilePlan();
    const layout = templateWorkbookLayout({ plans: [plan], region: { name: PAYLOADS[7] as string, code: '330602' }, reportingYear: 2025, merge: false, catalogVersion: 'c-hostile' });
    expectTextOnly(await readXlsxXml(await workbookBytes(layout)), PAYLOADS);
  });

  it('in the annex and completion tables', async () => {
    const plan = hostilePlan();
    const annex = annexLayouts(plan);
    const sheets = [...annex, completionTableLayout({ catalog: plan, targetYear: 2025, actuals: {} }, { takenNames: new Set(annex.map((sheet) => sheet.name)) })];
    expectTextOnly(await readXlsxXml(await sheetsBytes(sheets)), PAYLOADS.slice(0, 7));
  });

  it('in a table imported from a pasted document, through the catalog file it becomes', async () => {
    const cells = [
      ['序号', '指标名称', '2020年', '2025年', '备注'],
      ...PAYLOADS.map((payload, i) => [String(i + 1), `${payload}（家）`, String(100 + i), String(200 + i), payload]),
    ];
    const result = recogniseIndicatorTable({ cells, planTitle: PAYLOADS[0] as string, region: { name: '越城区', code: '330602' }, level: 'district' });
    const yaml = importToCatalogYaml(result, { id: 'import-hostile', workbook: '规划指标.xlsx#Sheet1' });
    const loaded = loadPlanFile('import-hostile.yaml', yaml);
    expect(loaded.problems.filter((problem) => problem.code === 'catalog.syntax' || problem.code === 'catalog.schema')).toEqual([]);
    const plan = loaded.catalog;
    if (plan === undefined) throw new Error(JSON.stringify(loaded.problems));
    expect(plan.indicators.map((indicator) => indicator.name)).toEqual(PAYLOADS);
    const layout = templateWorkbookLayout({ plans: [plan], region: { name: '越城区', code: '330602' }, reportingYear: 2025, merge: false, catalogVersion: 'c-import' });
    expectTextOnly(await readXlsxXml(await workbookBytes(layout)), PAYLOADS);
  });
});

describe('what people type stays text through fill, check, annotate and regenerate', () => {
  let form: Form;
  let typed: Uint8Array;
  const rows = () => form.rowIds.slice(0, PAYLOADS.length);

  beforeAll(async () => {
    [form] = formsOf(false) as [Form];
    typed = await fillReturn(
      await filledReturn(false),
      rows().map((rowId, i) => ({ rowId, year: 2025, value: PAYLOADS[i] as string })),
      rows().map((rowId, i) => ({ rowId, text: PAYLOADS[(i + 1) % PAYLOADS.length] as string })),
    );
  });

  it('fillReturn types values and 说明 as strings', async () => {
    const xml = await readXlsxXml(typed);
    expectTextOnly(xml, PAYLOADS);
    for (const [i, rowId] of rows().entries()) {
      const cell = xml.cells.find((candidate) => candidate.address === form.actual(rowId, 2025) && candidate.part.endsWith('sheet2.xml'));
      expect(cell).toMatchObject({ text: PAYLOADS[i], formula: null });
    }
  });

  it('checked with --annotate and --report: the annotated copy and the report quote them as text', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'formula-text-'));
    const file = path.join(dir, `${PAYLOADS[0]?.slice(0, 12).replace(/[/\\:*?"<>|]/gu, '_')}.xlsx`);
    fs.writeFileSync(file, typed);
    const io: CommandIo = { stdout: () => undefined, stderr: () => undefined, readStdin: async () => '', isTty: false, cwd: dir };
    const status = await checkCommand([dir, '--annotate', '--report', path.join(dir, 'report.xlsx')], io);
    expect(status).toBe(2);
    const annotated = fs.readdirSync(dir).find((name) => name.endsWith('.批注.xlsx'));
    expect(annotated).toBeDefined();
    expectTextOnly(await readXlsxXml(new Uint8Array(fs.readFileSync(path.join(dir, annotated ?? '')))), PAYLOADS);
    const report = await readXlsxXml(new Uint8Array(fs.readFileSync(path.join(dir, 'report.xlsx'))));
    expectTextOnly(report, PAYLOADS.filter((_payload, i) => i < rows().length));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('regenerateReturn carries them as strings', async () => {
    const result = await regenerateReturn(typed, realCatalog());
    expect(result.notCarried).toEqual([]);
    expectTextOnly(await readXlsxXml(result.bytes), PAYLOADS);
  });
});
