import path from 'node:path';
import { placeA1 } from '../../core/form';
import type { Locale } from '../../core/i18n';
import { batchReportLayouts, type BatchFileResult } from '../../core/reports';
import { sheetsBytes } from '../../xlsx/renderWorkbook';
import { parseCommandArgs, UsageError } from '../args';
import { loadCatalogOrFail } from '../catalogContext';
import { ANNOTATED_SUFFIX, expandReturnFiles } from '../files';
import { refuseOutputsOnInputs, withoutOwnOutputs, writeShown } from '../outputs';
import { inputSet } from '../safeWrite';
import { EXIT, type CommandIo } from '../io';
import { ProgressBar } from '../progress';
import { checkFiles } from '../checkPool';
import { exitStatusOf, type CheckJobOptions, type FileResult } from '../checkJob';

export { checkFile, type FileResult, type SheetResult } from '../checkJob';
import { indicatorNamesById, ruleNames } from '../../core/checks';
import { terminalWidth } from '../textTable';

export const CHECK_USAGE = `用法 Usage:
  plan-indicators check <文件或文件夹…> [--report 汇总.xlsx] [--json 结果.json] [--annotate] [--force] [--lang en-US] [--jobs N]

  校验报表（文件夹内的 .xlsx 逐个校验），每个文件一行结论；--report 写出汇总工作簿（问题清单链接到每个单元格），
  --json 写出 JSON，--annotate 在原文件旁写出“*${ANNOTATED_SUFFIX}”副本（问题单元格加批注并标色），
  --jobs N 用 N 个线程并行校验（多核机器上更快，内存随之增加）。
  输出文件不会写在输入文件上，不经由符号链接写入；已存在的输出文件只有加 --force 才替换。
  只读取普通文件（命名管道、设备、套接字不读）；本工具写出的汇总、附表文件自动跳过。
  退出码：0 全部接受；1 只有警告；2 有错误；3 有文件无法读取；4 有输出文件未能写出。
`;

const VERDICT_TEXT: Record<FileResult['status'], { mark: string; zh: string; en: string }> = {
  accepted: { mark: '✓', zh: '接受', en: 'accepted' },
  accepted_with_explanations: { mark: '△', zh: '说明后接受', en: 'accepted with explanations' },
  rejected: { mark: '✗', zh: '退回', en: 'rejected' },
  unreadable: { mark: '!', zh: '无法读取', en: 'unreadable' },
  skipped: { mark: '–', zh: '跳过', en: 'skipped' },
};

/** The JSON form of a result: each finding keeps its typed `ref` and gains its A1 `address` ('J7', a row '7:7', or null). */
function jsonFileResult(result: FileResult) {
  return {
    ...result,
    sheets: result.sheets.map((sheet) => ({
      ...sheet,
      findings: sheet.findings.map((finding) => ({ ...finding, address: finding.ref === null ? null : placeA1(finding.ref) })),
    })),
  };
}

function line(result: FileResult, shownName: string, locale: Locale): string {
  const verdict = VERDICT_TEXT[result.status];
  const text = locale === 'zh-CN' ? verdict.zh : verdict.en;
  const label = text + ' '.repeat(Math.max(0, (locale === 'zh-CN' ? 10 : 26) - terminalWidth(text)));
  if (result.problem) return `${verdict.mark} ${label} ${shownName}：${result.problem.message}`;
  const written = result.outputProblem === undefined ? '' : `；${result.outputProblem}`;
  const errors = result.sheets.reduce((n, s) => n + s.errors, 0);
  const warnings = result.sheets.reduce((n, s) => n + s.warnings, 0);
  const unexplained = result.sheets.reduce((n, s) => n + s.unexplainedWarnings, 0);
  const counts = locale === 'zh-CN' ? `错误 ${errors}，警告 ${warnings}（未说明 ${unexplained}）` : `${errors} errors, ${warnings} warnings (${unexplained} unexplained)`;
  return `${verdict.mark} ${label} ${shownName}  ${counts}${written}`;
}

