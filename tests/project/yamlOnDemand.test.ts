import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sampleReturn } from '../../src/cli/sampleReturns';
import { CATALOG_DIR, PACKAGE_ROOT } from '../../src/cli/paths';
import type * as YamlDocument from '../../src/core/catalog/yamlDocument';
import { realCatalog } from '../support/catalog';

/**
 * The yaml library is loaded only when YAML is parsed or written: `check` with the catalog the build kept as JSON
 * (decision 0201) parses none, and loading yaml was about 0.05–0.1 s of every start-up. The compiled command line is
 * run in a process of its own (the kept catalog matches only the code it was built with: scripts/test.sh builds it),
 * which then says which of yaml's files Node loaded.
 */
const BUILT_MAIN = path.join(PACKAGE_ROOT, 'build', 'cli', 'src', 'cli', 'main.js');
const CHILD = `
const [main, ...args] = process.argv.slice(1);
const io = { stdout: () => undefined, stderr: (text) => process.stderr.write(text), readStdin: async () => '', isTty: false, cwd: process.cwd() };
require(main).main(args, io).then((status) => {
  const yaml = Object.keys(require.cache).filter((file) => file.includes(require('node:path').join('node_modules', 'yaml', ''))).length;
  process.stdout.write(JSON.stringify({ status, yaml }));
});`;

function runBuilt(args: string[]): { status: number; yaml: number } {
  const child = spawnSync(process.execPath, ['-e', CHILD, BUILT_MAIN, ...args], { cwd: PACKAGE_ROOT, encoding: 'utf8', timeout: 120_000 });
  expect(child.stderr).toBe('');
  return JSON.parse(child.stdout) as { status: number; yaml: number };
}

describe('yaml on demand', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yaml-on-demand-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the compiled check of one return with the kept catalog loads no yaml; linting a catalog file loads it', async () => {
    const loaded = realCatalog();
    const plan = loaded.catalog.plans.find((p) => p.plan.id === 'zj-hightech-industry-2021-2025')!;
    const file = path.join(dir, '越城区.xlsx');
    fs.writeFileSync(file, await sampleReturn({ region: { name: '绍兴市越城区', code: '330602' }, plans: [plan], loaded, reportingYear: 2024, seed: 1, mistakes: [] }));
    const json = path.join(dir, 'check.json');

    expect(runBuilt(['check', file, '--json', json, '--jobs', '1'])).toEqual({ status: 0, yaml: 0 });
    expect(JSON.parse(fs.readFileSync(json, 'utf8'))).toMatchObject({ files: [{ file, status: 'accepted' }] });

    // A catalog file outside the package's folder is not the kept catalog: it is parsed as YAML, and lints clean.
    const planFile = fs.readdirSync(CATALOG_DIR).find((name) => name.startsWith('zj-hightech-industry'))!;
    fs.copyFileSync(path.join(CATALOG_DIR, planFile), path.join(dir, planFile));
    const lint = runBuilt(['catalog', 'lint', path.join(dir, planFile)]);
    expect(lint.status).toBe(0);
    expect(lint.yaml).toBeGreaterThan(0);
  }, 120_000);

  it('the compiled check of a return made from an earlier release loads no yaml either (decision 0250)', async () => {
    const history = realCatalog().history;
    const standing = history?.standingOf('c-db36b3ce');
    if (standing?.kind !== 'released') throw new Error('release c-db36b3ce cannot be rebuilt');
    const plan = standing.loaded.catalog.plans.find((p) => p.plan.id === 'zj-hightech-industry-2021-2025')!;
    const file = path.join(dir, '柯桥区-c-db36b3ce.xlsx');
    fs.writeFileSync(file, await sampleReturn({ region: { name: '绍兴市柯桥区', code: '330603' }, plans: [plan], loaded: standing.loaded, reportingYear: 2024, seed: 2, mistakes: [] }));
    const json = path.join(dir, 'check-release.json');

    expect(runBuilt(['check', file, '--json', json, '--jobs', '1'])).toEqual({ status: 0, yaml: 0 });
    expect(JSON.parse(fs.readFileSync(json, 'utf8'))).toMatchObject({ files: [{ file, status: 'accepted' }] });
  }, 120_000);

  it('the check command and the catalog loader load without yaml, which the first YAML parsed then loads', async () => {
    let loads = 0;
    await jest.isolateModulesAsync(async () => {
      jest.doMock('yaml', () => {
        loads += 1;
        return jest.requireActual('yaml');
      });
      /* eslint-disable @typescript-eslint/no-require-imports -- required inside the isolated registry, after the mock */
      require('../../src/cli/commands/check');
      const yamlDocument = require('../../src/core/catalog/yamlDocument') as typeof YamlDocument;
      /* eslint-enable @typescript-eslint/no-require-imports */
      expect(loads).toBe(0);
      expect(yamlDocument.parseYamlOrJson('a: [1, 2]').data).toEqual({ a: [1, 2] });
      expect(loads).toBe(1);
    });
  });
});
