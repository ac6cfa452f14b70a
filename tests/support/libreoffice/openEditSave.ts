/**
 * Open, edit and save in LibreOffice Calc as a person does, one profile for many files: a Basic macro
 * (openEditSave.bas) installed in a fresh user profile opens each file hidden (one soffice run per file), types one cell's own value again,
 * recalculates, saves as .xlsx and closes. No Python UNO bridge is needed (the machine has none).
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
  // One soffice run per file: LibreOffice 7.4 in one headless run crashed loading the second file after closing the
  // first (soffice.bin gone, oosplash waiting for ever), so a batch never finished.
  jobs.forEach((job, i) => {
    const list = path.join(workDir, `open-edit-save-${i}.txt`);
    fs.writeFileSync(list, `${job.input}|${job.output}|${job.sheetIndex}|${job.cell}`);
    soffice(['macro:///Standard.Module1.RoundTrip'], { RT_LIST: list });
  });
}
