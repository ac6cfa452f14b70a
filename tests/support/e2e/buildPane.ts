/**
 * The pane built as it ships, but for its source maps: webpack in production mode for a deployment host (never into
 * the working tree's dist/), without the .map files no test reads (about 2 s of the build's CPU, decision 0254), with
 * the default office.js URL — which, with no network, fails to load, as it would for a WPS user
 * offline (tests that want the real office.js serve it: support/officeJs.ts). The build is kept in the system's
 * temporary folder under a hash of its inputs, so the e2e files of one run (and later runs on unchanged sources)
 * share one build: a production build takes one to two minutes on a busy machine. While one process builds, the
 * others wait for it (a lock file beside the build) instead of building the same thing.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PACKAGE_ROOT } from '../../../src/cli/paths';

/** The host the e2e build is made for: its dist/manifest.xml must point there. */
export const E2E_HOST = 'https://tjj.example.gov.cn/addin/';

export interface BuiltPane {
  dir: string;
  /** The files the first screen loads (taskpane.html's scripts), and every other chunk. */
  initial: string[];
  chunks: string[];
}

const INPUTS = ['src', 'catalog', 'assets', 'scripts', 'manifest.xml', 'webpack.config.js', 'tsconfig.json', 'package-lock.json'];

function filesUnder(entry: string): string[] {
  const full = path.join(PACKAGE_ROOT, entry);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [entry];
  return fs.readdirSync(full).sort().flatMap((name) => filesUnder(path.join(entry, name)));
}

function inputsHash(): string {
  const hash = crypto.createHash('sha256');
  for (const file of INPUTS.flatMap(filesUnder)) {
    hash.update(file);
    hash.update(fs.readFileSync(path.join(PACKAGE_ROOT, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

function described(dir: string): BuiltPane {
  const html = fs.readFileSync(path.join(dir, 'taskpane.html'), 'utf8');
  // The minified page may leave attribute values unquoted.
  const initial = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+\.js)/gu)].map((match) => match[1] ?? '').filter((src) => !/^https?:/u.test(src));
  const chunks = fs.readdirSync(dir).filter((name) => name.endsWith('.js') && !initial.includes(name) && !name.startsWith('commands.'));
  return { dir, initial, chunks };
}

const BUILD_TIMEOUT = 900_000;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Waits while another test process builds the same inputs (the two e2e files start side by side on jest's two workers,
 * and two production builds at once cost twice the CPU); true when this process may build. A lock whose process
 * is gone is taken over.
 */
function mayBuild(dir: string): boolean {
  const lock = `${dir}.lock`;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'taskpane.html'))) return false;
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return true;
    } catch {
      let owner: string;
      try {
        owner = fs.readFileSync(lock, 'utf8');
      } catch {
        continue; // the builder just finished
      }
      // A lock older than the build's own time limit is stale, whatever process now has its number.
      const stale = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > BUILD_TIMEOUT;
      if ((owner !== '' && !alive(Number(owner))) || stale) fs.rmSync(lock, { force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
    }
  }
}

export function buildPane(): BuiltPane {
  const dir = path.join(os.tmpdir(), `pane-e2e-build-${inputsHash()}`);
  if (!mayBuild(dir)) return described(dir);
  try {
    return build(dir);
  } finally {
    fs.rmSync(`${dir}.lock`, { force: true });
  }
}

function build(dir: string): BuiltPane {
  const partial = `${dir}.partial-${process.pid}`;
  const result = spawnSync(process.execPath, [path.join(PACKAGE_ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production', '--no-devtool', '--env', `host=${E2E_HOST}`, '--output-path', partial], {
    cwd: PACKAGE_ROOT, encoding: 'utf8', timeout: BUILD_TIMEOUT,
  });
  if (result.status !== 0) throw new Error(`webpack failed:\n${result.stdout}\n${result.stderr}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(partial, dir);
  return described(dir);
}
