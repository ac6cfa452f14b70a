import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { realCatalog } from '../support/catalog';
import { keptSampleReturn } from '../support/keptSampleReturn';
import { PACKAGE_ROOT } from '../../src/cli/paths';
import { findRegion, fullRegionName } from '../../src/core/regions';

/**
 * What `check` leaves in V8's old generation for each return of a batch (issue 15.8, decision 0265). A batch's peak
 * memory follows the old generation, which V8 lets grow to about four times what it last found alive; what fills it
 * between collections is what each file moved there. Tables kept in WeakMaps by grid and copies of objects given a
 * field (`{ ...where, outcome }`) moved some 120 KB of every return there, a province's batch some 60 MB of the 500
 * returns' 200 MB peak. The command is started as a user starts it (the bin; V8's own young generation, not the test
 * run's NODE_OPTIONS), over 10 and 130 copies of three returns, V8 tracing each scavenge: the difference is what 120
 * more files moved (about 47 KB a file before, 11 KB after; a run's own spread is some 0.5 MB).
 */
const loaded = realCatalog();
const plan = loaded.catalog.plans.find((p) => p.plan.id === 'zj-hightech-industry-2021-2025')!;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-check-promoted-'));
const folders = { few: path.join(root, '10'), many: path.join(root, '130') };

beforeAll(async () => {
  const returns: Uint8Array[] = [];
  for (const [index, code] of ['330602', '330603', '330604'].entries()) {
    returns.push(await keptSampleReturn({ region: { name: fullRegionName(findRegion(code)!), code }, plans: [plan], loaded, reportingYear: 2024, seed: index + 1, mistakes: [] }));
  }
  for (const [folder, count] of [[folders.few, 10], [folders.many, 130]] as const) {
    fs.mkdirSync(folder);
    for (let file = 0; file < count; file++) fs.writeFileSync(path.join(folder, `${String(file).padStart(3, '0')}.xlsx`), returns[file % returns.length]!);
  }
}, 120_000);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** MB moved to the old generation by the scavenges of one `check --jobs 1 --json` of `folder`. */
function promotedBy(folder: string): number {
  const json = path.join(root, `${path.basename(folder)}.json`);
  const run = spawnSync(process.execPath, ['--trace-gc-nvp', path.join(PACKAGE_ROOT, 'bin', 'plan-indicators.js'), 'check', folder, '--json', json, '--force', '--jobs', '1'], {
    cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000, env: { ...process.env, NODE_OPTIONS: '' },
  });
  expect(run.status).toBe(0);
  const scavenges = run.stdout.split('\n').filter((line) => / gc=s /u.test(line));
  expect(scavenges.length).toBeGreaterThan(0);
  return scavenges.reduce((sum, line) => sum + Number(/ promoted=(\d+)/u.exec(line)?.[1] ?? 0), 0) / 1024 / 1024;
}

it('moves little of each checked return to the old generation (under 25 KB a file)', () => {
  const perFile = (promotedBy(folders.many) - promotedBy(folders.few)) / 120;
  expect(perFile).toBeLessThan(25 / 1024);
}, 180_000);
