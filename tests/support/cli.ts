import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { PACKAGE_ROOT } from '../../src/cli/paths';
import type { OutputFs } from '../../src/cli/safeWrite';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The lines of `check`'s output that each name a file (✓ accepted, △ warnings, ✗ errors, ! unreadable, – left out). */
export function fileLines(stdout: string): string[] {
  return stdout.split('\n').filter((line) => /^[✓△✗!–] /u.test(line));
}

export interface CliOptions {
  input?: string;
  cwd?: string;
  /** The script of `check --jobs`'s worker threads (io.checkWorker). */
  checkWorker?: string;
  /** The file system outputs are written with (io.outputFs): one whose writes fail where the machine's would not. */
  outputFs?: OutputFs;
}

/**
 * Runs one command line in this process through `main(argv, io)`, with standard input, output and error kept in
 * strings: what the bin does, without starting Node again. Use this for every command-line test.
 */
export async function cli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const status = await main(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readStdin: () => Promise.resolve(options.input ?? ''),
    isTty: false,
    cwd: options.cwd ?? PACKAGE_ROOT,
    ...(options.checkWorker === undefined ? {} : { checkWorker: options.checkWorker }),
    ...(options.outputFs === undefined ? {} : { outputFs: options.outputFs }),
  });
  return { status, stdout, stderr };
}

/**
 * Starts the real `plan-indicators` bin in a new process, as a user's shell would. Slow (a Node start each time, and
 * the sources through tsx when build/cli is older than them): keep it to the smoke test and use `cli` otherwise.
 */
export function runCli(args: string[], options: CliOptions & { env?: Record<string, string> } = {}): CliResult {
  const result = spawnSync(process.execPath, [path.join(PACKAGE_ROOT, 'bin', 'plan-indicators.js'), ...args], {
    cwd: options.cwd ?? PACKAGE_ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
