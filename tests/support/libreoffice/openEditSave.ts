/**
 * Open, edit and save in LibreOffice Calc as a person does, one profile for many files: Basic macros
 * (openEditSave.bas) installed in a user profile open each file hidden and save it — RoundTrip types one cell's own
 * value again, recalculates and saves as .xlsx; SaveAs saves it in the format asked for (Excel 97-2003, OpenDocument…),
 * with a password to open when one is given; TypeAndMark enters a text in a cell as typed (XCell.setFormula reads it
 * as the input line does: 2 a number, ２ a text), saves as .xlsx and asks Calc's own validity check (Tools › Detective ›
 * Mark Invalid Data) whether the cell holds what its validation refuses — closing each before the next, all in one
 * soffice run: the jobs of every suite of a test file are queued (`openEditSaveLater`, `saveAsLater`,
 * `typeAndMarkLater`) and run together by `runQueuedJobs` (macro Jobs, one list whose lines name their operation;
 * decision 0280), as conversions are by convertLater/convertQueued (tests/support/soffice.ts). A run that opens
 * documents costs some 4 s of CPU (loading Calc and its filters; starting soffice alone to make a profile costs under
 * half a second). No Python UNO bridge is needed (the machine has none).
 */
import fs from 'node:fs';
import path from 'node:path';
import { runSoffice } from '../soffice';

export interface EditJob {
  input: string;
  output: string;
  /** 0-based sheet index in workbook order, and the A1 address of the cell typed again. */
  sheetIndex: number;
  cell: string;
}

export interface TypeJob {
  input: string;
  output: string;
  sheetIndex: number;
  cell: string;
  /** What is typed into the cell. */
  text: string;
}

export interface SaveAsJob {
  input: string;
  output: string;
  /** LibreOffice's filter name: 'MS Excel 97' (.xls), 'calc8' (.ods), 'Calc MS Excel 2007 XML' (.xlsx)… */
  filter: string;
  /** A password to open the saved file with (Save As › Save with password); none unless given. */
  password?: string;
  /** The filter's options (a CSV's '44,34,76': comma, quote, UTF-8); with no password only. */
  options?: string;
}

const escapeXml = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/** One queued batch: its lines for macro Jobs ("operation|fields…"), and what its suite reads back once they ran. */
const queued: Array<{ lines: string[]; read: (marks: number[]) => Promise<void> | void }> = [];

/**
 * Queues a suite's open-edit-save jobs for the test file's one soffice run (`runQueuedJobs`); `read` runs after it, in
 * the order the batches were queued. Call it from a suite's top-level beforeAll.
 */
export function openEditSaveLater(jobs: readonly EditJob[], read: () => Promise<void> | void = () => undefined): void {
  queued.push({ lines: jobs.map((job) => `RoundTrip|${job.input}|${job.output}|${job.sheetIndex}|${job.cell}`), read });
}

/** Queues Save As jobs (each file opened and saved with the job's filter, as File › Save As does); `read` as above. */
export function saveAsLater(jobs: readonly SaveAsJob[], read: () => Promise<void> | void = () => undefined): void {
  for (const job of jobs) fs.mkdirSync(path.dirname(job.output), { recursive: true });
  const extra = (job: SaveAsJob) => (job.password !== undefined ? [job.password] : job.options !== undefined ? ['', job.options] : []);
  queued.push({ lines: jobs.map((job) => ['SaveAs', job.input, job.output, job.filter, ...extra(job)].join('|')), read });
}

/**
 * Queues jobs that type each job's text into its cell, save the file as .xlsx and mark invalid data; `read` gets, for
 * each job, whether LibreOffice's validity check refuses what the cell then holds (what a Stop alert refuses when
 * typed).
 */
export function typeAndMarkLater(jobs: readonly TypeJob[], read: (refused: boolean[]) => Promise<void> | void): void {
  // The text as UTF-16 code units: Basic reads the list in the system's character set, which may not be UTF-8.
  const units = (text: string) => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i)).join(',');
  queued.push({
    lines: jobs.map((job) => `TypeAndMark|${job.input}|${job.output}|${job.sheetIndex}|${job.cell}|${units(job.text)}`),
    read: (marks) => read(marks.map((circled) => circled > 0)),
  });
}

/**
 * Runs every queued job in one soffice run (macro Jobs of openEditSave.bas), then each batch's `read`. `profile`: a
 * LibreOffice user profile a conversion of the same test file already made (conversionProfile), else a new one made
 * by a start of its own (`--terminate_after_init`). Either way the macros are written into it before the run.
 */
export async function runQueuedJobs(workDir: string, profile = path.join(workDir, 'macro-profile')): Promise<void> {
  const batches = queued.splice(0, queued.length);
  const soffice = (args: string[], env: NodeJS.ProcessEnv = {}) => runSoffice(profile, args, env);
  if (!fs.existsSync(path.join(profile, 'user', 'basic', 'Standard'))) soffice(['--terminate_after_init']);
  const code = fs.readFileSync(path.join(__dirname, 'openEditSave.bas'), 'utf8');
  fs.writeFileSync(path.join(profile, 'user', 'basic', 'Standard', 'Module1.xba'), [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">',
    `<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">${escapeXml(code)}</script:module>`,
  ].join('\n'));
  const list = path.join(workDir, 'Jobs.txt');
  const out = path.join(workDir, 'Jobs.out');
  const lines = batches.flatMap((batch) => batch.lines);
  fs.writeFileSync(list, lines.map((line) => `${line}\n`).join(''));
  soffice(['macro:///Standard.Module1.Jobs'], { RT_LIST: list, RT_OUT: out });
  // One line per job: a list LibreOffice did not finish (a Basic error, a file it could not open) is not read as done.
  const marks = fs.readFileSync(out, 'utf8').split('\n').filter((line) => line.trim() !== '').map(Number);
  if (marks.length !== lines.length) throw new Error(`LibreOffice ran ${marks.length} of ${lines.length} queued jobs`);
  let next = 0;
  for (const batch of batches) {
    await batch.read(marks.slice(next, next + batch.lines.length));
    next += batch.lines.length;
  }
}

/** Opens every job's file and saves it with the job's filter, in a soffice run of its own (a test file of one suite). */
export async function saveAs(jobs: readonly SaveAsJob[], workDir: string): Promise<void> {
  saveAsLater(jobs);
  await runQueuedJobs(workDir);
}
