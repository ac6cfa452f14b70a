/**
 * One test per problem the hardening tests found, named after what broke. (The tampering cases that passed
 * unseen before — a target or the status formula edited, the region, year or plan changed on the sheet or in
 * _meta, a reporting sheet deleted — are tampering.test.ts's cases, each named after the damage.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readReturnBytes } from '../../src/cli/files';
import { readReturns } from '../../src/cli/readReturns';
import { loadCatalog, loadPlanFile, type LoadedCatalog } from '../../src/core/catalog';
import { checkAgainstCatalog } from '../../src/core/checks';
import { renderProblem } from '../../src/core/i18n';
import { parseNotation } from '../../src/core/notation';
import { readReturnWorkbook } from '../../src/xlsx/readReturnWorkbook';
import { regenerateReturn } from '../../src/xlsx/regenerateReturn';
import { keptSampleReturn } from '../support/keptSampleReturn';
import type { FileResult } from '../../src/cli/checkJob';
import { answerPartOf } from '../../src/core/attainment';
import { templateWorkbookLayout } from '../../src/core/documents';
import { checkBytes, edit, editMetadata, filledReturn, findingsOf, Form, formsOf, planOf, realCatalog } from '../support/hardening/damagedReturns';

const PLAN_FILE = fs.readFileSync(path.join(__dirname, '..', '..', 'catalog', 'yuecheng-2021-2025.yaml'), 'utf8');

describe('notation', () => {
  it('a number hundreds of digits long read as Infinity', () => {
    const result = parseNotation(`${'9'.repeat(400)}家`);
    expect(result).toEqual({ ok: false, error: { code: 'notation.unreadable', reason: 'malformed_number', raw: `${'9'.repeat(400)}家` } });
  });
});

describe('catalog loader', () => {
  it('a YAML alias without its anchor crashed the loader', () => {
    expect(loadPlanFile('p.yaml', 'plan:\n  id: x\nindicators: *missing\n').problems).toEqual([
      { file: 'p.yaml', path: '', line: 3, code: 'catalog.syntax', detail: expect.stringContaining('Unresolved alias'), reason: { code: 'catalog.reason.syntax.alias', params: { code: 'ALIAS' } } },
    ]);
  });

  it('a YAML file multiplying aliases (billion laughs) crashed the loader', () => {
    const rows = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const [from, to] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e']] as const) rows.push(`${to}: &${to} [${Array(10).fill(`*${from}`).join(', ')}]`);
    expect(loadPlanFile('bomb.yaml', rows.join('\n')).problems).toEqual([
      { file: 'bomb.yaml', path: '', line: 2, code: 'catalog.syntax', detail: expect.stringContaining('alias'), reason: { code: 'catalog.reason.syntax.alias', params: { code: 'ALIAS' } } },
    ]);
  });

  it('problems found across files (an unknown concept) named no line', () => {
    const concepts = fs.readFileSync(path.join(__dirname, '..', '..', 'catalog', 'concepts.yaml'), 'utf8');
    const text = PLAN_FILE.replace(/concept: rd_gdp_share\b/u, 'concept: no_such_concept');
    const { problems } = loadCatalog([{ file: 'concepts.yaml', text: concepts }, { file: 'p.yaml', text }]);
    const line = text.split('\n').findIndex((row) => row.includes('no_such_concept')) + 1;
    expect(problems).toEqual([expect.objectContaining({ file: 'p.yaml', path: '/indicators/0/concept', code: 'catalog.unknown_concept', line })]);
  });
});

describe('checks', () => {
  it('without _meta every row was reported as an unknown id, burying the one finding that matters', async () => {
    const [form] = formsOf(false) as [Form];
    const result = await checkBytes(await edit(await filledReturn(false), (_sheet, workbook) => workbook.removeWorksheet('_meta'), form.name));
    expect(findingsOf(result).map((finding) => finding.code)).toEqual(['structure.metadata_missing']);
  });

  it('a plan id edited in _meta went unseen when the return was made under another catalog version', async () => {
    const [form] = formsOf(false) as [Form];
    const bytes = await edit(await filledReturn(false), (_sheet, workbook) => editMetadata(workbook, 'planIds', () => ['keqiao-2021-2025']), form.name);
    const read = await readReturnWorkbook(bytes);
    if (!read.ok) throw new Error('unreadable');
    const newer: LoadedCatalog = { ...realCatalog(), version: 'c-newer' };
    const codes = read.sheets.flatMap((sheet) => checkAgainstCatalog(sheet, newer).report.findings.map((finding) => finding.code));
    expect(codes).toContain('structure.metadata_unreadable');
  });
});

describe('regenerate', () => {
  it('regenerating turned a TRUE and a date typed into the sheet into text', async () => {
    const [form] = formsOf(false) as [Form];
    const [first = '', second = ''] = form.rowIds;
    const bytes = await edit(await filledReturn(false), (sheet) => {
      sheet.getCell(form.actual(first, 2025)).value = true;
      const dated = sheet.getCell(form.actual(second, 2025));
      dated.value = new Date(Date.UTC(2025, 9, 15));
      dated.style = { ...dated.style, numFmt: 'm月d日' };
    }, form.name);
    const result = await regenerateReturn(bytes, realCatalog());
    const read = await readReturnWorkbook(result.bytes);
    if (!read.ok) throw new Error('unreadable');
    const rows = new Map(read.sheets[0]?.rows.map((row) => [row.indicatorId, row]));
    expect(rows.get(first)?.actuals[2025]?.value).toEqual({ type: 'boolean', value: true });
    expect(rows.get(second)?.actuals[2025]).toMatchObject({ value: { type: 'date', value: '2025-10-15T00:00:00.000Z' }, numberFormat: 'm月d日' });
  });
});

describe('command line', () => {
  it('a reporting sheet deleted from a workbook would have been consolidated as a region that reported nothing', async () => {
    const forms = formsOf(true);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deleted-sheet-'));
    const file = path.join(dir, '越城区.xlsx');
    fs.writeFileSync(file, await edit(await filledReturn(true), (_sheet, workbook) => workbook.removeWorksheet(workbook.getWorksheet(forms[1]?.name ?? '')?.id ?? -1), forms[0]?.name));
    const { read } = await readReturns([file], dir, 'zh-CN');
    expect(read.map((one) => one.sheets.map((sheet) => sheet.sheet))).toEqual([[forms[0]?.name]]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a file of some gigabytes gave ERR_FS_FILE_TOO_LARGE instead of saying it is too large', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'too-large-'));
    const file = path.join(dir, '备份.xlsx');
    fs.writeFileSync(file, '');
    fs.truncateSync(file, 3 * 1024 * 1024 * 1024);
    const read = readReturnBytes(file);
    expect(read).toMatchObject({ ok: false, problem: { code: 'file.too_large' } });
    expect(read.ok ? null : renderProblem(read.problem, 'zh-CN')).toMatch(/^文件大小为 3072 MB，超过允许的 50 MB/u);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('a qualitative target answered 否 once due (decision 0233)', () => {
  const COVERAGE = 'yuecheng-2021-2025.enterprise-rd-expenditure-coverage';
  const codesOf = async (bytes: Uint8Array) => findingsOf(await checkBytes(bytes)).map((finding) => finding.code);

  /** The coverage row answered 否, its status cell holding `formula` with `cached` as the program that saved it computed. */
  const answeredNo = async (formula: (current: string) => string, cached: string) => {
    const [form] = formsOf();
    if (form === undefined) throw new Error('no form');
    return edit(await filledReturn(), (sheet) => {
      sheet.getCell(form.actual(COVERAGE, 2025)).value = '否';
      const status = sheet.getCell(form.at(COVERAGE, form.map.columns.status));
      const current = (status.value as { formula: string }).formula;
      status.value = { formula: formula(current), result: cached } as never;
    }, form.name);
  };

  it('is 未达标 in the status formula the generator prints now', async () => {
    const [form] = formsOf();
    const status = form?.layout.cells.find((cell) => form !== undefined && cell.row === form.row(COVERAGE) && cell.col === form.map.columns.status)?.value;
    expect(status).toMatchObject({ kind: 'formula', formula: expect.stringContaining('"否","未达标"') });
    expect(await codesOf(await answeredNo((current) => current, '未达标'))).toEqual([]);
  });

  it('a form printed before, whose formula gives 滞后 there, is its generator’s own: neither replaced nor a forged cache', async () => {
    const prior = (current: string) => current.replace('"否","未达标"', '"否","滞后"');
    expect(await codesOf(await answeredNo(prior, '滞后'))).toEqual([]);
    // Anything else in that cell still is what it was: a replaced formula, or a cache that says done.
    expect(await codesOf(await answeredNo(prior, '已达标'))).toEqual(['structure.cached_result_forged']);
    expect(await codesOf(await answeredNo(() => '"已达标"', '已达标'))).toEqual(['structure.formula_replaced']);
  });
});

