/**
 * Writing what a reviewer asked for, and nothing else: never over an input, never through a symbolic link, an
 * existing file only with --force (then replaced by renaming a new file over it, so that a link put there in the
 * meantime is replaced, not followed), and never half: the output's name is given only to a whole file. A write that fails is an outcome, not an exception: the batch goes on.
 * The file system is given, so that tests can make a write fail where the machine would not (CI runs as root,
 * whom a read-only folder does not stop).
 */
import { randomBytes } from 'node:crypto';
import nodeFs from 'node:fs';
import path from 'node:path';
import { signalsBetweenWrites } from './signals';

/** The parts of node:fs a write uses. */
export type OutputFs = Pick<typeof nodeFs, 'openSync' | 'writeSync' | 'closeSync' | 'lstatSync' | 'renameSync' | 'linkSync' | 'mkdirSync' | 'unlinkSync' | 'realpathSync' | 'readdirSync'>;

export type WriteRefusal = 'is_input' | 'exists' | 'symlink' | 'not_regular' | 'failed';
export type WriteOutcome = { ok: true } | { ok: false; refusal: WriteRefusal; detail: string };

export interface WriteOptions {
  force: boolean;
  /** Every input of the command (absolute paths); an output equal to one is refused. */
  inputs: ReadonlySet<string>;
  fs?: OutputFs;
}

const NEW_FILE = nodeFs.constants.O_WRONLY | nodeFs.constants.O_CREAT | nodeFs.constants.O_EXCL | nodeFs.constants.O_NOFOLLOW;

/** The real path of a file, following links; the path itself when it does not exist. */
export function realPathOf(file: string, fs: OutputFs = nodeFs): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/** Whether `file` is (or, through links, lands on) one of `inputs`. */
export function isInput(file: string, inputs: ReadonlySet<string>, fs: OutputFs = nodeFs): boolean {
  const resolved = path.resolve(file);
  return inputs.has(resolved) || inputs.has(realPathOf(resolved, fs));
}

/** The set to pass as `inputs`: each path as given and as its real path. */
export function inputSet(files: readonly string[], fs: OutputFs = nodeFs): Set<string> {
  return new Set(files.flatMap((file) => [path.resolve(file), realPathOf(file, fs)]));
}

/**
 * Text written piece by piece (a batch's JSON, file by file), so that the whole text is never held at once; a piece
 * already UTF-8 bytes is written as it is.
 */
export interface TextChunks {
  chunks: Iterable<string | Uint8Array>;
}

export type OutputContent = Uint8Array | string | TextChunks;

function piecesOf(content: OutputContent): Iterable<Uint8Array> {
  if (typeof content === 'string') return [Buffer.from(content, 'utf8')];
  if (content instanceof Uint8Array) return [content];
  const { chunks } = content;
  return (function* encoded() {
    for (const chunk of chunks) yield typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
  })();
}

