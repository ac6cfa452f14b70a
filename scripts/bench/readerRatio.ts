/**
 * `node --require tsx/cjs scripts/bench/readerRatio.ts [count]`: the reader's figures alone (issue 15.8), without the
 * rest of `npm run bench`: ExcelJS loading the same returns (the floor the checker is held to), `check` and
 * `consolidate` over them, each in a process of its own with its wall time, CPU time and peak memory. The command
 * line is compiled first (scripts/build-cli.js) and run as the bin runs it, from build/cli, by a plain JavaScript
 * child (runCli.js) with no TypeScript loader in the measured process. Prints the table
 * BENCHMARKS.md carries, with the load average the machine had.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PACKAGE_ROOT } from '../../src/cli/paths';
import { generateReturns } from './generateReturns';

interface Run {
  seconds: number;
  cpuSeconds: number;
  maxRssKb: number;
}

function child(args: string[]): Run {
  const result = spawnSync(process.execPath, args, { cwd: PACKAGE_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const last = result.stdout.trim().split('\n').at(-1);
  if (last === undefined || last === '') throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  return JSON.parse(last) as Run;
}

async function figures(count: number): Promise<string[]> {
  const work = path.join(os.tmpdir(), 'plan-indicators-bench');
  const dir = path.join(work, `returns-${count}`);
  await generateReturns(dir, count);
  const build = spawnSync(process.execPath, [path.join(PACKAGE_ROOT, 'scripts', 'build-cli.js')], { cwd: PACKAGE_ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build-cli failed: ${build.stdout}${build.stderr}`);
  const main = path.join(PACKAGE_ROOT, 'build', 'cli', 'src', 'cli', 'main.js');
  const runCli = path.join(__dirname, 'runCli.js');
  const loadAverage = () => os.loadavg().map((value) => value.toFixed(2)).join(' ');
  // The commands refuse to replace a file they did not just write: last run's outputs go first, or nothing is written.
  for (const output of ['check.json', 'consolidated.xlsx']) fs.rmSync(path.join(work, output), { force: true });
  const before = loadAverage();
  const load = child([path.join(__dirname, 'loadOnly.js'), dir]);
  const check = child([runCli, main, 'check', dir, '--json', path.join(work, 'check.json'), '--jobs', '1']);
  const consolidate = child([runCli, main, 'consolidate', dir, '--plan', 'zj-hightech-industry-2021-2025', '--year', '2024', '-o', path.join(work, 'consolidated.xlsx')]);
  const mb = (run: Run) => `${(run.maxRssKb / 1024).toFixed(0)} MB`;
  const row = (name: string, run: Run) => `| ${name} | ${run.seconds.toFixed(2)} | ${(run.seconds / load.seconds).toFixed(2)} | ${run.cpuSeconds.toFixed(2)} | ${(run.cpuSeconds / load.cpuSeconds).toFixed(2)} | ${mb(run)} |`;
  return [
    `Load average (1, 5, 15 min) before the runs: ${before}; after: ${loadAverage()}.`,
    '',
    `| ${count} returns, one run each | wall s | wall ratio | CPU s (user+sys) | CPU ratio | peak memory (maxRSS) |`,
    '| --- | --- | --- | --- | --- | --- |',
    row('ExcelJS alone loading them (`scripts/bench/loadOnly.js`)', load),
    row('`plan-indicators check` (read, check, JSON)', check),
    row('`plan-indicators consolidate` (read, check, write the city workbook)', consolidate),
  ];
}

void figures(Number(process.argv[2] ?? 500)).then((lines) => process.stdout.write(`${lines.join('\n')}\n`));
