/**
 * Every word the command line shows, and every word worded in the workbooks it writes, comes from the locale tables.
 * The English table is swapped for its pseudo-localized form (each literal piece of each template wrapped in ⟦ ⟧),
 * the commands run with --lang en-US, and whatever text is left outside the brackets must be data: the file names,
 * the catalog's names and figures, the regions, the values and params findings quote, numbers and punctuation. The
 * fixed labels of the generated sheets are the Chinese form's by design (src/core/form/labels.ts) and are allowed
 * as such; the text around them must still come from the tables.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { realCatalog } from '../support/catalog';
import { keptSampleReturn } from '../support/keptSampleReturn';
import type { MistakeKind } from '../../src/core/demo';
import * as FORM_LABELS from '../../src/core/form/labels';
import { enUS, LOCALES, pseudoLocalize, type Locale, type LocaleTable } from '../../src/core/i18n';
import { fullRegionName, ZHEJIANG } from '../../src/core/regions';
import { cli } from '../support/cli';

const loaded = realCatalog();
const PLAN = 'zj-hightech-industry-2021-2025';
const plan = loaded.catalog.plans.find((p) => p.plan.id === PLAN)!;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-pseudo-'));
const returns = path.join(dir, 'returns');
const out = path.join(dir, 'out');
const COUNTIES: Array<[string, string, MistakeKind[]]> = [
  ['绍兴市越城区', '330602', []],
  ['绍兴市柯桥区', '330603', ['explained_jump']],
  ['绍兴市上虞区', '330604', ['unit_slip']],
  ['绍兴市新昌县', '330624', ['text_in_number']],
];

const tables = LOCALES as Record<Locale, LocaleTable>;
const english = tables['en-US'];

beforeAll(async () => {
  fs.mkdirSync(returns, { recursive: true });
  for (const [index, [name, code, mistakes]] of COUNTIES.entries()) {
    const bytes = await keptSampleReturn({ region: { name, code }, plans: [plan], loaded, reportingYear: 2024, seed: 200 + index, mistakes });
    fs.writeFileSync(path.join(returns, `${name}.xlsx`), bytes);
  }
  fs.writeFileSync(path.join(returns, 'broken.xlsx'), 'not a workbook');
  tables['en-US'] = pseudoLocalize(enUS);
}, 120_000);
afterAll(() => {
  tables['en-US'] = english;
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Every string in a value, however deep: what the catalog and the findings hold is data. */
function stringsIn(value: unknown, into: Set<string>): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, into);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) stringsIn(item, into);
  return into;
}

const MARK = '\u0001';
const ANY = new Proxy({}, { get: (_, key) => (key === Symbol.toPrimitive ? () => MARK : MARK) });

/** The form's labels as whole-text patterns: fixed strings, and the label functions with any text for their arguments. */
function labelPatterns(): RegExp[] {
  const patterns: RegExp[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'function') {
      const filled = String((value as (...args: unknown[]) => unknown)(ANY, ANY, ANY));
      const escaped = filled.split(MARK).map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
      patterns.push(new RegExp(`^${escaped.join('.*')}$`, 'u'));
    } else if (typeof value === 'string') patterns.push(new RegExp(`^${value.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}$`, 'u'));
    else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) walk(item);
  };
  walk(FORM_LABELS);
  return patterns;
}

/** What is left of `text` once the tables' wording, the data and the allowed labels are taken out. */
function escaped(text: string, data: readonly string[], labels: readonly RegExp[] = []): string {
  if (labels.some((label) => label.test(text.trim()))) return '';
  // Cell addresses are data; a whole cell of one is a link into a return.
  let rest = text.replace(/⟦[^⟧]*⟧/gu, ' ').replace(/^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?$/u, ' ');
  for (const item of data) rest = rest.split(item).join(' ');
  // Numbers (with their signs, separators and exponents), marks and punctuation are not words.
  rest = rest.replace(/[-+]?\d[\d,.]*(e[-+]?\d+)?/gu, ' ').replace(/[^\p{L}]+/gu, ' ');
  return rest.trim();
}

function dataOf(extra: Iterable<string> = []): string[] {
  const data = stringsIn(plan, new Set<string>());
  for (const [name] of COUNTIES) data.add(name).add(`${name}.xlsx`);
  for (const item of extra) data.add(item);
  for (const region of ZHEJIANG) data.add(region.name).add(fullRegionName(region));
  // The commands run in `dir`: paths are shown relative to it.
  for (const folder of ['returns', 'out']) data.add(`${folder}${path.sep}`);
  data.add('broken.xlsx');
  // Longest first, so a name containing a shorter one goes whole; one-letter strings would hide any word, except
  // the units (家, 个, 人) that messages quote after a value.
  const units = new Set(plan.indicators.map((indicator) => indicator.unit));
  return [...data].filter((item) => item.trim().length > 1 || units.has(item)).sort((a, b) => b.length - a.length);
}

