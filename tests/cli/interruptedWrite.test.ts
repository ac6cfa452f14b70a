/**
 * Ctrl-C (SIGINT), SIGTERM or a closed terminal (SIGHUP) while the command line writes an output (decision 0271).
 * Before, Node's default ended the process at once, mid-write: the hidden `.plan-indicators-….tmp` the bytes were
 * going to stayed beside the report, or beside every return check --jobs was annotating. Now the write under way is
 * finished (or, in a worker thread, stopped and its temporary removed) and the same signal then ends the process: no
 * temporary is left, nothing half written takes an output's name, and the status is the signal's.
 *
 * A real process is the point here (signals, worker threads, the process's end), so these tests start the bin. Each
 * write into a temporary is held for a moment (tests/support/heldWrites.js, loaded with NODE_OPTIONS) so that the
 * signal, sent when the temporary appears, finds the write under way, as it would on a slow disk or share.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { PACKAGE_ROOT } from '../../src/cli/paths';
import { planOf, realCatalog } from '../support/catalog';
import { keptSampleReturn } from '../support/keptSampleReturn';
import { cli, fileLines } from '../support/cli';

const BIN = path.join(PACKAGE_ROOT, 'bin', 'plan-indicators.js');
const HELD_WRITES = path.join(PACKAGE_ROOT, 'tests', 'support', 'heldWrites.js');
const TEMPORARY = /^\.plan-indicators-\d+-[0-9a-f]{8}\.tmp$/u;
const PLAN = 'zj-hightech-industry-2021-2025';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-interrupted-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A folder of `count` returns of 越城区, each with the sample's usual mistakes (so that check --annotate copies each). */
async function returnsFolder(name: string, count: number): Promise<string> {
  const folder = path.join(dir, name);
  fs.mkdirSync(folder, { recursive: true });
  const bytes = await keptSampleReturn({ region: { name: '绍兴市越城区', code: '330602' }, plans: [planOf(PLAN)], loaded: realCatalog(), reportingYear: 2025, seed: 31, mistakes: ['unit_slip'] });
  for (let index = 1; index <= count; index += 1) fs.writeFileSync(path.join(folder, `越城区-${index}.xlsx`), bytes);
  return folder;
}

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Whether the signal was sent while a temporary stood in the folder watched (a write under way). */
  sentMidWrite: boolean;
  stderr: string;
}

/**
 * Runs the bin with `args`, sends `signal` once a temporary (or a file `written` picks) appears in `watched`, and waits
 * for the process to end. `env`: more for the held writes (PLAN_INDICATORS_TEST_HOLD_OPENED).
 */
