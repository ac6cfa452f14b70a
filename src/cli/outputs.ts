/**
 * The outputs of a command, as the user is told about them: refused before anything is read when one would land on
 * an input (or two on each other), and, once written, one line for an output that could not be.
 */
import path from 'node:path';
import { translate, type Locale } from '../core/i18n';
import { UsageError } from './args';
import { isInput, writeOutput, type OutputFs, type WriteOutcome } from './safeWrite';

/** The message for an output not written, worded for `locale`. */
export function outputProblem(outcome: Extract<WriteOutcome, { ok: false }>, shown: string, locale: Locale): string {
  return translate(locale, `output.${outcome.refusal}`, { file: shown, detail: outcome.detail });
}

/**
 * Refuses, as a usage error, outputs that equal an input or each other (`outputs`: option name → path as given).
 * Called before any input is read.
 */
export function refuseOutputsOnInputs(outputs: Record<string, string | undefined>, inputs: ReadonlySet<string>, cwd: string, locale: Locale, fs?: OutputFs): void {
  const seen = new Map<string, string>();
  for (const [option, given] of Object.entries(outputs)) {
    if (given === undefined) continue;
    const resolved = path.resolve(cwd, given);
    if (isInput(resolved, inputs, fs)) throw new UsageError(`--${option}: ${translate(locale, 'output.is_input', { file: given })}`);
    const other = seen.get(resolved);
    if (other !== undefined) throw new UsageError(`--${option} = --${other}: ${given}`);
    seen.set(resolved, option);
  }
}

export interface OutputWrite {
  file: string;
  bytes: Uint8Array | string;
  force: boolean;
  inputs: ReadonlySet<string>;
}

/** Writes one output; null when written, else the line to show. */
export function writeShown(write: OutputWrite, cwd: string, locale: Locale, fs?: OutputFs): string | null {
  const outcome = writeOutput(write.file, write.bytes, { force: write.force, inputs: write.inputs, ...(fs === undefined ? {} : { fs }) });
  return outcome.ok ? null : outputProblem(outcome, path.relative(cwd, write.file) || write.file, locale);
}
