import path from 'node:path';
import type { PlanLevel } from '../../core/catalog';
import { renderFinding, translate, type Locale } from '../../core/i18n';
import { ImportCatalogError, importConceptsYaml, importResultJson, importToCatalogYaml, recogniseIndicatorTable, type ImportJson, type ImportPlan, type ImportResult } from '../../core/import';
import { findRegion } from '../../core/regions';
import { localeOption, parseCommandArgs, UsageError, yearOption } from '../args';
import { loadCatalogFiles } from '../catalogFiles';
import { readSourceTables, type SourceTable } from '../importSources';
import { EXIT, type CommandIo } from '../io';
import { refuseOutputsOnInputs, writeShown } from '../outputs';
import { inputSet } from '../safeWrite';

const USAGE = `用法 Usage:
  plan-indicators import <file|-> [--format text|html|docx|xlsx] [--year-for-undated YYYY] [--table N] [--lang zh-CN|en-US] --json
  plan-indicators import <file|-> --id <plan-id> --region <名称或代码> --level national|province|city|county|district [--title 标题] [--table N] [--lang zh-CN|en-US] [--force] -o plan.yaml

读取规划文件中的指标表（粘贴的文本、网页/Word 剪贴板 HTML、.docx、.xlsx）。--json 每张表打印一个 JSON 对象；
否则写出 catalog lint 接受的目录 YAML（不写在输入文件上，不经由符号链接写入；已存在的文件只有加 --force 才替换）。
Reads the indicator tables of a plan document; --json prints one JSON object per table, otherwise writes a catalog
YAML file that \`catalog lint\` accepts (never over the input, never through a link; an existing file only with
--force). --table N：文档有多张指标表时取第 N 张（默认第 1 张） the Nth indicator table of the document (the first by
default). --lang：问题说明的语言 the language of the problems' messages (zh-CN by default).
`;

const LEVELS: readonly PlanLevel[] = ['national', 'province', 'city', 'county', 'district'];

function recognised(tables: readonly SourceTable[], yearForUndated: number | undefined): Array<{ where: string; result: ImportResult }> {
  const concepts = loadCatalogFiles().catalog.concepts;
  return tables.map((table) => ({
    where: table.where,
    result: recogniseIndicatorTable({ cells: table.cells, concepts, ...(yearForUndated === undefined ? {} : { yearForUndated }) }),
  }));
}

/** `import <file|->`: the indicator tables of a plan document, as JSON or as a catalog file. */
export async function importCommand(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: 'string' },
    'year-for-undated': { type: 'string' },
    json: { type: 'boolean' },
    output: { type: 'string', short: 'o' },
    id: { type: 'string' },
    title: { type: 'string' },
    region: { type: 'string' },
    level: { type: 'string' },
    lang: { type: 'string' },
    force: { type: 'boolean' },
    table: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help === true) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const locale: Locale = localeOption(values.lang);
  const [file] = positionals;
  if (file === undefined || positionals.length > 1) throw new UsageError('cli.import.one_file', {}, USAGE);
  const yearForUndated = values['year-for-undated'] === undefined ? undefined : yearOption(values['year-for-undated'], '--year-for-undated');
  // The catalog file and its concepts file never land on the document read (checked before it is read).
  const inputs = file === '-' ? new Set<string>() : inputSet([path.resolve(io.cwd, file)]);
  if (values.json !== true && values.output !== undefined) {
    refuseOutputsOnInputs({ '-o': values.output, concepts: conceptsFileOf(values.output, outputId(values)) }, inputs, io.cwd, io.outputFs);
  }
  const tableNumber = values.table === undefined ? undefined : tableOption(values.table);
  const tables = recognised(await readSourceTables(file, values.format, io), yearForUndated);
  const indicatorTables = tables.filter(({ result }) => result.header !== undefined);
  if (tableNumber !== undefined && tableNumber > indicatorTables.length) {
    throw new UsageError('cli.import.table_out_of_range', { table: tableNumber, count: indicatorTables.length });
  }
  // --table N: that table alone, as if the document held no other.
  const found = tableNumber === undefined ? indicatorTables : indicatorTables.slice(tableNumber - 1, tableNumber);
  if (values.json === true) {
    for (const { result } of found.length > 0 ? found : tables.slice(0, 1)) io.stdout(`${JSON.stringify(importResultJson(result, locale))}\n`);
    if (tables.length === 0) {
      const none: ImportJson = { caption: null, notes: [], indicators: [], problems: [{ code: 'import.no_header', cell: null, message: translate(locale, 'cli.import.no_table') }] };
      io.stdout(`${JSON.stringify(none)}\n`);
    }
    return found.length === 0 ? EXIT.errors : found.some(({ result }) => result.problems.length > 0) ? EXIT.warnings : EXIT.ok;
  }
  const source = file === '-' ? 'stdin' : path.basename(file);
  const where = found[0]?.where ?? source;
  return writeYaml(found.map(({ result }) => result), { ...values, source: where === source ? source : `${source}#${where}`, inputs }, io, locale);
}

