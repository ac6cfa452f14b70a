import { spawnSync } from 'node:child_process';
import { PACKAGE_ROOT } from '../../src/cli/paths';

/** Strict TypeScript and lint, as part of the suite: a type error or a lint error fails the run. */
function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: PACKAGE_ROOT, encoding: 'utf8', timeout: 240_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('the code base', () => {
  it('type-checks under strict TypeScript', () => {
    const { status, output } = run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
    expect(output).toBe('');
    expect(status).toBe(0);
  }, 240_000);

  it('passes lint with every rule an error', () => {
    const { status, output } = run('npx', ['eslint', '.', '--max-warnings', '0']);
    expect(output).toBe('');
    expect(status).toBe(0);
  }, 240_000);
});
