/**
 * One file of `check`: read, check (core's checkWorkbook), and, asked to, write the annotated copy. Run in the
 * command's thread or in a worker of the pool (checkPool.ts); never throws on what the file holds.
 */
import path from 'node:path';
import { keptFor } from '../core/util/kept';
import { checkWorkbook, type Finding, type RowAttainment, type Verdict } from '../core/checks';
import type { LoadedCatalog } from '../core/catalog';
import { translate, type Coded, type Locale } from '../core/i18n';
import { annotateWorkbook, ReturnFileError, readReturnWorkbook, toolMark } from '../xlsx';
import { annotatedName, readReturnBytes, refusal, type FileRefusal } from './files';
import { EXIT } from './io';
import { writeShown } from './outputs';
import { inputSet, type OutputFs } from './safeWrite';

export interface SheetResult {
  sheet: string;
  verdict: Verdict;
  errors: number;
  warnings: number;
  unexplainedWarnings: number;
  region: string | null;
  reportingYear: number | null;
  plans: string[];
  findings: Finding[];
  /** Every indicator row's attainment, the numbers the sheet shows. */
  attainments: RowAttainment[];
}

export interface FileResult {
  file: string;
  /** 'unreadable' when the file could not be read as a return; 'skipped' when it is a workbook this tool wrote. */
  status: Verdict | 'unreadable' | 'skipped';
  /** Why the file was not read or checked (worded where shown), null when it was. */
  problem: FileRefusal | null;
  sheets: SheetResult[];
  /** Why the annotated copy of this file could not be written, when it could not. */
  outputProblem?: string;
}

/**
 * Exit status of one file, from its verdict so that the verdict column and the status tell one story (decision 0065):
 * ✓ accepted (or skipped) 0, △ accepted with explanations 1, ✗ rejected 2, ! unreadable 3; 4 when its annotated copy
 * was not written.
 */
export function exitStatusOf(result: FileResult): number {
  if (result.outputProblem !== undefined) return EXIT.writeFailed;
  switch (result.status) {
    case 'unreadable':
      return EXIT.unreadable;
    case 'rejected':
      return EXIT.errors;
    case 'accepted_with_explanations':
      return EXIT.warnings;
    case 'accepted':
    case 'skipped':
      return EXIT.ok;
  }
}

/** Reads and checks one return; never throws on what the file holds. */
export async function checkFile(file: string, bytes: Uint8Array, loaded: LoadedCatalog): Promise<FileResult> {
  const read = await readReturnWorkbook(bytes);
  if (!read.ok) {
    const { code, messageCode, params } = read.problem;
    return { file, status: 'unreadable', problem: { code, messageCode, params }, sheets: [] };
  }
  const checked = checkWorkbook(read.sheets, loaded);
  const sheets = checked.sheets.map(({ sheet, report, attainments }): SheetResult => {
    return {
      sheet: sheet.sheet,
      verdict: report.verdict,
      errors: report.errors,
      warnings: report.warnings,
      unexplainedWarnings: report.unexplainedWarnings,
      region: sheet.metadata?.region.name ?? null,
      reportingYear: sheet.metadata?.reportingYear ?? null,
      plans: sheet.metadata?.planIds ?? [],
      findings: report.findings,
      attainments,
    };
  });
  return { file, status: checked.verdict, problem: null, sheets };
}

export interface CheckJob {
  /** Absolute path. */
  file: string;
  /** As shown to the user (relative to where the command runs). */
  shown: string;
  /**
   * The input (as shown) whose annotated copy has the name this file's would have (`r.xlsx` and `r.xlsm` both give
   * `r.批注.xlsx`): this file's copy is not written, so that one run never replaces what it wrote itself.
   */
  annotatedClash?: string;
}

export interface CheckJobOptions {
  locale: Locale;
  annotate: boolean;
  loaded: LoadedCatalog;
  /** Replace existing annotated copies. */
  force: boolean;
  /** Every input of the command (absolute): no annotated copy is written over one. */
  inputs: readonly string[];
  /** The folder annotated copies go into (absolute; --annotate-to), instead of beside each return. */
  annotateTo?: string;
  /** Where annotated copies are written through (in the command's own thread only). */
  outputFs?: OutputFs;
}

const INPUT_SETS = new WeakMap<readonly string[], Set<string>>();
function inputsOf(options: CheckJobOptions): Set<string> {
  return keptFor(INPUT_SETS, options.inputs, inputSet);
}

/**
 * One file: read, check, and (asked to) write the annotated copy beside it, named from its base name. Never throws
 * on what the file holds; an annotated copy that cannot be written is said on the file's line.
 */
export async function checkJob(job: CheckJob, options: CheckJobOptions): Promise<FileResult> {
  const bytes = readReturnBytes(job.file);
  if (!bytes.ok) return { file: job.shown, status: 'unreadable', problem: bytes.problem, sheets: [] };
  const mark = toolMark(bytes.bytes);
  if (mark === 'output') return { file: job.shown, status: 'skipped', problem: refusal('file.tool_output'), sheets: [] };
  if (mark === 'annotated') return { file: job.shown, status: 'unreadable', problem: refusal('file.annotated_copy'), sheets: [] };
  const result = await checkFile(job.shown, bytes.bytes, options.loaded);
  if (options.annotate && result.status !== 'unreadable' && result.sheets.some((sheet) => sheet.findings.length > 0)) {
    if (job.annotatedClash !== undefined) {
      const reason: Coded = { code: 'output.annotated_clash', params: { file: path.basename(annotatedName(job.file, options.annotateTo)), other: job.annotatedClash } };
      return { ...result, outputProblem: translate(options.locale, 'output.annotated_not_written', { reason }) };
    }
    const findings = result.sheets.flatMap((sheet) => sheet.findings);
    // The checks read the file; ExcelJS, which writes the copy, may still refuse it: the verdict stands, the copy is not made.
    const annotated = await annotateWorkbook(bytes.bytes, findings, options.locale).catch((error: unknown) => {
      if (error instanceof ReturnFileError) return error;
      throw error;
    });
    if (annotated instanceof ReturnFileError) {
      const reason: Coded = { code: annotated.problem.messageCode, params: annotated.problem.params };
      return { ...result, outputProblem: translate(options.locale, 'output.annotated_not_written', { reason }) };
    }
    const copy = annotatedName(job.file, options.annotateTo);
    const problem = writeShown({ file: copy, bytes: annotated, force: options.force, inputs: inputsOf(options) }, path.dirname(options.annotateTo ?? copy), options.locale, options.outputFs);
    if (problem !== null) return { ...result, outputProblem: translate(options.locale, 'output.annotated_not_written', { reason: problem }) };
  }
  return result;
}

/** The result of a file whose check failed in the checker itself (a bug, a worker that died): reported for that file. */
export function failedJob(job: CheckJob, error: unknown): FileResult {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { file: job.shown, status: 'unreadable', problem: refusal('cli.check.job_failed', { detail }), sheets: [] };
}

/** checkJob, with a failure of the checker reported for the file instead of thrown. */
export async function checkJobSafely(job: CheckJob, options: CheckJobOptions): Promise<FileResult> {
  try {
    return await checkJob(job, options);
  } catch (error) {
    return failedJob(job, error);
  }
}