/** --table N: a table's number, counted from 1 among the document's indicator tables. */
function tableOption(value: string): number {
  const number = /^[0-9０-９]+$/.test(value.trim()) ? Number(value.trim().replace(/[０-９]/g, (digit) => String(digit.charCodeAt(0) - 0xff10))) : NaN;
  if (!Number.isInteger(number) || number < 1) throw new UsageError('cli.import.table_invalid', { value });
  return number;
}

/** The plan id: --id, else the output's name. */
function outputId(values: { output?: string; id?: string }): string {
  return values.id ?? path.basename(values.output ?? '', path.extname(values.output ?? ''));
}

/** The concepts file written beside the plan file. */
function conceptsFileOf(output: string, id: string): string {
  return path.join(path.dirname(output), `concepts-${id}.yaml`);
}

/** The catalog file, or the refusal of the writer as the command line's: what to pass, named by its option. */
function catalogYaml(result: ImportResult, plan: ImportPlan): string {
  try {
    return importToCatalogYaml(result, plan);
  } catch (error) {
    if (!(error instanceof ImportCatalogError)) throw error;
    switch (error.code) {
      case 'import.bad_plan_id':
        throw new UsageError('cli.import.bad_plan_id', { id: error.detail });
      case 'import.plan_incomplete':
        throw new UsageError(error.detail === 'region' ? 'cli.import.needs_region' : error.detail === 'level' ? 'cli.import.needs_level' : 'cli.import.needs_title');
      case 'import.period_unknown':
        throw new UsageError('cli.import.period_unknown');
      case 'import.nothing_to_write':
        throw new UsageError('cli.import.nothing_recognised');
    }
  }
}

async function writeYaml(
  results: readonly ImportResult[],
  values: { output?: string; id?: string; title?: string; region?: string; level?: string; force?: boolean; source: string; inputs: ReadonlySet<string> },
  io: CommandIo, locale: Locale,
): Promise<number> {
  const output = values.output;
  if (output === undefined) throw new UsageError('cli.import.no_output', {}, USAGE);
  const first = results[0];
  if (first === undefined) {
    io.stderr(`${translate(locale, 'cli.import.nothing_recognised')}\n`);
    return EXIT.errors;
  }
  const id = outputId(values);
  // A shipped plan's id: of two plans with one id the catalog loads the first and leaves the other out.
  const taken = loadCatalogFiles().catalog.plans.find((plan) => plan.plan.id === id);
  if (taken !== undefined) throw new UsageError('cli.import.plan_id_taken', { id, title: taken.plan.title });
  const region = values.region === undefined ? undefined : findRegion(values.region);
  if (values.region !== undefined && region === undefined) throw new UsageError('cli.import.unknown_region', { region: values.region });
  if (values.level !== undefined && !(LEVELS as readonly string[]).includes(values.level)) throw new UsageError('cli.import.level_invalid', { levels: LEVELS.join('|') });
  const text = catalogYaml(first, {
    id,
    workbook: values.source,
    ...(values.title === undefined ? {} : { title: values.title }),
    ...(region === undefined ? {} : { region: { name: region.name, code: region.code } }),
    ...(values.level === undefined ? {} : { level: values.level as PlanLevel }),
    locale,
  });
  const write = (file: string, bytes: string) => writeShown({ file: path.resolve(io.cwd, file), bytes, force: values.force ?? false, inputs: values.inputs }, io.cwd, locale, io.outputFs);
  const refused = write(output, text);
  if (refused !== null) {
    io.stderr(`${translate(locale, 'cli.write_problem', { problem: refused })}\n`);
    return EXIT.writeFailed;
  }
  if (first.indicators.some((indicator) => indicator.concept === undefined)) {
    // Indicators that meet no concept of the catalog get their own, in a concepts file beside the plan file.
    const conceptsFile = conceptsFileOf(output, id);
    const notWritten = write(conceptsFile, importConceptsYaml(first, { id }));
    if (notWritten !== null) {
      io.stderr(`${translate(locale, 'cli.write_problem', { problem: notWritten })}\n`);
      return EXIT.writeFailed;
    }
    io.stdout(`${translate(locale, 'cli.import.wrote_concepts', { file: conceptsFile })}\n`);
  }
  for (const problem of first.problems) io.stderr(`${translate(locale, 'cli.import.problem', { problem: renderFinding(problem, locale) })}\n`);
  io.stdout(`${translate(locale, 'cli.import.wrote', { file: output, count: first.indicators.length })}\n`);
  // A document's other tables are never dropped unsaid (two tables in one .docx: the file holds the first).
  const left = results.slice(1);
  if (left.length > 0) {
    const captions = left.map((result, index) => translate(locale, 'cli.import.table_numbered', { number: index + 2, caption: result.caption?.text ?? translate(locale, 'cli.import.table_untitled') })).join(translate(locale, 'cli.list_separator'));
    io.stderr(`${translate(locale, 'cli.import.tables_left', { count: left.length, captions })}\n`);
  }
  return first.problems.length > 0 || left.length > 0 ? EXIT.warnings : EXIT.ok;
}
