/**
 * LibreOffice as a reader would use it: many files converted in one soffice run (each run costs seconds), in a fresh
 * profile so that runs beside each other do not share one; PDFs read back as text with pdftotext, page by page.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Converts every input to `format` (xls, ods, pdf…) in one run; the outputs' paths, in the inputs' order. */
export function convertAll(inputs: readonly string[], format: string, outDir: string, workDir: string): string[] {
  fs.mkdirSync(outDir, { recursive: true });
  execFileSync('soffice', [`-env:UserInstallation=file://${path.join(workDir, 'soffice-profile')}`, '--headless', '--convert-to', format, '--outdir', outDir, ...inputs], {
    stdio: 'ignore', timeout: 300_000,
  });
  const extension = format.split(':')[0] ?? format;
  return inputs.map((input) => path.join(outDir, `${path.parse(input).name}.${extension}`));
}

/** The printed pages of each workbook, as text (pdftotext -layout), one string per page; one soffice run for all. */
export function printedPages(workbooks: readonly string[], workDir: string): string[][] {
  const pdfs = convertAll(workbooks, 'pdf', path.join(workDir, 'pdf'), workDir);
  return pdfs.map((pdf) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').filter((page) => page.trim() !== ''));
}
