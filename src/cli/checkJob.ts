/**
 * One file of `check`: read, check (core's checkWorkbook), and, asked to, write the annotated copy. Run in the
 * command's thread or in a worker of the pool (checkPool.ts); never throws on what the file holds.
 */
import fs from 'node:fs';
import { checkWorkbook, type Finding, type RowAttainment, type Verdict } from '../core/checks';
import type { LoadedCatalog } from '../core/catalog';
import { translate, type Locale } from '../core/i18n';
import { annotateWorkbook } from '../xlsx/annotateWorkbook';
import { readReturnWorkbook } from '../xlsx/readReturnWorkbook';
import { ANNOTATED_SUFFIX, readReturnBytes } from './files';
import { EXIT } from './io';

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
  /** 'unreadable' when the file could not be read as a return. */
  status: Verdict | 'unreadable';
  problem: { code: string; message: string } | null;
  sheets: SheetResult[];
}

/** Exit status of one file: errors 2, warnings only 1, nothing 0, unreadable 3. */
export function exitStatusOf(result: FileResult): number {
  if (result.status === 'unreadable') return EXIT.unreadable;
  if (result.sheets.some((sheet) => sheet.errors > 0)) return EXIT.errors;
  if (result.sheets.some((sheet) => sheet.warnings > 0)) return EXIT.warnings;
  return EXIT.ok;
}

/** Reads and checks one return; never throws on what the file holds. */
export async function checkFile(file: string, bytes: Uint8Array, loaded: LoadedCatalog, locale: Locale): Promise<FileResult> {
  const read = await readReturnWorkbook(bytes);
  if (!read.ok) {
    const message = read.problem.message[locale === 'zh-CN' ? 'zh' : 'en'];
    return { file, status: 'unreadable', problem: { code: read.problem.code, message }, sheets: [] };
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
}

export interface CheckJobOptions {
  locale: Locale;
  annotate: boolean;
  loaded: LoadedCatalog;
}

/** One file: read, check, and (asked to) write the annotated copy beside it. Never throws on what the file holds. */
export async function checkJob(job: CheckJob, options: CheckJobOptions): Promise<FileResult> {
  const bytes = readReturnBytes(job.file, options.locale);
  if (!bytes.ok) return { file: job.shown, status: 'unreadable', problem: { code: bytes.code, message: bytes.message }, sheets: [] };
  const result = await checkFile(job.shown, bytes.bytes, options.loaded, options.locale);
  if (options.annotate && result.status !== 'unreadable' && result.sheets.some((sheet) => sheet.findings.length > 0)) {
    const annotated = await annotateWorkbook(bytes.bytes, result.sheets.flatMap((sheet) => sheet.findings), options.locale);
    fs.writeFileSync(job.file.replace(/\.xlsx$/iu, ANNOTATED_SUFFIX), annotated);
  }
  return result;
}

/** The result of a file whose check failed in the checker itself (a bug, a worker that died): reported for that file. */
export function failedJob(job: CheckJob, error: unknown, locale: Locale): FileResult {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { file: job.shown, status: 'unreadable', problem: { code: 'cli.check.job_failed', message: translate(locale, 'cli.check.job_failed', { detail }) }, sheets: [] };
}

/** checkJob, with a failure of the checker reported for the file instead of thrown. */
export async function checkJobSafely(job: CheckJob, options: CheckJobOptions): Promise<FileResult> {
  try {
    return await checkJob(job, options);
  } catch (error) {
    return failedJob(job, error, options.locale);
  }
}
