import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { realCatalog } from '../support/catalog';
import { keptSampleReturn } from '../support/keptSampleReturn';
import { cli, fileLines } from '../support/cli';

/**
 * `check --jobs N` over a batch big enough for worker threads: a file that fails on one worker gets its own line and
 * every other file its verdict, as without --jobs.
 */
const loaded = realCatalog();
const plan = loaded.catalog.plans.find((p) => p.plan.id === 'zj-hightech-industry-2021-2025')!;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-check-jobs-'));
const GOOD = ['甲', '乙', '丙', '丁', '戊', '己'];
// A batch where one worker exits while it holds a file and another throws: tests/support/exitingCheckWorker.ts.
const dyingDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-check-dying-'));
const DYING_GOOD = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];

beforeAll(async () => {
  const good = await keptSampleReturn({ region: { name: '绍兴市越城区', code: '330602' }, plans: [plan], loaded, reportingYear: 2024, seed: 1, mistakes: [] });
  for (const name of GOOD) fs.writeFileSync(path.join(dir, `${name}.xlsx`), good);
  const slip = await keptSampleReturn({ region: { name: '绍兴市上虞区', code: '330604' }, plans: [plan], loaded, reportingYear: 2024, seed: 2, mistakes: ['unit_slip'] });
  fs.writeFileSync(path.join(dir, '退回.xlsx'), slip);
  fs.writeFileSync(path.join(dir, '不是工作簿.xlsx'), 'not a workbook');
  // The checks read this one (they do not need docProps/app.xml); ExcelJS, which writes the annotated copy, throws on it.
  const parts = unzipSync(slip);
  fs.writeFileSync(path.join(dir, '坏属性.xlsx'), zipSync({ ...parts, 'docProps/app.xml': strToU8('<<<') }));
  for (const name of DYING_GOOD) fs.writeFileSync(path.join(dyingDir, `${name}.xlsx`), good);
  fs.writeFileSync(path.join(dyingDir, 'h-rejected.xlsx'), slip);
  fs.writeFileSync(path.join(dyingDir, 'worker-exits.xlsx'), good);
  fs.writeFileSync(path.join(dyingDir, 'worker-throws.xlsx'), good);
}, 120_000);
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(dyingDir, { recursive: true, force: true });
});

const lineOf = (stdout: string, name: string) => stdout.split('\n').find((line) => line.includes(`${name}.xlsx`)) ?? '';

it('gives each file of a batch checked on worker threads its own line: the failures on theirs, the others their verdicts', async () => {
  const { status, stdout } = await cli(['check', dir, '--jobs', '2', '--annotate']);
  for (const name of GOOD) expect(lineOf(stdout, name)).toMatch(/^✓ 接受/u);
  expect(lineOf(stdout, '退回')).toMatch(/^✗ 退回/u);
  expect(lineOf(stdout, '不是工作簿')).toMatch(/^! 无法读取.*这个文件不是 Excel 工作簿/u);
  // Its verdict stands; only its annotated copy is missing, and the line says why.
  expect(lineOf(stdout, '坏属性')).toMatch(/^✗ 退回.*批注副本未写出：这个工作簿已损坏/u);
  expect(fs.existsSync(path.join(dir, '退回.批注.xlsx'))).toBe(true);
  expect(fs.existsSync(path.join(dir, '坏属性.批注.xlsx'))).toBe(false);
  // An annotated copy not written is the worst outcome of this batch (exit 4, README).
  expect(status).toBe(4);
}, 180_000);

it('gives a file whose worker thread exits or throws while holding it its own ! line with the reason; the others keep their verdicts', async () => {
  const checkWorker = path.join(__dirname, '../support/exitingCheckWorker.ts');
  const { status, stdout } = await cli(['check', dyingDir, '--jobs', '2'], { checkWorker });
  const lines = fileLines(stdout);
  // One line for each file, whichever worker died: in region order (330602 a–g, 330604 h), the unreadable after, by name.
  expect(lines.map((line) => /\S+\.xlsx/u.exec(line)?.[0].split(/[\\/]/u).pop())).toEqual([
    ...DYING_GOOD.map((name) => `${name}.xlsx`), 'h-rejected.xlsx', 'worker-exits.xlsx', 'worker-throws.xlsx',
  ]);
  for (const name of DYING_GOOD) expect(lineOf(stdout, name)).toMatch(/^✓ 接受/u);
  expect(lineOf(stdout, 'h-rejected')).toMatch(/^✗ 退回/u);
  expect(lineOf(stdout, 'worker-exits')).toMatch(/^! 无法读取.*校验此文件时程序出错（Error: worker exited with code 70）/u);
  expect(lineOf(stdout, 'worker-throws')).toMatch(/^! 无法读取.*校验此文件时程序出错（Error: thrown in the worker）/u);
  expect(stdout).toMatch(/共 10 个文件/u);
  // A file that could not be checked is the worst outcome of this batch (exit 3, README).
  expect(status).toBe(3);
}, 180_000);

it.each([
  ['a script that is not there (its thread dies before taking a file)', path.join(dyingDir, 'no-such-worker.ts')],
  ['a path Node refuses to start a thread on', 'no-such-worker.ts'],
])('checks every file in the command\'s own thread when no worker starts: %s', async (_, checkWorker) => {
  const { status, stdout } = await cli(['check', dyingDir, '--jobs', '2'], { checkWorker });
  // No worker runs: the files that kill one are checked like any other.
  for (const name of [...DYING_GOOD, 'worker-exits', 'worker-throws']) expect(lineOf(stdout, name)).toMatch(/^✓ 接受/u);
  expect(lineOf(stdout, 'h-rejected')).toMatch(/^✗ 退回/u);
  expect(status).toBe(2);
}, 180_000);
