/**
 * The refusals and failures of every command come from the locale tables too (decision 0220). The English table is
 * swapped for its pseudo-localized form (each literal piece of each template wrapped in ⟦ ⟧) and each command is run
 * with --lang en-US into one refusal per kind of error: bad arguments, a missing or damaged file, a malformed catalog,
 * an import without a title, an output that would replace a file, and so on. Whatever is left outside the brackets
 * must be data: the files, options and values the command line was given, the codes and fields a problem names,
 * numbers and punctuation. The usage texts, shown after some refusals, are bilingual by design and taken out first.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { enUS, LOCALES, pseudoLocalize, type Locale, type LocaleTable } from '../../src/core/i18n';
import { helpText } from '../../src/cli/main';
import { docxBytes } from '../support/docx';
import { cli, type CliResult } from '../support/cli';
import { realCatalog } from '../support/catalog';

const PLAN = 'zj-hightech-industry-2021-2025';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-pseudo-refusals-'));
const tables = LOCALES as Record<Locale, LocaleTable>;
const english = tables['en-US'];

const TABLE = '指标\t2020年\t2025年\n研发投入（万元）\t1\t2\n';

beforeAll(async () => {
  fs.writeFileSync(path.join(dir, 'broken.xlsx'), 'not a workbook');
  fs.writeFileSync(path.join(dir, 'broken.docx'), 'not a document');
  fs.writeFileSync(path.join(dir, 'table.txt'), TABLE);
  fs.writeFileSync(path.join(dir, 'taken.xlsx'), 'a file that is there');
  fs.writeFileSync(path.join(dir, 'syntax.yaml'), 'plan:\n  id: x\n   bad: 1\n');
  fs.writeFileSync(path.join(dir, 'schema.yaml'), 'plan:\n  id: x\nfoo: 1\n');
  fs.writeFileSync(path.join(dir, 'plan.docx'), await docxBytes([{ table: [[{ text: '指标' }, { text: '2020年' }, { text: '2025年' }], [{ text: '研发投入（万元）' }, { text: '1' }, { text: '2' }]] }]));
  tables['en-US'] = pseudoLocalize(enUS);
});
afterAll(() => {
  tables['en-US'] = english;
  fs.rmSync(dir, { recursive: true, force: true });
});

/** What is left of `text` once the tables' wording and the data are taken out: words that escaped the tables. */
function escaped(text: string, data: readonly string[]): string {
  let rest = text.replace(/⟦[^⟧]*⟧/gu, ' ');
  for (const item of [...data].sort((a, b) => b.length - a.length)) rest = rest.split(item).join(' ');
  return rest.replace(/[-+]?\d[\d,.]*/gu, ' ').replace(/[^\p{L}]+/gu, ' ').trim();
}

const usages = new Map<string, string>();
async function usageOf(command: string): Promise<string> {
  if (!usages.has(command)) usages.set(command, (await cli([command, '--help'], { cwd: dir })).stdout);
  return usages.get(command) ?? '';
}

/** The command's output with its (bilingual) usage and the general help taken out, line by line. */
async function shownLines(command: string, result: CliResult): Promise<string[]> {
  const usage = command in REFUSALS && command !== 'main' ? await usageOf(command) : '';
  let text = `${result.stdout}\n${result.stderr}`;
  for (const bilingual of [usage, helpText()]) if (bilingual !== '') text = text.split(bilingual).join('\n');
  return text.split('\n').filter((line) => line.trim() !== '');
}

async function sheetNames(file: string | undefined): Promise<string[]> {
  if (file === undefined) return [];
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(dir, file));
  return workbook.worksheets.map((sheet) => sheet.name);
}

/** The catalog's plans, ids, titles and tables: a refusal lists the plans, an annex names its sheets. */
const CATALOG_DATA = [...new Set(realCatalog().catalog.plans.flatMap(({ plan }) => [plan.id, plan.title, ...plan.tables.map((table) => table.title)]))];

/** The options the commands take: data when a refusal names them. */
const FLAGS = ['--plan', '--region', '--year', '--from', '--output', '-o', '--title', '--level', '--format', '--jobs', '--report', '--json', '--returns', '--lang', '--bogus', '--id'];

interface Refusal {
  what: string;
  args: string[];
  /** Data the refusal may quote besides the arguments: file names, problem codes, schema fields. */
  data?: string[];
  input?: string;
  /** A workbook the command still writes (the refusal is of one input): its sheet names, which it lists, are data. */
  written?: string;
}

