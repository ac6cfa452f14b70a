import os from 'node:os';
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
});
