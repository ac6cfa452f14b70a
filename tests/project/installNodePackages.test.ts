/**
 * scripts/install-node-packages.sh (scripts/test.sh and scripts/start.sh run it first) runs `npm ci` when node_modules
 * does not hold what package-lock.json locks — by content (decision 0271). It ran `npm ci` whenever the lock file was
 * newer than npm's record of the install, which it is in every fresh checkout: git writes the lock anew, so a worktree
 * made after the install reinstalled (2 min, decision 0269's "noticed"). The script runs here against a temporary
 * folder with a stand-in `npm` first on the PATH that records what it was asked and writes the record npm's install
 * writes (the registry is not reachable from a test); the last test reads this checkout's own lock and npm's record.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/** A lock as npm 7–11 write it: the project, a package, one nested, and another platform's optional package. */
const LOCK = {
  name: 'plan-indicators', version: '0.1.0', lockfileVersion: 3, requires: true,
  packages: {
    '': { name: 'plan-indicators', version: '0.1.0', dependencies: { exceljs: '^4.4.0' } },
    'node_modules/exceljs': { version: '4.4.0', resolved: 'https://registry.npmjs.org/exceljs/-/exceljs-4.4.0.tgz', integrity: 'sha512-exceljs', license: 'MIT' },
    'node_modules/exceljs/node_modules/uuid': { version: '8.3.2', resolved: 'https://registry.npmjs.org/uuid/-/uuid-8.3.2.tgz', integrity: 'sha512-uuid', license: 'MIT' },
    'node_modules/@esbuild/darwin-arm64': { version: '0.25.0', resolved: 'https://registry.npmjs.org/@esbuild/darwin-arm64/-/darwin-arm64-0.25.0.tgz', integrity: 'sha512-esbuild', cpu: ['arm64'], dev: true, optional: true, os: ['darwin'] },
  },
};

/** What `npm ci` records of that lock in node_modules/.package-lock.json on Linux: no project entry, no macOS package. */
const INSTALLED = {
  name: LOCK.name, version: LOCK.version, lockfileVersion: 3, requires: true,
  packages: { 'node_modules/exceljs': LOCK.packages['node_modules/exceljs'], 'node_modules/exceljs/node_modules/uuid': LOCK.packages['node_modules/exceljs/node_modules/uuid'] },
};

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'install-node-packages-'));
  fs.mkdirSync(path.join(dir, 'scripts'));
  for (const script of ['install-node-packages.sh', 'packages-installed.js']) fs.copyFileSync(path.join(ROOT, 'scripts', script), path.join(dir, 'scripts', script));
  fs.mkdirSync(path.join(dir, 'bin'));
  fs.writeFileSync(path.join(dir, 'bin', 'npm'), `#!/usr/bin/env bash
echo "$*" >> "${dir}/npm-calls"
mkdir -p node_modules
cp "${dir}/installed.json" node_modules/.package-lock.json
`, { mode: 0o755 });
  writeJson('installed.json', INSTALLED);
  writeJson('package-lock.json', LOCK);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function writeJson(name: string, value: unknown): void {
  fs.writeFileSync(path.join(dir, name), `${JSON.stringify(value, null, 2)}\n`);
}

/** Runs the script as scripts/test.sh does, from the repository's root; the npm commands it ran. */
function install(): string[] {
  const run = spawnSync('bash', [path.join(dir, 'scripts', 'install-node-packages.sh')], {
    cwd: dir, encoding: 'utf8', env: { ...process.env, PATH: `${path.join(dir, 'bin')}:${process.env['PATH'] ?? ''}` },
  });
  expect([run.status, run.stderr]).toEqual([0, '']);
  const calls = path.join(dir, 'npm-calls');
  const made = fs.existsSync(calls) ? fs.readFileSync(calls, 'utf8').trim().split('\n') : [];
  fs.rmSync(calls, { force: true });
  return made;
}

/** The lock file written again, as a checkout writes it: the same bytes, a minute newer than the install. */
function checkedOutAgain(): void {
  const later = new Date(Date.now() + 60_000);
  fs.utimesSync(path.join(dir, 'package-lock.json'), later, later);
}

describe('scripts/install-node-packages.sh', () => {
  it('installs on a clean machine (no node_modules), as .ci/run needs', () => {
    expect(install()).toEqual(['ci --no-audit --no-fund']);
    expect(fs.existsSync(path.join(dir, 'node_modules', '.package-lock.json'))).toBe(true);
  });

  it('regression: does not reinstall in a fresh checkout of the same lock (the lock newer than the install)', () => {
    install();
    checkedOutAgain();
    // Before: ['ci --no-audit --no-fund'], every time a worktree or clone was made after the install.
    expect(install()).toEqual([]);
    // The macOS package the lock holds and npm skipped on this platform is no reason to reinstall either.
    expect(install()).toEqual([]);
  });

  it('reinstalls when the lock changed, whatever the times say', () => {
    install();
    const bumped = structuredClone(LOCK);
    bumped.packages['node_modules/exceljs/node_modules/uuid'] = { ...bumped.packages['node_modules/exceljs/node_modules/uuid'], version: '9.0.1', integrity: 'sha512-uuid9' };
    writeJson('package-lock.json', bumped);
    const earlier = new Date(Date.now() - 3_600_000);
    fs.utimesSync(path.join(dir, 'package-lock.json'), earlier, earlier);
    expect(install()).toEqual(['ci --no-audit --no-fund']);
  });

  it('reinstalls when node_modules holds a package the lock does not, or lacks npm\'s record (an install cut short)', () => {
    writeJson('installed.json', { ...INSTALLED, packages: { ...INSTALLED.packages, 'node_modules/left-pad': { version: '1.3.0' } } });
    install();
    checkedOutAgain();
    expect(install()).toEqual(['ci --no-audit --no-fund']);
    fs.rmSync(path.join(dir, 'node_modules', '.package-lock.json'));
    expect(install()).toEqual(['ci --no-audit --no-fund']);
  });

  it('finds this checkout\'s packages installed as its lock says (npm\'s real record; scripts/test.sh installs first)', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'packages-installed.js')], { cwd: ROOT, encoding: 'utf8' });
    expect([run.status, run.stderr]).toEqual([0, '']);
  });
});
