import fs from 'node:fs';
import path from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { placeA1 } from '../../core/form';
import { renderFinding, renderProblem, translate, type Locale } from '../../core/i18n';
import { reportRevisions, type RevisionsJson } from '../checkRevisions';
import { batchReportLayouts, type BatchFileResult } from '../../core/reports';
import { sheetsBytes } from '../../xlsx';
import { inRegionOrder } from '../../core/regions';
import { localeOption, parseCommandArgs, UsageError } from '../args';
import { loadCatalogOrFail } from '../catalogContext';
import { ANNOTATED_SUFFIX, annotatedName, expandReturnFiles } from '../files';
import { annotatedCopiesOf, refuseOutputsOnAnnotatedCopies, refuseOutputsOnInputs, withoutOwnOutputs, writeShown } from '../outputs';
import { inputSet, type OutputContent } from '../safeWrite';
import { EXIT, type CommandIo } from '../io';
import { ProgressBar } from '../progress';
import { checkFiles } from '../checkPool';
import { exitStatusOf, type CheckJob, type CheckJobOptions, type FileResult } from '../checkJob';

export { checkFile, type FileResult, type SheetResult } from '../checkJob';
import { indicatorNamesById, ruleNames } from '../../core/checks';
import { terminalWidth } from '../textTable';
import { printable, shownPath } from '../shownPath';
import { alikeNotes, type AlikeNote } from '../alikeLines';
import { namedOtherNotes, type NamedOtherNote } from '../namedOtherLines';
import type { ReturnValues } from '../../core/consolidation';
import { monitoredBelowLines } from '../monitoredBelow';

export const CHECK_USAGE = `用法 Usage:
  plan-indicators check <文件或文件夹…> [--report 汇总.xlsx] [--json 结果.json] [--annotate] [--annotate-to 文件夹] [--force] [--lang en-US] [--jobs N]
                       [--previous <已接受报表的文件或文件夹>]

  校验报表（文件夹内的表格文件逐个校验），每个文件一行结论；--report 写出汇总工作簿（问题清单链接到每个单元格），
  --json 写出 JSON，--annotate 在原文件旁写出“*${ANNOTATED_SUFFIX}”副本（问题单元格加批注并标色），
  --annotate-to 文件夹：批注副本写到该文件夹（原文件所在位置只读时用），
  --previous 与往年已接受的报表比对：往年实绩与已接受值不同即为修订，列出两个数值，未在说明栏注明原因的按警告计。
  --jobs N 用 N 个线程并行校验（多核机器上更快，内存随之增加）。
  输出文件不会写在输入文件上，不经由符号链接写入；已存在的输出文件只有加 --force 才替换。
  只读取普通文件（命名管道、设备、套接字不读）；本工具写出的汇总、附表文件自动跳过。
  退出码取整批最差的结论：0 全部接受（✓）；1 有说明后接受的文件（△，警告均已说明）；2 有退回的文件（✗，有错误或未说明的警告）；
  3 有文件无法读取（!）；4 有输出文件未能写出；64 命令行有误。文件夹中的 .xls、.et、.ods 等表格文件逐一列出并说明原因；从报表另存的 .csv 列出并说明；其他 .csv、~$ 锁文件和 macOS 的 ._ 附属文件不是报表，不列出。

  Checks returns (files, or the spreadsheet files in folders), one line per file with its verdict; --report writes a
  workbook linking each finding to its cell, --json the findings as JSON, --annotate a copy beside each return with a
  note on each offending cell (--annotate-to <folder>: the copies into that folder, for returns on a read-only share); --previous compares the earlier years' values with the accepted returns (a revision
  nobody explained in 说明 is a warning); --jobs N checks N files at a time. Outputs never replace an input or follow
  a link; an existing one is replaced only with --force. --lang en-US: the lines and messages in English.
  Exit status, the worst of the batch: 0 all accepted; 1 accepted with explanations; 2 some returned (an error or
  an unexplained warning); 3 some unreadable; 4 an output not written; 64 the command line was wrong.
`;

const VERDICT_MARK: Record<FileResult['status'], string> = {
  accepted: '✓', accepted_with_explanations: '△', rejected: '✗', unreadable: '!', skipped: '–',
};

/**
 * The JSON form of a result (README, "check --json"): each finding keeps its `code`, `params` and typed `ref`, and
 * gains its A1 `address` ('J7', a row '7:7', or null) and its `message` worded in --lang, made here at the edge; a
 * file's `problem` is {code, message} likewise, and a row 仅监测 for a reason its `reasonMessage` beside the `reason` code.
 */
