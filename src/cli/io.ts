import type { OutputFs } from './safeWrite';
import { commandOwnsProcess } from './signals';

/** Where a command writes and reads, so that tests can run commands in-process. */
export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The whole of standard input, read on demand. */
  readStdin: () => Promise<string>;
  /** True when standard output is a terminal (progress bars only then). */
  isTty: boolean;
  cwd: string;
  /** The file system outputs are written through (tests inject one that fails); node:fs otherwise. */
  outputFs?: OutputFs;
  /** The script of `check --jobs`'s worker threads (tests inject one that exits on a given file); checkWorker otherwise. */
  checkWorker?: string;
}

/** The real process's streams, for the bin: the command owns the process, so a signal is taken to end it cleanly (signals.ts). */
export function processIo(): CommandIo {
  commandOwnsProcess();
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    isTty: Boolean(process.stdout.isTTY),
    cwd: process.cwd(),
  };
}

/** Exit statuses shared by every command: 4 when an output (annotated copy, report, JSON) could not be written. */
export const EXIT = { ok: 0, warnings: 1, errors: 2, unreadable: 3, writeFailed: 4, usage: 64 } as const;