function writeNew(fs: OutputFs, file: string, content: OutputContent): void {
  const fd = fs.openSync(file, NEW_FILE, 0o644);
  try {
    for (const data of piecesOf(content)) {
      let written = 0;
      while (written < data.length) written += fs.writeSync(fd, data, written, data.length - written);
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** The temporaries of this tool (temporaryBeside), of any process: the process id, then the random part. */
const TEMPORARY = /^\.plan-indicators-(\d+)-[0-9a-f]{8}\.tmp$/u;

/**
 * A name beside `target` for the bytes while they are written: short (a target name near the system's 255-byte limit
 * still gets one), hidden, and with no suffix a folder walk reads, so that a second run over the folder never lists it.
 * Random, not only the process id: `check --jobs` writes annotated copies from several threads of one process.
 */
function temporaryBeside(target: string): string {
  return path.join(path.dirname(target), `.plan-indicators-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/** How old a temporary of another process must be to be taken for one a killed process left (SIGKILL, a power cut). */
const STALE_MS = 24 * 60 * 60 * 1000;
const swept = new Set<string>();

/**
 * Removes the temporaries in `folder` that `which` picks (by process id and age), files only; what cannot be removed
 * (a read-only share) is left. Never throws: it tidies, it decides nothing.
 */
function removeTemporaries(fs: OutputFs, folder: string, which: (pid: number, modified: number) => boolean): void {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = TEMPORARY.exec(name)?.[1];
    if (pid === undefined) continue;
    const file = path.join(folder, name);
    try {
      const status = fs.lstatSync(file);
      if (status.isFile() && which(Number(pid), status.mtimeMs)) fs.unlinkSync(file);
    } catch {
      // gone meanwhile, or not ours to remove
    }
  }
}

/** This process's temporaries in `folder`: what its worker threads, stopped mid-write by a signal, left (signals.ts). */
export function removeOwnTemporaries(folder: string): void {
  removeTemporaries(nodeFs, folder, (pid) => pid === process.pid);
}

/**
 * The first write into a folder (in this thread) removes the temporaries there that a process killed mid-write left a
 * day or more before (SIGKILL cannot be caught, nor a power cut): they hold no output, and would stay hidden beside
 * the returns for good. One written to now, by a run still going, is never that old.
 */
function sweepStaleTemporaries(fs: OutputFs, folder: string): void {
  if (swept.has(folder)) return;
  swept.add(folder);
  const before = Date.now() - STALE_MS;
  removeTemporaries(fs, folder, (_pid, modified) => modified < before);
}

/**
 * Gives the whole file at `temporary` the name `target`, which did not exist: a hard link, which fails when the name
 * was taken in the meantime (a second run writing the same output) instead of replacing it. Where the link fails
 * otherwise — a file system without hard links (FAT or exFAT on a USB stick, some shares), whatever code the system
 * gives for it there (EPERM, ENOTSUP, EINVAL…) — the name is checked and then taken by a rename, which fails with the
 * real reason where nothing can be written.
 */
function placeNew(fs: OutputFs, temporary: string, target: string): void {
  try {
    fs.linkSync(temporary, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
    if (lstatOrNull(fs, target) !== null) throw Object.assign(new Error(`EEXIST: ${target}`), { code: 'EEXIST' });
    fs.renameSync(temporary, target);
    return;
  }
  try {
    fs.unlinkSync(temporary);
  } catch {
    // the output is in place; a hidden .tmp beside it is all that is left
  }
}

/** The file's own status (a link's, not what it points at), or null when nothing has that name. */
function lstatOrNull(fs: OutputFs, file: string): nodeFs.Stats | null {
  try {
    return fs.lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Writes `bytes` to `file` unless it is an input, a link or something other than a file, or exists (without --force).
 * The bytes go to a temporary file beside it and only a whole file takes the output's name (decision 0268): a write cut
 * short — a full disk, a share that went away — leaves nothing under that name that a reviewer, or the next run (which
 * would refuse to replace it), could take for the whole report, and removes the temporary. Ctrl-C, SIGTERM or the
 * window closed during a write end the process once the write is done, leaving no temporary (signals.ts, decision 0271).
 */
export function writeOutput(file: string, bytes: OutputContent, options: WriteOptions): WriteOutcome {
  const fs = options.fs ?? nodeFs;
  const target = path.resolve(file);
  if (isInput(target, options.inputs, fs)) return { ok: false, refusal: 'is_input', detail: target };
  try {
    try {
      fs.mkdirSync(path.dirname(target), { recursive: true });
    } catch (error) {
      // A file where the path needs a folder ('report.txt/out.xlsx') is EEXIST or ENOTDIR by the system: one reason.
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' || code === 'ENOTDIR') return { ok: false, refusal: 'failed', detail: 'ENOTDIR' };
      throw error;
    }
    const existing = lstatOrNull(fs, target);
    if (existing?.isSymbolicLink() === true) return { ok: false, refusal: 'symlink', detail: target };
    if (existing !== null && !existing.isFile()) return { ok: false, refusal: 'not_regular', detail: target };
    if (existing !== null && !options.force) return { ok: false, refusal: 'exists', detail: target };
    sweepStaleTemporaries(fs, path.dirname(target));
    const temporary = temporaryBeside(target);
    signalsBetweenWrites();
    try {
      writeNew(fs, temporary, bytes);
      // An existing file (--force) is replaced by renaming over it, so that a link put there in the meantime is
      // replaced, not followed.
      if (existing === null) placeNew(fs, temporary, target);
      else fs.renameSync(temporary, target);
    } catch (error) {
      try {
        fs.unlinkSync(temporary);
      } catch {
        // nothing was left behind
      }
      throw error;
    }
    return { ok: true };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Another run wrote this output while this one was writing it: the same answer as an output found there.
    if (code === 'EEXIST') return { ok: false, refusal: 'exists', detail: target };
    return { ok: false, refusal: 'failed', detail: code ?? (error as Error).message };
  }
}
