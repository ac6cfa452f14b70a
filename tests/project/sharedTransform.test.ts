/**
 * scripts/jest-transform.js: ts-jest's output for a file, made once per run and found by the other jest project
 * (decision 0269). The code is ts-jest's own; the second project reads it instead of transpiling again; another text
 * of the file is transpiled afresh.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readConfigs } from 'jest-config';
import { TsJestTransformer } from 'ts-jest';
import { createTransformer } from '../../scripts/jest-transform';

const ROOT = path.resolve(__dirname, '../..');
const SOURCE = path.join(ROOT, 'src/core/notation/parseNotation.ts');
const OPTIONS = { tsconfig: 'tsconfig.json', diagnostics: true };

let cacheDirectory: string;
let projects: Array<{ name: string; options: Record<string, unknown> }>;

beforeAll(async () => {
  cacheDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'shared-transform-'));
  const { configs } = await readConfigs({ $0: 'jest', _: [] }, [ROOT]);
  projects = configs.map((config) => {
    const withCache = { ...config, cacheDirectory };
    return {
      name: String(config.displayName?.name),
      options: { config: withCache, configString: JSON.stringify(withCache), cacheFS: new Map<string, string>(), instrument: false, supportsStaticESM: false, supportsDynamicImport: true, supportsExportNamespaceFrom: true, supportsTopLevelAwait: false, transformerConfig: OPTIONS },
    };
  });
});

afterAll(() => fs.rmSync(cacheDirectory, { recursive: true, force: true }));

const kept = () => fs.readdirSync(path.join(cacheDirectory, 'ts-jest-shared'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());

it('gives ts-jest\'s own code, made by the first project and read by the second', () => {
  expect(projects.map((project) => project.name)).toEqual(['unit', 'integration']);
  const [unit, integration] = projects;
  if (unit === undefined || integration === undefined) throw new Error('two projects expected');
  const text = fs.readFileSync(SOURCE, 'utf8');
  const own = new TsJestTransformer(OPTIONS).process(text, SOURCE, unit.options as never).code;

  const first = createTransformer(OPTIONS).process(text, SOURCE, unit.options);
  expect(first.code).toBe(own);
  expect(kept()).toHaveLength(1);
  // What the second project gets is what the first kept: replaced here by a marker, it is the marker it gets.
  const [file] = kept();
  if (file === undefined) throw new Error('nothing kept');
  fs.writeFileSync(path.join(file.parentPath, file.name), '/* kept */');
  expect(createTransformer(OPTIONS).process(text, SOURCE, integration.options).code).toBe('/* kept */');

  // Another text of the file (an edit) is transpiled afresh, for either project.
  const edited = `${text}\nexport const addedByTheTest = 1;\n`;
  const fresh = createTransformer(OPTIONS).process(edited, SOURCE, integration.options).code;
  expect(fresh).toContain('addedByTheTest');
  expect(fresh).toBe(new TsJestTransformer(OPTIONS).process(edited, SOURCE, integration.options as never).code);
  expect(kept()).toHaveLength(2);
});