const REFUSALS: Record<string, Refusal[]> = {
  check: [
    { what: 'an unknown option', args: ['check', 'broken.xlsx', '--bogus'] },
    { what: 'no inputs', args: ['check'] },
    { what: 'a missing file', args: ['check', 'nothere.xlsx'] },
    { what: 'a wrong --jobs', args: ['check', 'broken.xlsx', '--jobs', 'x'] },
    { what: 'a damaged file', args: ['check', 'broken.xlsx'] },
    { what: 'an output on an input', args: ['check', 'broken.xlsx', '--report', 'broken.xlsx'], data: ['report'] },
    { what: 'two outputs on one file', args: ['check', 'broken.xlsx', '--report', 'out.xlsx', '--json', 'out.xlsx'], data: ['report', 'json'] },
  ],
  consolidate: [
    { what: 'no inputs', args: ['consolidate'] },
    { what: 'no -o', args: ['consolidate', 'broken.xlsx'] },
    { what: 'an output not .xlsx', args: ['consolidate', 'broken.xlsx', '-o', 'city.txt'] },
    { what: 'a missing file', args: ['consolidate', 'nothere.xlsx', '-o', 'city.xlsx'] },
    { what: 'an unknown plan', args: ['consolidate', 'broken.xlsx', '-o', 'city.xlsx', '--plan', 'nope-plan'] },
    { what: 'an output on an input', args: ['consolidate', 'broken.xlsx', '-o', 'broken.xlsx'], data: ['output'] },
  ],
  template: [
    { what: 'an option without its value', args: ['template', '--plan'] },
    { what: 'no --plan', args: ['template'] },
    { what: 'an unknown plan', args: ['template', '--plan', 'nope-plan', '--region', '330602', '--year', '2024', '-o', 'new.xlsx'] },
    { what: 'an unknown region', args: ['template', '--plan', PLAN, '--region', 'Atlantis', '--year', '2024', '-o', 'new.xlsx'] },
    { what: 'an unreadable year', args: ['template', '--plan', PLAN, '--region', '330602', '--year', '20x4', '-o', 'new.xlsx'] },
    { what: 'a year outside the plan', args: ['template', '--plan', PLAN, '--region', '330602', '--year', '2040', '-o', 'new.xlsx'] },
    { what: 'an output that exists', args: ['template', '--plan', PLAN, '--region', '330602', '--year', '2024', '-o', 'taken.xlsx'] },
    { what: 'a missing earlier return', args: ['template', '--from', 'nothere.xlsx', '--year', '2025', '-o', 'new.xlsx'] },
    { what: 'a damaged earlier return', args: ['template', '--from', 'broken.xlsx', '--year', '2025', '-o', 'new.xlsx'] },
  ],
  annex: [
    { what: 'no --plan', args: ['annex', '-o', 'annex.xlsx'] },
    { what: 'no -o', args: ['annex', '--plan', PLAN] },
    { what: 'a missing return', args: ['annex', '--plan', PLAN, '--returns', 'nothere.xlsx', '-o', 'annex.xlsx'] },
    { what: 'a damaged return', args: ['annex', '--plan', PLAN, '--returns', 'broken.xlsx', '-o', 'annex.xlsx'], written: 'annex.xlsx' },
    { what: 'an output that exists', args: ['annex', '--plan', PLAN, '-o', 'taken.xlsx'] },
  ],
  import: [
    { what: 'no file', args: ['import', '--json'] },
    { what: 'a missing file', args: ['import', 'nothere.txt', '--json'] },
    { what: 'a damaged workbook', args: ['import', 'broken.xlsx', '--json'] },
    { what: 'a damaged document', args: ['import', 'broken.docx', '--json'] },
    { what: 'a document on standard input', args: ['import', '-', '--format', 'docx', '--json'] },
    { what: 'an unknown format', args: ['import', 'table.txt', '--format', 'pdf', '--json'], data: ['text|html|docx|xlsx'] },
    { what: 'neither -o nor --json', args: ['import', 'table.txt'] },
    { what: 'no title', args: ['import', 'table.txt', '-o', 'plan.yaml'] },
    { what: 'no title (a .docx)', args: ['import', 'plan.docx', '-o', 'plan.yaml'] },
    { what: 'no region', args: ['import', 'table.txt', '--title', 'x', '-o', 'plan.yaml'] },
    { what: 'no level', args: ['import', 'table.txt', '--title', 'x', '--region', '330600', '-o', 'plan.yaml'] },
    { what: 'an unknown region', args: ['import', 'table.txt', '--region', 'Atlantis', '-o', 'plan.yaml'] },
    { what: 'a wrong level', args: ['import', 'table.txt', '--level', 'galaxy', '-o', 'plan.yaml'], data: ['national|province|city|county|district'] },
    { what: 'a plan id refused', args: ['import', 'table.txt', '--id', 'Bad Id', '--title', 'x', '-o', 'plan.yaml'] },
    { what: 'a wrong year', args: ['import', 'table.txt', '--json', '--year-for-undated', 'soon'], data: ['--year-for-undated'] },
  ],
  catalog: [
    { what: 'an unknown subcommand', args: ['catalog', 'frob'] },
    { what: 'show without a plan', args: ['catalog', 'show'] },
    { what: 'show an unknown plan', args: ['catalog', 'show', 'nope-plan'] },
    { what: 'export without --json', args: ['catalog', 'export'] },
    { what: 'lint a file that does not parse', args: ['catalog', 'lint', 'syntax.yaml'], data: ['catalog.syntax', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY'] },
    {
      what: 'lint a file against the schema', args: ['catalog', 'lint', 'schema.yaml'],
      data: ['catalog.schema', '/plan', 'indicators', 'title', 'region', 'level', 'period', 'seed', 'lines', 'foo'],
    },
    { what: 'lint a missing file', args: ['catalog', 'lint', 'nothere.yaml'], data: ['catalog.syntax'] },
    { what: 'lint a URL that is not https', args: ['catalog', 'lint', 'http://example.org/plan.yaml'], data: ['catalog.url_refused', 'http:'] },
  ],
  demo: [{ what: 'no -o', args: ['demo'] }],
  main: [{ what: 'an unknown command', args: ['frob'] }],
};

describe('--lang en-US with a pseudo-locale: no word of a refusal escapes the tables', () => {
  for (const [command, refusals] of Object.entries(REFUSALS)) {
    describe(command, () => {
      it.each(refusals.map((refusal) => [refusal.what, refusal] as const))('%s', async (_, refusal) => {
        const result = await cli([...refusal.args, '--lang', 'en-US'], { cwd: dir, ...(refusal.input === undefined ? {} : { input: refusal.input }) });
        expect(result.status).not.toBe(0);
        const lines = await shownLines(command, result);
        // Something was said, and from the tables.
        expect(lines.filter((line) => line.includes('⟦'))).not.toEqual([]);
        const data = [...refusal.args, ...FLAGS, ...(refusal.data ?? []), ...CATALOG_DATA, ...(await sheetNames(refusal.written)), dir];
        expect(lines.map((line) => [line, escaped(line, data)] as const).filter(([, rest]) => rest !== '')).toEqual([]);
      }, 60_000);
    });
  }
});

describe('template, which takes --lang for its refusals, words what it wrote in it too', () => {
  it('a new form, and next year’s form from it', async () => {
    const made = await cli(['template', '--plan', PLAN, '--region', '330602', '--year', '2024', '-o', 'made.xlsx', '--lang', 'en-US'], { cwd: dir });
    expect(made.status).toBe(0);
    const next = await cli(['template', '--from', 'made.xlsx', '--year', '2025', '-o', 'next.xlsx', '--lang', 'en-US'], { cwd: dir });
    expect(next.status).toBe(0);
    const data = ['made.xlsx', 'next.xlsx', ...CATALOG_DATA, ...(await sheetNames('made.xlsx')), ...(await sheetNames('next.xlsx'))];
    const lines = `${made.stdout}${made.stderr}${next.stdout}${next.stderr}`.split('\n').filter((line) => line !== '');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.filter((line) => !line.includes('⟦'))).toEqual([]);
    expect(lines.map((line) => [line, escaped(line, data)] as const).filter(([, rest]) => rest !== '')).toEqual([]);
  }, 60_000);
});

describe('a refusal is worded in the language asked, wherever --lang stands', () => {
  it('zh-CN by default, English with --lang en-US, even when the arguments themselves are refused', async () => {
    tables['en-US'] = english;
    try {
      expect((await cli(['import', 'table.txt', '-o', 'plan.yaml'], { cwd: dir })).stderr).toBe('目录文件需要规划的标题，表格中没有（没有表题）：请用 --title 给出。\n');
      expect((await cli(['import', '--lang', 'en-US', 'table.txt', '-o', 'plan.yaml'], { cwd: dir })).stderr)
        .toBe('The catalog file needs the plan’s title, which the table does not give (it has no caption): pass --title.\n');
      expect((await cli(['template', '--bogus', '--lang=en-US'], { cwd: dir })).stderr).toBe('Unknown option --bogus.\n');
      expect((await cli(['template', '--bogus'], { cwd: dir })).stderr).toBe('不认识的选项 --bogus。\n');
    } finally {
      tables['en-US'] = pseudoLocalize(enUS);
    }
  });
});