function jsonFileResult(result: FileResult, locale: Locale) {
  return {
    ...result,
    problem: result.problem === null ? null : { code: result.problem.code, message: renderProblem(result.problem, locale) },
    sheets: result.sheets.map((sheet) => ({
      ...sheet,
      // Object.assign, not `{ ...finding, address, message }`: a copy given fields its source lacks was, in Node 20's V8,
      // moved to the old generation, for every finding and row of every return (decision 0265). The same keys, in order.
      findings: sheet.findings.map((finding) => Object.assign({}, finding, { address: finding.ref === null ? null : placeA1(finding.ref), message: renderFinding(finding, locale) })),
      // A row 仅监测 for a reason says it in --lang beside the code, as a finding's message does.
      attainments: sheet.attainments.map((row) => (row.reason === undefined ? row : Object.assign({}, row, { reasonMessage: translate(locale, row.reason) }))),
    })),
  };
}

/**
 * What the batch keeps of a file until its line is printed: its region (lines, JSON and report go in GB/T 2260 order),
 * its printed lines, its verdict and exit status for the summary; its JSON, compact and encoded (UTF-8 bytes, outside
 * the JavaScript heap), when --json asks for it; the whole result only when --report needs its findings. A province's
 * results kept whole were most of what the check held at its peak, and V8 reserves several times what stays live
 * (decision 0185).
 */
interface KeptResult {
  region: string | null;
  /** Each sheet's reporting-year values, to find the same return twice or one county's copied into another's. */
  alike: ReturnValues[];
  /** The annotated copy asked for was not written (the reason is on the file's line). */
  copyNotWritten: boolean;
  printed: string;
  status: FileResult['status'];
  exitStatus: number;
  json: KeptJson | null;
  full: FileResult | null;
}

/** A file's part of the batch's JSON, deflated, and the length of its UTF-8 text. */
interface KeptJson {
  deflated: Uint8Array;
  length: number;
}

/**
 * A file's part of the batch's JSON kept until the batch's is written: indented as the batch nests it (two levels deep,
 * every line four spaces in; JSON text has no raw line breaks), as UTF-8 bytes deflated at zlib's fastest level. The
 * indented text compresses to about a tenth: 500 returns kept 15 MB of compact JSON at the check's peak (decision 0262),
 * and it is written as it was made, without the compact text parsed back. Kept as a copy of its own size: zlib's
 * output is a view into a buffer of 16 KB, four times a return's deflated part, and 500 of them held 8 MB for 2 MB
 * of JSON (decision 0265).
 */
function keptJson(result: FileResult, locale: Locale): KeptJson {
  const text = JSON.stringify(jsonFileResult(result, locale), null, 2).replaceAll('\n', '\n    ');
  return { deflated: new Uint8Array(deflateRawSync(text, { level: 1 })), length: Buffer.byteLength(text) };
}

/**
 * A kept file's part of the batch's JSON, as keptJson made it: UTF-8 bytes, written as they are. Inflated into one
 * buffer of its length and a byte (zlib's default is 16 KB pieces copied into one at the end): the batch's JSON is
 * written in one go, with no collection between its files, and every buffer made for it stays until V8 collects for
 * the memory outside its heap (decision 0265).
 */
function indentedJson(kept: KeptJson): Buffer {
  return inflateRawSync(kept.deflated, { chunkSize: Math.max(kept.length + 1, 64) });
}

/**
 * The batch's JSON, the text `JSON.stringify({ catalogVersion, files, previous?, exitStatus }, null, 2)` gives, written one file
 * at a time from each file's kept text: a province's batch as one string (and its UTF-8 copy) was the check's largest
 * allocation.
 */
function* jsonChunks(catalogVersion: string, kept: readonly KeptResult[], exitStatus: number, revisions: RevisionsJson | null, alike: ReadonlyArray<AlikeNote | NamedOtherNote>): Generator<string | Uint8Array> {
  // With --previous, the comparison with the accepted returns (the revision lines, as data).
  const previous = revisions === null ? '' : `,\n  "previous": ${JSON.stringify(revisions, null, 2).replaceAll('\n', '\n  ')}`;
  // One county's return given twice, two counties with the same values (the notes under the summary), when there are any.
  const sameReturns = alike.length === 0 ? '' : `,\n  "sameReturns": ${JSON.stringify(alike, null, 2).replaceAll('\n', '\n  ')}`;
  if (kept.length === 0) {
    yield `${JSON.stringify({ catalogVersion, files: [], ...(revisions === null ? {} : { previous: revisions }), exitStatus }, null, 2)}\n`;
    return;
  }
  yield `{\n  "catalogVersion": ${JSON.stringify(catalogVersion)},\n  "files": [\n`;
  for (const [index, result] of kept.entries()) {
    yield '    ';
    if (result.json !== null) yield indentedJson(result.json);
    yield `${index < kept.length - 1 ? ',' : ''}\n`;
  }
  yield `  ]${previous}${sameReturns},\n  "exitStatus": ${JSON.stringify(exitStatus)}\n}\n`;
}

