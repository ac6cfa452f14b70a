/**
 * LibreOffice as a reader would use it: many files converted in one soffice run (each run costs seconds), in a fresh
 * profile so that runs beside each other do not share one; PDFs read back as text with pdftotext, page by page.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * glibc's malloc for soffice: blocks up to 256 MB from the heap, not each from a mapping of its own, and the heap not
 * given back to the system after each free. A LibreOffice start maps and unmaps some large blocks over and over
 * (configuration, filters); with the defaults each mapping is faulted in and zeroed again by the kernel: about 0.35 s
 * of system CPU a run, two thirds of it. The files LibreOffice writes are the same (decision 0272).
 */
const SOFFICE_MALLOC = 'glibc.malloc.mmap_threshold=268435456:glibc.malloc.trim_threshold=268435456:glibc.malloc.top_pad=67108864';

/**
 * Runs soffice headless with the user profile `profile` (made by the run when missing) and `args`; `env` added to the
 * environment. Killed after `timeout` ms: oosplash ignores SIGTERM when soffice.bin died under it, so the timeout
 * must kill, or the test hangs for ever.
 */
export function runSoffice(profile: string, args: readonly string[], env: NodeJS.ProcessEnv = {}, timeout = 300_000): void {
  const tunables = [process.env['GLIBC_TUNABLES'], SOFFICE_MALLOC].filter((part) => part !== undefined && part !== '').join(':');
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', ...args], {
    stdio: 'ignore', timeout, killSignal: 'SIGKILL', env: { ...process.env, GLIBC_TUNABLES: tunables, ...env },
  });
}

/** The user profile convertAll makes in `workDir`: a later run of the same test can use it without a start of its own. */
export const conversionProfile = (workDir: string): string => path.join(workDir, 'soffice-profile');

/**
 * Converts every input to `format` (xls, ods, pdf…) in one run; the outputs' paths, in the inputs' order. `timeout`
 * as runSoffice's (a run of many files on a loaded machine may need more).
 */
export function convertAll(inputs: readonly string[], format: string, outDir: string, workDir: string, timeout?: number): string[] {
  fs.mkdirSync(outDir, { recursive: true });
  runSoffice(conversionProfile(workDir), ['--convert-to', format, '--outdir', outDir, ...inputs], {}, timeout);
  const extension = format.split(':')[0] ?? format;
  return inputs.map((input) => path.join(outDir, `${path.parse(input).name}.${extension}`));
}

/** A PDF's pages as text (pdftotext -layout), one string per page. */
export function pdfPages(pdf: string): string[] {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').filter((page) => page.trim() !== '');
}

/** Inputs waiting for the shared soffice run of a test file made of several suites, and what each suite reads back. */
const queued: Array<{ inputs: readonly string[]; format: string; read: (outputs: string[]) => Promise<void> | void }> = [];

/**
 * Queues `inputs` for one conversion to `format` (xlsx unless said) shared by every suite of the test file
 * (tests/libreoffice/recomputed.test.ts, printedForms.test.ts: a run that opens documents costs some 5 s of CPU before
 * its first document, decisions 0252, 0261). `read` gets the outputs' paths, in the inputs' order, once
 * `convertQueued` has run. Call it from a suite's top-level beforeAll.
 */
export function convertLater(inputs: readonly string[], read: (outputs: string[]) => Promise<void> | void, format = 'xlsx'): void {
  queued.push({ inputs, format, read });
}

/**
 * Converts the test file's own inputs (`own`, none unless given) and every input queued for `format` in one soffice
 * run, gives each suite its outputs, and returns the outputs of `own`, in their order. Inputs' names must differ.
 * `timeout` as runSoffice's.
 */
export async function convertQueued(workDir: string, format = 'xlsx', own: readonly string[] = [], timeout?: number): Promise<string[]> {
  const batch = queued.filter((suite) => suite.format === format);
  queued.splice(0, queued.length, ...queued.filter((suite) => suite.format !== format));
  const inputs = [...own, ...batch.flatMap((suite) => suite.inputs)];
  const names = new Set(inputs.map((input) => path.basename(input)));
  if (names.size !== inputs.length) throw new Error('two queued inputs share a name: their outputs would overwrite each other');
  const extension = format.split(':')[0] ?? format;
  const outputs = convertAll(inputs, format, path.join(workDir, extension === 'xlsx' ? 'out' : extension), workDir, timeout);
  let next = own.length;
  for (const suite of batch) {
    await suite.read(outputs.slice(next, next + suite.inputs.length));
    next += suite.inputs.length;
  }
  return outputs.slice(0, own.length);
}