async function cellTexts(file: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const texts: string[] = [];
  for (const sheet of workbook.worksheets) {
    // A very hidden sheet is data for the tool (a consolidation's record, decision 0140), never shown to a person.
    if (sheet.state === 'veryHidden') continue;
    texts.push(sheet.name);
    sheet.eachRow((row) => row.eachCell((cell) => {
      // A merged text is broken into lines of its width (decision 0277): read as one text, as the labels are worded.
      if (cell.value !== null && cell.value !== undefined) texts.push(cell.text.replace(/\n/gu, ''));
      if (cell.note !== undefined) texts.push(typeof cell.note === 'string' ? cell.note : cell.note.texts?.map((t) => t.text).join('') ?? '');
    }));
  }
  return texts;
}

/** Each text with words outside the tables, the data and the labels, and those words. */
function escapes(texts: readonly string[], data: readonly string[], labels: readonly RegExp[] = []): string[] {
  return texts.map((text) => [text, escaped(text, data, labels)] as const).filter(([, rest]) => rest !== '').map(([text, rest]) => `${text} → ${rest}`);
}

describe('--lang en-US with a pseudo-locale: no word escapes the tables', () => {
  const findingData = new Set<string>();

  it('check: the lines, the summary, the written notices and the report', async () => {
    const report = path.join(out, 'report.xlsx');
    const json = path.join(out, 'result.json');
    const { stdout, stderr } = await cli(['check', returns, '--report', report, '--json', json, '--lang', 'en-US'], { cwd: dir });
    expect(stdout).toContain('⟦');
    const result = JSON.parse(fs.readFileSync(json, 'utf8')) as { files: Array<{ sheets: Array<{ findings: unknown[] }> }> };
    for (const file of result.files) for (const sheet of file.sheets) for (const finding of sheet.findings) {
      const { params, value, expected, explanation, sheet: sheetName } = finding as Record<string, unknown>;
      stringsIn([params, value, expected, explanation, sheetName], findingData);
    }
    const data = dataOf([...findingData, 'report.xlsx', 'result.json', 'report.xlsx', 'result.json']);
    // The JSON's messages are worded in --lang at the edge, from the tables like every other text.
    const messages = result.files.flatMap((file) => file.sheets.flatMap((sheet) => sheet.findings.map((finding) => (finding as { message: string }).message)));
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.filter((message) => !message.includes('⟦'))).toEqual([]);
    expect(escapes(messages, data)).toEqual([]);
    expect(escapes(stdout.split('\n'), data)).toEqual([]);
    expect(escapes(stderr.split('\n'), data)).toEqual([]);
    expect(escapes(await cellTexts(report), [...data, ...stringsIn(loaded.catalog.plans.map((p) => [p.plan.id, p.plan.title]), new Set())], labelPatterns())).toEqual([]);
  }, 120_000);

  it('consolidate: the findings, the notices and the city sheet', async () => {
    const output = path.join(out, 'city.xlsx');
    const { stdout, stderr } = await cli(['consolidate', returns, '--plan', PLAN, '--year', '2024', '--city', '330600', '-o', output, '--lang', 'en-US'], { cwd: dir });
    expect(stdout).toContain('⟦');
    const data = dataOf([...findingData, 'city.xlsx']);
    expect(escapes(stdout.split('\n'), data)).toEqual([]);
    expect(escapes(stderr.split('\n'), data)).toEqual([]);
    expect(escapes(await cellTexts(output), data, labelPatterns())).toEqual([]);
  }, 120_000);

  it('annex: the notices', async () => {
    const output = path.join(out, 'annex.xlsx');
    const { stdout, stderr } = await cli(['annex', '--plan', PLAN, '--returns', returns, '-o', output, '--lang', 'en-US'], { cwd: dir });
    expect(stdout).toContain('⟦');
    // The sheet names the notice lists are the annex's own (the plan's tables, a completion table per return).
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    const sheetNames = workbook.worksheets.map((sheet) => sheet.name);
    const data = dataOf([...sheetNames, 'annex.xlsx']);
    expect(escapes(stdout.split('\n'), data)).toEqual([]);
    expect(escapes(stderr.split('\n'), data)).toEqual([]);
  }, 120_000);

  it('demo: its steps, the lines of every command it runs and its 清单.txt', async () => {
    const folder = path.join(out, '演示');
    const { status, stdout, stderr } = await cli(['demo', '-o', folder, '--lang', 'en-US'], { cwd: dir });
    expect(status).toBe(0);
    expect(stdout).toContain('⟦');
    // The demo's folders and files keep their Chinese names (they are the sample counties' files); the annexes list
    // their sheets; the plans' titles and the indicators a revision names are the catalog's.
    const names = fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }).flatMap((name) => name.split(path.sep));
    const sheetNames: string[] = [];
    for (const name of fs.readdirSync(path.join(folder, '6-附表'))) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path.join(folder, '6-附表', name));
      sheetNames.push(...workbook.worksheets.map((sheet) => sheet.name));
    }
    // A revision names its cell (J27): data, as a sheet name is.
    const checkJson = fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.json'));
    const cells = checkJson.flatMap((name) => (JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')) as { previous?: { revisions: Array<{ cell: string }> } }).previous?.revisions.map((revision) => revision.cell) ?? []);
    expect(cells.length).toBeGreaterThan(0);
    const data = dataOf([path.basename(folder), ...names, ...sheetNames, ...cells, ...stringsIn(loaded.catalog.plans, new Set()), '*.批注.xlsx']);
    const readme = fs.readFileSync(path.join(folder, '清单.txt'), 'utf8');
    expect(readme).toContain('⟦');
    expect(escapes([...stdout.split('\n'), ...stderr.split('\n'), ...readme.split('\n')], data)).toEqual([]);
  }, 180_000);

  it('catalog list and catalog show of every plan: the headings, the lower levels, empty values, references and rules', async () => {
    // Everything the catalog holds is data: titles, names, units, raw values, notes, rules, the regions of references.
    // A unit of one character (件, 名) too: the table's unit column, and quoted after a value.
    const units = loaded.catalog.plans.flatMap((p) => p.indicators.map((indicator) => indicator.unit)).filter((unit) => unit.trim().length === 1);
    const data = [...dataOf(stringsIn(loaded.catalog.plans, new Set())), ...new Set(units)];
    const list = await cli(['catalog', 'list', '--lang', 'en-US'], { cwd: dir });
    expect(list.stdout).toContain('⟦');
    const shown = [list.stdout, list.stderr];
    for (const { plan: { id } } of loaded.catalog.plans) {
      const { status, stdout, stderr } = await cli(['catalog', 'show', id, '--lang', 'en-US'], { cwd: dir });
      expect(status).toBe(0);
      expect(stdout).toContain('⟦');
      shown.push(stdout, stderr);
    }
    // The plans shown have rows reported below (a province's plan), empty values (嵊州), references and 每年 goals.
    expect(shown.join('\n')).toMatch(/⟦\(empty\)⟧/u);
    expect(escapes(shown.flatMap((text) => text.split('\n')), data)).toEqual([]);
  });

  it('notation: --lang is not part of the text read', async () => {
    const { status, stdout } = await cli(['notation', '2.4（预计）', '--lang', 'en-US'], { cwd: dir });
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ kind: 'exact', value: 2.4, estimated: true, raw: '2.4（预计）' });
  });

  it('import: the problems of --json and the lines of a catalog file written', async () => {
    const table = '指标\t2020年\t2025年\t属性\n研发投入（万块）\t1\t2.4（预计\t指导性\n';
    // The cells' addresses the messages name are data too.
    const data = ['研发投入（万块）', '万块', '2.4（预计', '指导性', '2025年', 'concepts-plan.yaml', 'plan.yaml', 'A2', 'C2', 'D2'];
    const json = await cli(['import', '-', '--json', '--lang', 'en-US'], { cwd: dir, input: table });
    const messages = (JSON.parse(json.stdout) as { problems: Array<{ message: string }> }).problems.map((problem) => problem.message);
    expect(messages).toHaveLength(3);
    expect(messages.filter((message) => !message.includes('⟦'))).toEqual([]);
    expect(escapes(messages, data)).toEqual([]);
    const written = await cli(['import', '-', '--id', 'plan', '--region', '330600', '--level', 'city', '--title', 'x', '--lang', 'en-US', '-o', 'plan.yaml'], { cwd: dir, input: table });
    expect(written.stderr.split('\n').filter((line) => line !== '')).toHaveLength(3);
    expect(written.stdout).toContain('⟦');
    expect(escapes([...written.stdout.split('\n'), ...written.stderr.split('\n')], data)).toEqual([]);
  });
});
