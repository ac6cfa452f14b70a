/**
 * `node --require tsx/cjs scripts/bench/readerRatio.ts [count]`: the reader's figures alone (issue 15.8), without the
 * rest of `npm run bench`: ExcelJS loading the same returns (the floor the checker is held to), `check` and
 * `consolidate` over them, each in a process of its own with its peak memory. Prints the table BENCHMARKS.md carries.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { PACKAGE_ROOT } from '../../src/cli/paths';
import { generateReturns } from './generateReturns';

interface Run {
  seconds: number;
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
  const tsx = ['--require', require.resolve('tsx/cjs')];
  const load = child([path.join(__dirname, 'loadOnly.js'), dir]);
  const check = child([...tsx, path.join(__dirname, 'runCheck.ts'), dir, path.join(work, 'check.json')]);
  const consolidate = child([...tsx, path.join(__dirname, 'runConsolidate.ts'), dir, path.join(work, 'consolidated.xlsx')]);
  const mb = (run: Run) => `${(run.maxRssKb / 1024).toFixed(0)} MB`;
  return [
    `| ${count} returns, one run each | seconds | ratio to ExcelJS load | peak memory (maxRSS) |`,
    '| --- | --- | --- | --- |',
    `| ExcelJS alone loading them (\`scripts/bench/loadOnly.js\`) | ${load.seconds.toFixed(2)} | 1.00 | ${mb(load)} |`,
    `| \`plan-indicators check\` (read, check, JSON) | ${check.seconds.toFixed(2)} | ${(check.seconds / load.seconds).toFixed(2)} | ${mb(check)} |`,
    `| \`plan-indicators consolidate\` (read, check, write the city workbook) | ${consolidate.seconds.toFixed(2)} | ${(consolidate.seconds / load.seconds).toFixed(2)} | ${mb(consolidate)} |`,
  ];
}

void figures(Number(process.argv[2] ?? 500)).then((lines) => process.stdout.write(`${lines.join('\n')}\n`));