/** The reporting-year values of each sheet of one plan (merged sheets are judged by concept rows, and left out). */
function valuesOf(result: FileResult, shown: string): ReturnValues[] {
  return result.sheets.flatMap(({ region, reportingYear, plans, attainments }) => (region === null || reportingYear === null || plans.length !== 1
    ? []
    : [{ source: shown, region, year: reportingYear, plan: plans[0] ?? '', values: new Map(attainments.map((row) => [row.rowId, row.value])) }]));
}

function line(result: FileResult, shownName: string, locale: Locale): string {
  const mark = VERDICT_MARK[result.status];
  const file = printable(shownName);
  const text = translate(locale, `cli.verdict.${result.status}`);
  const verdict = text + ' '.repeat(Math.max(0, (locale === 'zh-CN' ? 10 : 26) - terminalWidth(text)));
  if (result.problem) return translate(locale, 'cli.check.line.problem', { mark, verdict, file, problem: renderProblem(result.problem, locale) });
  const written = result.outputProblem === undefined ? '' : translate(locale, 'cli.check.line.output_problem', { problem: result.outputProblem });
  const errors = result.sheets.reduce((n, s) => n + s.errors, 0);
  const warnings = result.sheets.reduce((n, s) => n + s.warnings, 0);
  const unexplained = result.sheets.reduce((n, s) => n + s.unexplainedWarnings, 0);
  return translate(locale, 'cli.check.line', { mark, verdict, file, errors, warnings, unexplained, written: printable(written) });
}

