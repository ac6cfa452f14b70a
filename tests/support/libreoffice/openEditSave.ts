/**
 * Open, edit and save in LibreOffice Calc as a person does, one profile for many files: Basic macros
 * (openEditSave.bas) installed in a user profile open each file hidden and save it — RoundTrip types one cell's own
 * value again, recalculates and saves as .xlsx; SaveAs saves it in the format asked for (Excel 97-2003, OpenDocument…),
 * with a password to open when one is given; TypeAndMark enters a text in a cell as typed (XCell.setFormula reads it
 * as the input line does: 2 a number, ２ a text), saves as .xlsx and asks Calc's own validity check (Tools › Detective ›
 * Mark Invalid Data) whether the cell holds what its validation refuses — closing each before the next, all in one
 * soffice run. A run that opens
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

/**
 * Runs macro `name` of openEditSave.bas once over `lines` (its list, one job a line). `profile`: a LibreOffice user
 * profile a conversion of the same test already made, else a new one made by a start of its own
 * (`--terminate_after_init`). Either way the macros are written into it before the run.
 */
function runMacro(name: string, lines: readonly string[], workDir: string, profile: string, env: NodeJS.ProcessEnv = {}): void {
  const soffice = (args: string[], env: NodeJS.ProcessEnv = {}) => runSoffice(profile, args, env);
  if (!fs.existsSync(path.join(profile, 'user', 'basic', 'Standard'))) soffice(['--terminate_after_init']);
  const code = fs.readFileSync(path.join(__dirname, 'openEditSave.bas'), 'utf8');
  fs.writeFileSync(path.join(profile, 'user', 'basic', 'Standard', 'Module1.xba'), [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">',
    `<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">${escapeXml(code)}</script:module>`,
  ].join('\n'));
  // One soffice run for every file. (LibreOffice 7.4 hung loading the second file when the macro declared its
  // `As New` property arrays inside the loop, once per file; declared once before the loop, a batch runs through.)
  const list = path.join(workDir, `${name}.txt`);
  fs.writeFileSync(list, lines.map((line) => `${line}\n`).join(''));
  soffice([`macro:///Standard.Module1.${name}`], { RT_LIST: list, ...env });
}

/** Opens, edits (one cell typed again), recalculates and saves every job's file as .xlsx, in one soffice run. */
export function openEditSave(jobs: readonly EditJob[], workDir: string, profile = path.join(workDir, 'macro-profile')): void {
  runMacro('RoundTrip', jobs.map((job) => `${job.input}|${job.output}|${job.sheetIndex}|${job.cell}`), workDir, profile);
}

/** Opens every job's file and saves it with the job's filter, as File › Save As does, in one soffice run. */
export function saveAs(jobs: readonly SaveAsJob[], workDir: string, profile = path.join(workDir, 'macro-profile')): void {
  for (const job of jobs) fs.mkdirSync(path.dirname(job.output), { recursive: true });
  const extra = (job: SaveAsJob) => (job.password !== undefined ? [job.password] : job.options !== undefined ? ['', job.options] : []);
  runMacro('SaveAs', jobs.map((job) => [job.input, job.output, job.filter, ...extra(job)].join('|')), workDir, profile);
}

/**
 * Types each job's text into its cell, saves the file as .xlsx and marks invalid data, in one soffice run: for each
 * job, whether LibreOffice's validity check refuses what the cell then holds (what a Stop alert refuses when typed).
 */
export function typeAndMark(jobs: readonly TypeJob[], workDir: string, profile = path.join(workDir, 'macro-profile')): boolean[] {
  const out = path.join(workDir, 'TypeAndMark.out');
  // The text as UTF-16 code units: Basic reads the list in the system's character set, which may not be UTF-8.
  const units = (text: string) => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i)).join(',');
  runMacro('TypeAndMark', jobs.map((job) => `${job.input}|${job.output}|${job.sheetIndex}|${job.cell}|${units(job.text)}`), workDir, profile, { RT_OUT: out });
  const marks = fs.readFileSync(out, 'utf8').split('\n').filter((line) => line.trim() !== '');
  if (marks.length !== jobs.length) throw new Error(`LibreOffice marked ${marks.length} of ${jobs.length} cells`);
  return marks.map((line) => Number(line) > 0);
}
