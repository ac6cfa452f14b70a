/**
 * Open, edit and save in LibreOffice Calc as a person does, one profile for many files: a Basic macro
 * (openEditSave.bas) installed in a fresh user profile opens each file hidden, types one cell's own value again,
 * recalculates, saves as .xlsx and closes it, then the next, all in one soffice run (a start costs some 4 s of CPU).
 * No Python UNO bridge is needed (the machine has none).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface EditJob {
  input: string;
  output: string;
  /** 0-based sheet index in workbook order, and the A1 address of the cell typed again. */
  sheetIndex: number;
  cell: string;
}

const escapeXml = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

export function openEditSave(jobs: readonly EditJob[], workDir: string): void {
  const profile = path.join(workDir, 'macro-profile');
  const soffice = (args: string[], env: NodeJS.ProcessEnv = {}) => execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', ...args], {
    // oosplash ignores SIGTERM when soffice.bin died under it: a timeout must kill, or the test hangs for ever.
    stdio: 'ignore', timeout: 300_000, killSignal: 'SIGKILL', env: { ...process.env, ...env },
  });
  soffice(['--terminate_after_init']);
  const code = fs.readFileSync(path.join(__dirname, 'openEditSave.bas'), 'utf8');
  fs.writeFileSync(path.join(profile, 'user', 'basic', 'Standard', 'Module1.xba'), [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">',
    `<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">${escapeXml(code)}</script:module>`,
  ].join('\n'));
  // One soffice run for every file. (LibreOffice 7.4 hung loading the second file when the macro declared its
  // `As New` property arrays inside the loop, once per file; declared once before the loop, a batch runs through.)
  const list = path.join(workDir, 'open-edit-save.txt');
  fs.writeFileSync(list, jobs.map((job) => `${job.input}|${job.output}|${job.sheetIndex}|${job.cell}\n`).join(''));
  soffice(['macro:///Standard.Module1.RoundTrip'], { RT_LIST: list });
}
