import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { failureText } from '../../src/cli/failure';
import { PACKAGE_ROOT } from '../../src/cli/paths';
import { renderProblem } from '../../src/core/i18n';
import { readReturnWorkbook, ReturnFileError } from '../../src/xlsx';

/**
 * `plan-indicators --help` must start fast (issue 15: under 200 ms on this machine): the command line loads a
 * command's module only when that command runs. A module imported at the top of main (the failure text once imported
 * the reader's index for ReturnFileError) pulled the reader, the checks and the layout into every start-up: 238
 * modules and 0.24–0.31 s for --help, against 20 modules and 0.12 s. The compiled command line runs in a process of
 * its own, as the bin runs it, and says which of its own files and which packages Node loaded.
 */
const BUILT_MAIN = path.join(PACKAGE_ROOT, 'build', 'cli', 'src', 'cli', 'main.js');
const CHILD = `
const path = require('node:path');
const [main, ...args] = process.argv.slice(1);
const io = { stdout: () => undefined, stderr: (text) => process.stderr.write(text), readStdin: async () => '', isTty: false, cwd: process.cwd() };
require(main).main(args, io).then((status) => {
  const src = path.join(path.dirname(path.dirname(main)), '');
  const files = Object.keys(require.cache);
  const own = files.filter((file) => file.startsWith(src)).map((file) => path.relative(src, file));
  const packages = [...new Set(files.filter((file) => file.includes('node_modules')).map((file) => file.split('node_modules' + path.sep).at(-1).split(path.sep)[0]))];
  process.stdout.write(JSON.stringify({ status, own, packages }));
});`;

function startUp(args: string[]): { status: number; own: string[]; packages: string[] } {
  const child = spawnSync(process.execPath, ['-e', CHILD, BUILT_MAIN, ...args], { cwd: PACKAGE_ROOT, encoding: 'utf8', timeout: 60_000 });
  expect(child.stderr).toBe('');
  return JSON.parse(child.stdout) as { status: number; own: string[]; packages: string[] };
}

describe('start-up of the command line', () => {
  it('--help loads no command, no reader, no check and no package: only main, its arguments and the locale tables', () => {
    const help = startUp(['--help']);
    expect(help.status).toBe(0);
    expect(help.packages).toEqual([]);
    expect(help.own.filter((file) => /^(xlsx|core\/(checks|layout|returns|catalog|documents|consolidation|attainment))\//u.test(file) || file.startsWith(`cli${path.sep}commands`))).toEqual([]);
    expect(help.own.length).toBeLessThan(40);
  });

  it('a failure is still worded as before: a damaged file as its problem, a missing file by its name, a bug with its stack', async () => {
    const read = await readReturnWorkbook(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    if (read.ok) throw new Error('seven bytes read as a workbook');
    const damaged = new ReturnFileError(read.problem);
    expect(failureText(damaged, 'zh-CN')).toBe(`${renderProblem(read.problem, 'zh-CN')}\n`);
    expect(failureText(damaged, 'en-US')).toBe(`${renderProblem(read.problem, 'en-US')}\n`);
    expect(failureText(damaged, 'en-US')).toMatch(/damaged|cannot be read/u);
    const missing = Object.assign(new Error('ENOENT'), { code: 'ENOENT', path: '/nowhere/县.xlsx' });
    expect(failureText(missing, 'en-US')).toContain('/nowhere/县.xlsx');
    const bug = new TypeError('x is undefined');
    expect(failureText(bug, 'zh-CN')).toContain(bug.stack!);
  });
});