export async function checkCommand(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    report: { type: 'string' }, json: { type: 'string' }, annotate: { type: 'boolean' }, lang: { type: 'string' },
    jobs: { type: 'string', short: 'j' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(CHECK_USAGE);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError(`请给出要校验的文件或文件夹。\n${CHECK_USAGE}`);
  const locale: Locale = values.lang === 'en-US' ? 'en-US' : 'zh-CN';
  const loaded = loadCatalogOrFail(io);
  const files = await withoutOwnOutputs(expandReturnFiles(positionals, io.cwd), { report: values.report }, io.cwd);
  if (files.length === 0) throw new UsageError('没有找到 .xlsx 文件。 No .xlsx files found.');
  const inputs = inputSet(files);
  const force = values.force ?? false;
  // Before anything is read: a report or JSON named like an input would replace the evidence.
  refuseOutputsOnInputs({ report: values.report, json: values.json }, inputs, io.cwd, locale, io.outputFs);

  const progress = new ProgressBar(io, files.length);
  const results: FileResult[] = [];
  const jobs = files.map((file) => ({ file, shown: path.relative(io.cwd, file) || file }));
  // Lines come out in the order of the files, whichever worker finishes first.
  const pending = new Map<number, FileResult>();
  let next = 0;
  const done = (index: number, result: FileResult) => {
    pending.set(index, result);
    for (let ready = pending.get(next); ready !== undefined; ready = pending.get(next)) {
      pending.delete(next);
      progress.clear();
      io.stdout(`${line(ready, jobs[next]?.shown ?? ready.file, locale)}\n`);
      results.push(ready);
      next += 1;
    }
    progress.update(next, jobs[next]?.shown ?? '');
  };
  const parallel = values.jobs === undefined ? 1 : Number(values.jobs);
  if (!Number.isInteger(parallel) || parallel < 1) throw new UsageError(`--jobs 应为正整数，收到“${values.jobs}”。`);
  const jobOptions: CheckJobOptions = { locale, annotate: values.annotate ?? false, loaded, force, inputs: files, ...(io.outputFs === undefined ? {} : { outputFs: io.outputFs }) };
  await checkFiles(jobs, jobOptions, parallel, done);
  progress.clear();

  let status = Math.max(...results.map(exitStatusOf));
  const count = (s: FileResult['status']) => results.filter((r) => r.status === s).length;
  const skipped = count('skipped') === 0 ? '' : `，跳过 ${count('skipped')}`;
  io.stdout(`\n共 ${results.length} 个文件：接受 ${count('accepted')}，说明后接受 ${count('accepted_with_explanations')}，退回 ${count('rejected')}，无法读取 ${count('unreadable')}${skipped}。\n`);
  const written = (file: string, bytes: Uint8Array | string, done: string) => {
    const problem = writeShown({ file, bytes, force, inputs }, io.cwd, locale, io.outputFs);
    if (problem === null) io.stdout(done);
    else {
      io.stdout(`! ${problem}\n`);
      status = Math.max(status, EXIT.writeFailed);
    }
  };

  if (values.report) {
    const reportFile = path.resolve(io.cwd, values.report);
    const reportDir = path.dirname(reportFile);
    const batch: BatchFileResult[] = results.filter((result) => result.status !== 'skipped').map((result) => ({
      file: path.relative(reportDir, path.resolve(io.cwd, result.file)).split(path.sep).join('/'),
      verdict: result.status === 'unreadable' || result.status === 'skipped' ? null : result.status,
      problem: result.problem?.message ?? null,
      region: result.sheets[0]?.region ?? null,
      reportingYear: result.sheets[0]?.reportingYear ?? null,
      plans: [...new Set(result.sheets.flatMap((sheet) => sheet.plans))],
      findings: result.sheets.flatMap((sheet) => sheet.findings),
    }));
    const sheets = batchReportLayouts({ files: batch, ruleNames: ruleNames(locale), indicatorNames: indicatorNamesById(loaded) });
    written(reportFile, await sheetsBytes(sheets, { toolOutput: true }), `汇总已写入 ${path.relative(io.cwd, reportFile)}。\n`);
  }
  if (values.json) {
    const jsonFile = path.resolve(io.cwd, values.json);
    written(jsonFile, `${JSON.stringify({ catalogVersion: loaded.version, files: results.map(jsonFileResult), exitStatus: status }, null, 2)}\n`, `JSON 已写入 ${path.relative(io.cwd, jsonFile)}。\n`);
  }
  return status;
}
