import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PACKAGE_ROOT } from '../../src/cli/paths';
import { runCli } from '../support/cli';

/** The one test that starts the installed command as a shell would; every other command-line test runs in-process. */
describe('the plan-indicators bin', () => {
  it('runs the compiled command from any folder: help, and a notation read from standard input', () => {
    const help = runCli(['--help'], { cwd: os.tmpdir() });
    // An empty stderr means the bin ran build/cli, not the sources through tsx (it says so when the build is stale).
    expect(help.stderr).toBe('');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('用法 Usage: plan-indicators <command>');

    const notation = runCli(['notation'], { cwd: os.tmpdir(), input: '>66\n' });
    expect(notation.stderr).toBe('');
    expect(notation.status).toBe(0);
    expect(JSON.parse(notation.stdout)).toMatchObject({ kind: 'min', raw: '>66' });
  });

  it('installed from its package file (no sources), runs its build even when npm wrote the schemas after it', () => {
    // What `npm pack` ships (bin, build/cli, catalog), laid out as `npm install -g` extracts it.
    const installed = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-indicators-installed-'));
    try {
      for (const part of ['bin', 'build', 'catalog', 'package.json']) fs.cpSync(path.join(PACKAGE_ROOT, part), path.join(installed, part), { recursive: true });
      fs.symlinkSync(path.join(PACKAGE_ROOT, 'node_modules'), path.join(installed, 'node_modules'));
      const earlier = new Date(Date.now() - 60_000);
      fs.utimesSync(path.join(installed, 'build', 'cli', 'BUILT'), earlier, earlier);
      const help = spawnSync(process.execPath, [path.join(installed, 'bin', 'plan-indicators.js'), '--help'], { cwd: os.tmpdir(), encoding: 'utf8', timeout: 60_000 });
      expect(help.stderr).toBe('');
      expect(help.status).toBe(0);
      expect(help.stdout).toContain('用法 Usage: plan-indicators <command>');
    } finally {
      fs.rmSync(installed, { recursive: true, force: true });
    }
  });
});