describe('a 零的突破 row filled with a count (decision 0270)', () => {
  const CHAIN = 'shengzhou-116x-2024-2030.chain-leader-enterprises';
  const region = { name: '嵊州市', code: '330683' };
  const plan = planOf('shengzhou-116x-2024-2030');
  const form = new Form(templateWorkbookLayout({ plans: [plan], region, reportingYear: 2025, merge: false, catalogVersion: realCatalog().version }).sheets[1]!);
  const sample = keptSampleReturn({ region, plans: [plan], loaded: realCatalog(), reportingYear: 2025, seed: 5 });
  const atRow = (result: FileResult) => findingsOf(result).filter((finding) => finding.ref !== null && finding.ref.row === form.row(CHAIN)).map((finding) => finding.code);

  /** 2 家 typed, the status cell holding `formula` with `cached` as the program that saved it computed. */
  const counted = async (formula: (current: string) => string, cached: string) => checkBytes(await edit(await sample, (sheet) => {
    sheet.getCell(form.actual(CHAIN, 2025)).value = 2;
    const status = sheet.getCell(form.at(CHAIN, form.map.columns.status));
    status.value = { formula: formula((status.value as { formula: string }).formula), result: cached } as never;
  }, form.name), '嵊州市-2025.xlsx');

  it('the status formula the generator prints now judges the count: 已达标, and the core agrees', async () => {
    const result = await counted((current) => current, '已达标');
    expect(atRow(result)).toEqual([]);
    expect(result.sheets[0]?.attainments.find((row) => row.rowId === CHAIN)?.status).toBe('met');
  });

  it('a form printed before, judging 是/否 only (its count 未填报), is its generator’s own: neither replaced nor a forged cache', async () => {
    const before = (current: string) => answerPartOf(current) ?? 'no count branch';
    expect(atRow(await counted(before, '未填报'))).toEqual([]);
    // What that formula cannot compute is still no 已达标 it may cache, and any other formula is still replaced.
    expect(atRow(await counted(before, '已达标'))).toEqual(['structure.cached_result_forged']);
    expect(atRow(await counted(() => '"已达标"', '已达标'))).toEqual(['structure.formula_replaced']);
  });
});
