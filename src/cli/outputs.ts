/**
 * The outputs of a command, as the user is told about them: refused before anything is read when one would land on
 * an input (or two on each other), and, once written, one line for an output that could not be.
 */
import path from 'node:path';
import { translate, type Locale } from '../core/i18n';
import { UsageError } from './args';
import { isToolOutput, DEFAULT_LIMITS } from '../xlsx';
import { readRegularFile } from './safeRead';
import { inputSet, isInput, realPathOf, writeOutput, type OutputContent, type OutputFs, type WriteOutcome } from './safeWrite';
import { shownPath } from './shownPath';
import { annotatedName } from './files';
import { writeReason } from './systemErrors';

/** The message for an output not written, worded for `locale`. */
function outputProblem(outcome: Extract<WriteOutcome, { ok: false }>, shown: string, locale: Locale): string {
  const reason = outcome.refusal === 'failed' ? writeReason(outcome.detail) : undefined;
  if (reason !== undefined) return translate(locale, 'output.failed.reason', { file: shown, reason: { code: reason, params: {} } });
  return translate(locale, `output.${outcome.refusal}`, { file: shown, detail: outcome.detail });
}

/**
 * Refuses, as a usage error, outputs that equal an input or each other (`outputs`: option name → path as given).
 * Called before any input is read.
 */
export function refuseOutputsOnInputs(outputs: Record<string, string | undefined>, inputs: ReadonlySet<string>, cwd: string, fs?: OutputFs): void {
  const seen = new Map<string, string>();
  for (const [option, given] of Object.entries(outputs)) {
    if (given === undefined) continue;
    const resolved = path.resolve(cwd, given);
    if (isInput(resolved, inputs, fs)) throw new UsageError('cli.option_problem', { option, problem: { code: 'output.is_input', params: { file: given } } });
    const other = seen.get(resolved);
    if (other !== undefined) throw new UsageError('output.same_as_other', { option, other, file: given });
    seen.set(resolved, option);
  }
}

/**
 * The annotated copies `check --annotate` would write, each with the first input (as shown) that names it: two inputs
 * with one base name (`r.xlsx`, `r.xlsm`) would otherwise have the second copy replace the first in the same run.
 */
export function annotatedCopiesOf(files: readonly string[], cwd: string, folder?: string): Map<string, string> {
  const copies = new Map<string, string>();
  for (const file of files) {
    const copy = path.resolve(annotatedName(file, folder));
    if (!copies.has(copy)) copies.set(copy, shownPath(file, cwd));
  }
  return copies;
}

/** Refuses, before anything is read, a report or JSON named like an annotated copy the same run writes. */
export function refuseOutputsOnAnnotatedCopies(outputs: Record<string, string | undefined>, copies: ReadonlyMap<string, string>, cwd: string): void {
  for (const [option, given] of Object.entries(outputs)) {
    if (given !== undefined && copies.has(path.resolve(cwd, given))) throw new UsageError('output.same_as_other', { option, other: 'annotate', file: given });
  }
}

export interface OutputWrite {
  file: string;
  bytes: OutputContent;
  force: boolean;
  inputs: ReadonlySet<string>;
}

/** Writes one output; null when written, else the line to show. */
export function writeShown(write: OutputWrite, cwd: string, locale: Locale, fs?: OutputFs): string | null {
  const outcome = writeOutput(write.file, write.bytes, { force: write.force, inputs: write.inputs, ...(fs === undefined ? {} : { fs }) });
  return outcome.ok ? null : outputProblem(outcome, shownPath(write.file, cwd), locale);
}

/**
 * The inputs found in folders, less the earlier outputs of this tool that a new output would replace: a report
 * written into the returns folder is found there on the next run, and is neither a return nor evidence. Only those
 * few files are opened (and only to find the marker); anything else named like an output stays an input.
 */
export async function withoutOwnOutputs(files: readonly string[], outputs: Record<string, string | undefined>, cwd: string): Promise<string[]> {
  const targets = inputSet(Object.values(outputs).flatMap((given) => (given === undefined ? [] : [path.resolve(cwd, given)])));
  const own = new Set<string>();
  for (const file of files) {
    if (!targets.has(path.resolve(file)) && !targets.has(realPathOf(file))) continue;
    const read = readRegularFile(file, DEFAULT_LIMITS.maxFileBytes);
    if (read.ok && await isToolOutput(read.bytes)) own.add(file);
  }
  return files.filter((file) => !own.has(file));
}
