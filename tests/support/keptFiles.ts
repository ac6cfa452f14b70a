/**
 * Test fixtures kept between test files and runs, in the temporary folder, under a hash of what they are made from
 * and of every source file and the working folder: any change to src makes them afresh. Each test file has a fresh
 * module registry, so a fixture kept in a module is made again by every file that needs it; kept here, it is made
 * once.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hashTree } from '../../src/cli/builtCatalog';
import { PACKAGE_ROOT } from '../../src/cli/paths';

/**
 * Where jest's global setup (tests/support/globalSetup.ts) leaves the hash of the sources for the run's test files:
 * made once per run, not again in each test file's fresh registry (about a second of CPU over the suite, decision 0269).
 */
export const SOURCES_HASH_VARIABLE = 'PLAN_INDICATORS_TEST_SOURCES_HASH';

/** A hash of every source file and of the working folder: the code that makes a fixture is code under test. */
export function sourcesHash(): string {
  return hashTree(crypto.createHash('sha256').update(process.cwd()).update('\0'), path.join(PACKAGE_ROOT, 'src'), PACKAGE_ROOT).digest('hex');
}

let sourceHash: string | undefined;

/** The run's hash of the sources (set by the global setup), or this file's own when jest ran none. */
function sources(): string {
  sourceHash ??= process.env[SOURCES_HASH_VARIABLE] ?? sourcesHash();
  return sourceHash;
}

/** Where a fixture made from `parts` (texts naming every input it is made from) is kept, its name starting `prefix`. */
export function keptPath(prefix: string, extension: string, parts: readonly string[]): string {
  const hash = crypto.createHash('sha256').update(sources());
  for (const part of parts) hash.update(part).update('\0');
  return path.join(os.tmpdir(), 'plan-indicators-tests', `${prefix}-${hash.digest('hex').slice(0, 24)}.${extension}`);
}

/** Writes `content` to `file` whole: another test file reading it at the same time finds it complete or absent. */
export function writeKept(file: string, content: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}`;
  fs.writeFileSync(partial, content);
  fs.renameSync(partial, file);
}

/** The bytes made by `make` from `parts`: read from the kept file when there is one, else made and kept. */
export async function keptBytes(parts: readonly string[], make: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const file = keptPath('bytes', 'bin', parts);
  try {
    return new Uint8Array(fs.readFileSync(file));
  } catch {
    const bytes = await make();
    writeKept(file, bytes);
    return bytes;
  }
}