async function interrupted(args: string[], signal: NodeJS.Signals, watched: string, env: NodeJS.ProcessEnv = {}, written = (_name: string) => false): Promise<Ended> {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: dir,
    env: { ...process.env, NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --require "${HELD_WRITES}"`, PLAN_INDICATORS_TEST_HOLD_MS: '1000', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    stderr += text;
  });
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const ended = new Promise<void>((resolve) => {
    child.on('exit', (code, ended) => {
      exit = { code, signal: ended };
      resolve();
    });
  });
  let sentMidWrite = false;
  while (exit === undefined && !sentMidWrite) {
    if (fs.readdirSync(watched).some((name) => TEMPORARY.test(name) || written(name))) {
      child.kill(signal);
      sentMidWrite = true;
    } else {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
  await ended;
  return { ...exit!, sentMidWrite, stderr };
}

async function readsAsWorkbook(file: string): Promise<void> {
  await new ExcelJS.Workbook().xlsx.readFile(file);
}

describe('a signal during a write leaves no temporary and no half output', () => {
  it.each([
    ['Ctrl-C (SIGINT)', 'SIGINT', ['--json', '结果.json']],
    ['a closed terminal (SIGHUP)', 'SIGHUP', []],
  ] as const)('%s while check writes its report: the report is finished, no temporary is left, the status is the signal’s', async (_title, signal, json) => {
    const returns = await returnsFolder(`returns-${signal}`, 2);
    const out = path.join(dir, `out-${signal}`);
    fs.mkdirSync(out);
    const ended = await interrupted(['check', returns, '--report', path.join(out, '汇总.xlsx'), ...json.map((arg) => (arg.endsWith('.json') ? path.join(out, arg) : arg))], signal, out);
    expect(ended.sentMidWrite).toBe(true);
    // Ended by the signal, as a shell sees it: 130 for SIGINT, 129 for SIGHUP (not the command's own status, 2).
    expect([ended.code, ended.signal, ended.stderr]).toEqual([null, signal, '']);
    // Before: only .plan-indicators-<pid>-<random>.tmp — the report's bytes under a hidden name, and no report.
    const left = fs.readdirSync(out);
    expect(left.filter((name) => TEMPORARY.test(name))).toEqual([]);
    expect(left).toContain('汇总.xlsx');
    await readsAsWorkbook(path.join(out, '汇总.xlsx'));
    // The JSON, written in the same stretch of work before the signal is taken, is whole when it is there at all.
    expect(left.filter((name) => name !== '汇总.xlsx' && name !== '结果.json')).toEqual([]);
    if (left.includes('结果.json')) expect(() => JSON.parse(fs.readFileSync(path.join(out, '结果.json'), 'utf8')) as unknown).not.toThrow();
  }, 120_000);

  it('SIGTERM while check --jobs 2 annotates in worker threads: the workers are stopped, their temporaries removed', async () => {
    const returns = await returnsFolder('jobs', 8);
    const ended = await interrupted(['check', returns, '--jobs', '2', '--annotate'], 'SIGTERM', returns);
    expect(ended.sentMidWrite).toBe(true);
    expect([ended.code, ended.signal, ended.stderr]).toEqual([null, 'SIGTERM', '']);
    const left = fs.readdirSync(returns);
    expect(left.filter((name) => TEMPORARY.test(name))).toEqual([]);
    // Every annotated copy that has its name is whole; the returns are untouched.
    const copies = left.filter((name) => name.endsWith('.批注.xlsx'));
    for (const copy of copies) await readsAsWorkbook(path.join(returns, copy));
    expect(left.filter((name) => !name.endsWith('.批注.xlsx'))).toHaveLength(8);
  }, 120_000);
});

describe('demo interrupted while it writes its sample returns', () => {
  it('Ctrl-C (SIGINT) during the first: every sample return with its name is whole, no temporary is left, the status is the signal’s', async () => {
    const out = path.join(dir, 'demo');
    const previous = path.join(out, '1-2024年报表');
    fs.mkdirSync(previous, { recursive: true });
    const sample = (name: string) => name.endsWith('-示例.xlsx');
    // A sample return opened under its own name is held before its bytes land (what the demo's own writes did before).
    const ended = await interrupted(['demo', '-o', out], 'SIGINT', previous, { PLAN_INDICATORS_TEST_HOLD_OPENED: '-示例\\.xlsx$' }, sample);
    expect(ended.sentMidWrite).toBe(true);
    expect([ended.code, ended.signal, ended.stderr]).toEqual([null, 'SIGINT', '']);
    const left = fs.readdirSync(previous);
    expect(left.filter((name) => TEMPORARY.test(name))).toEqual([]);
    // Before: 绍兴市越城区-2024-示例.xlsx of 0 bytes, under the name a county opens.
    expect(left.filter(sample).length).toBeGreaterThan(0);
    for (const name of left.filter(sample)) await readsAsWorkbook(path.join(previous, name));
    expect(left.filter((name) => !sample(name))).toEqual([]);
  }, 120_000);
});

describe('a temporary that a SIGKILL left (no process can catch that signal)', () => {
  it('is not a return: check <folder> does not list it, even when it holds a whole return’s bytes', async () => {
    const returns = await returnsFolder('killed', 1);
    fs.copyFileSync(path.join(returns, '越城区-1.xlsx'), path.join(returns, '.plan-indicators-4242-0123abcd.tmp'));
    const { stdout } = await cli(['check', returns], { cwd: dir });
    expect(fileLines(stdout)).toEqual([expect.stringContaining('越城区-1.xlsx')]);
    expect(stdout).not.toContain('.plan-indicators-');
  });
});