export async function checkCommand(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    report: { type: 'string' }, json: { type: 'string' }, annotate: { type: 'boolean' }, 'annotate-to': { type: 'string' }, lang: { type: 'string' },
    jobs: { type: 'string', short: 'j' }, previous: { type: 'string', multiple: true }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(CHECK_USAGE);
    return EXIT.ok;
  }
  const locale: Locale = localeOption(values.lang);
  if (positionals.length === 0) throw new UsageError('cli.check.no_inputs', {}, CHECK_USAGE);
  const loaded = loadCatalogOrFail(io, locale);
  const files = await withoutOwnOutputs(expandReturnFiles(positionals, io.cwd), { report: values.report }, io.cwd);
  if (files.length === 0) throw new UsageError('cli.check.no_files');
  const inputs = inputSet(files);
  const force = values.force ?? false;
  // Before anything is read: a report or JSON named like an input would replace the evidence.
  refuseOutputsOnInputs({ report: values.report, json: values.json }, inputs, io.cwd, io.outputFs);
  // --annotate-to: the copies in a folder of the reviewer's choosing (the returns' own may be a read-only share).
  const annotateTo = values['annotate-to'] === undefined ? undefined : path.resolve(io.cwd, values['annotate-to']);
  if (annotateTo !== undefined && fs.existsSync(annotateTo) && !fs.statSync(annotateTo).isDirectory()) throw new UsageError('cli.check.annotate_to_not_folder', { folder: values['annotate-to'] ?? '' });
  const annotate = values.annotate === true || annotateTo !== undefined;
  const annotatedCopies = annotate ? annotatedCopiesOf(files, io.cwd, annotateTo) : new Map<string, string>();
  refuseOutputsOnAnnotatedCopies({ report: values.report, json: values.json }, annotatedCopies, io.cwd);

  const progress = new ProgressBar(io, files.length);
  const jobs: CheckJob[] = files.map((file) => {
    const first = annotatedCopies.get(path.resolve(annotatedName(file, annotateTo)));
    const shown = shownPath(file, io.cwd);
    return first === undefined || first === shown ? { file, shown } : { file, shown, annotatedClash: first };
  });
  // Each file's lines are made as it finishes and printed once all have: in GB/T 2260 order of their regions, as the
  // report lists them, whichever worker finished first (decision 0245). Meanwhile a terminal shows the progress bar.
  const finished = new Map<number, KeptResult>();
  const done = (index: number, result: FileResult) => {
    finished.set(index, {
      region: result.sheets[0]?.region ?? null,
      alike: valuesOf(result, jobs[index]?.shown ?? result.file),
      copyNotWritten: result.outputProblem !== undefined,
      printed: [line(result, jobs[index]?.shown ?? result.file, locale), ...monitoredBelowLines(result, loaded.catalog.plans, locale)].join('\n'),
      status: result.status, exitStatus: exitStatusOf(result),
      json: values.json === undefined ? null : keptJson(result, locale), full: values.report === undefined ? null : result,
    });
    progress.update(finished.size, jobs[index]?.shown ?? '');
  };
  const parallel = values.jobs === undefined ? 1 : Number(values.jobs);
  if (!Number.isInteger(parallel) || parallel < 1) throw new UsageError('cli.check.jobs_invalid', { value: values.jobs ?? '' });
  const jobOptions: CheckJobOptions = {
    locale, annotate, loaded, force, inputs: files, ...(annotateTo === undefined ? {} : { annotateTo }), ...(io.outputFs === undefined ? {} : { outputFs: io.outputFs }),
  };
  await checkFiles(jobs, jobOptions, parallel, done, io.checkWorker);
  progress.clear();
  const inFileOrder = jobs.flatMap((_, index) => finished.get(index) ?? []);
  const results = inRegionOrder(inFileOrder, (kept) => kept.region);
  for (const kept of results) io.stdout(`${kept.printed}\n`);

  let status = Math.max(...results.map((result) => result.exitStatus));
  const count = (s: FileResult['status']) => results.filter((r) => r.status === s).length;
  const skipped = count('skipped') === 0 ? '' : translate(locale, 'cli.check.summary.skipped', { skipped: count('skipped') });
  io.stdout(`\n${translate(locale, 'cli.check.summary', {
    files: results.length, accepted: count('accepted'), explained: count('accepted_with_explanations'), rejected: count('rejected'),
    unreadable: count('unreadable'), skipped,
  })}\n`);
  // Copies that could not be written beside their returns (a read-only share, a CD): where else they can go.
  if (annotateTo === undefined && results.some((kept) => kept.copyNotWritten)) {
    io.stdout(`${translate(locale, 'cli.check.annotate_to_hint')}\n`);
  }
  const returned = results.flatMap((kept) => kept.alike);
  const named = namedOtherNotes(returned, locale).map((note) => ({ ...note, message: translate(locale, 'cli.check.note', { text: note.message }) }));
  const alike = [...alikeNotes(returned, loaded.catalog.plans, locale), ...named];
  for (const note of alike) io.stdout(`${note.message}\n`);
  let revisions: RevisionsJson | null = null;
  if (values.previous !== undefined && values.previous.length > 0) {
    const compared = await reportRevisions(files, expandReturnFiles(values.previous, io.cwd), io, locale, loaded);
    status = Math.max(status, compared.status);
    revisions = compared.json;
  }
  const written = (file: string, bytes: OutputContent, done: string) => {
    const problem = writeShown({ file, bytes, force, inputs }, io.cwd, locale, io.outputFs);
    if (problem === null) io.stdout(done);
    else {
      io.stdout(`${translate(locale, 'cli.write_problem', { problem })}\n`);
      status = Math.max(status, EXIT.writeFailed);
    }
  };

  if (values.report) {
    const reportFile = path.resolve(io.cwd, values.report);
    const reportDir = path.dirname(reportFile);
    const batch: BatchFileResult[] = results.flatMap((kept) => (kept.full === null ? [] : [kept.full])).filter((result) => result.status !== 'skipped').map((result) => ({
      file: path.relative(reportDir, path.resolve(io.cwd, result.file)).split(path.sep).join('/'),
      verdict: result.status === 'unreadable' || result.status === 'skipped' ? null : result.status,
      problem: result.problem === null ? null : renderProblem(result.problem, locale),
      region: result.sheets[0]?.region ?? null,
      reportingYear: result.sheets[0]?.reportingYear ?? null,
      // The plans as their documents name them, not the catalog's ids.
      plans: [...new Set(result.sheets.flatMap((sheet) => sheet.plans))].map((id) => loaded.catalog.plans.find((p) => p.plan.id === id)?.plan.title ?? id),
      findings: result.sheets.flatMap((sheet) => sheet.findings),
    }));
    const sheets = batchReportLayouts({ files: batch, ruleNames: ruleNames(locale), indicatorNames: indicatorNamesById(loaded), locale, notes: alike.map((note) => note.message) });
    written(reportFile, await sheetsBytes(sheets, { toolOutput: true }), `${translate(locale, 'cli.check.report_written', { file: shownPath(reportFile, io.cwd) })}\n`);
  }
  if (values.json) {
    const jsonFile = path.resolve(io.cwd, values.json);
    written(jsonFile, { chunks: jsonChunks(loaded.version, results, status, revisions, alike) }, `${translate(locale, 'cli.check.json_written', { file: shownPath(jsonFile, io.cwd) })}\n`);
  }
  return status;
}
