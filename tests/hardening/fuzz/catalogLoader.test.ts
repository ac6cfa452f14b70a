/**
 * The catalog loader on the real catalog files, damaged the ways hand-edited YAML gets damaged: a key deleted,
 * a value of the wrong type, indentation broken, garbage pasted in, a line doubled, the file cut short. It never
 * throws; every problem names the file it is in, a JSON pointer, and the line wherever the file has lines to
 * point at. (tests/core/catalog checks the loader's answers on chosen broken files.)
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { catalogFilesIn } from '../../../src/cli/catalogFiles';
import { CATALOG_DIR } from '../../../src/cli/paths';
import { isConceptsFileName, loadCatalog, type CatalogProblem, type CatalogText } from '../../../src/core/catalog';
import { expectEqual, expectNoThrow } from '../../support/equalOrExpect';
import { fuzz } from '../../support/hardening/fuzzSettings';

const FILES: CatalogText[] = catalogFilesIn(CATALOG_DIR).map((file) => ({ file: `catalog/${path.basename(file)}`, text: fs.readFileSync(file, 'utf8') }));
const CONCEPTS = FILES.filter((file) => isConceptsFileName(file.file));
const PLANS = FILES.filter((file) => !isConceptsFileName(file.file));

/** A JSON pointer (RFC 6901): '' for the whole document, else '/'-separated tokens with ~0 and ~1 escapes. */
const JSON_POINTER = /^(?:\/(?:[^~/]|~[01])*)*$/u;

const GARBAGE = ['', ':', ': :', '- ', '[', ']', '{', '}', '&a', '*a', '*nope', '!!binary', '!!set', '|', '>', "'", '"', '#', '%YAML 1.1', '@', '`', '\t', '\u0000', '\ufeff', '---', '...', '? ', '<<: *a', '😀', '。'];
const VALUES = ['[]', '{}', '123', '-1', '1e400', 'true', 'null', '~', '""', '"text"', 'x: y', '[1, 2', '2025-01-01', '0x1F', '.nan'];

type Mutation =
  | { kind: 'delete_line' | 'double_line' | 'indent' | 'dedent' | 'tab'; line: number }
  | { kind: 'retype'; line: number; value: string }
  | { kind: 'garbage'; at: number; text: string }
  | { kind: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete_line' as const, 'double_line' as const, 'indent' as const, 'dedent' as const, 'tab' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('retype' as const), line: fc.nat(), value: fc.constantFrom(...VALUES) }),
  fc.record({ kind: fc.constant('garbage' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...GARBAGE), fc.string({ maxLength: 6 })) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function mutate(text: string, change: Mutation): string {
  const lines = text.split('\n');
  if (change.kind === 'garbage') {
    const at = change.at % (text.length + 1);
    return `${text.slice(0, at)}${change.text}${text.slice(at)}`;
  }
  if (change.kind === 'truncate') return text.slice(0, change.at % (text.length + 1));
  const line = change.line % lines.length;
  const current = lines[line] ?? '';
  const replace = (replacement: string[]) => [...lines.slice(0, line), ...replacement, ...lines.slice(line + 1)].join('\n');
  switch (change.kind) {
    case 'delete_line':
      return replace([]);
    case 'double_line':
      return replace([current, current]);
    case 'indent':
      return replace([`  ${current}`]);
    case 'dedent':
      return replace([current.replace(/^ {1,2}/u, '')]);
    case 'tab':
      return replace([`\t${current}`]);
    case 'retype':
      // The value after the first "key:" of the line, or the whole item after "- ".
      return replace([/:\s/u.test(current) ? current.replace(/:\s.*$/u, `: ${change.value}`) : current.replace(/-\s.*$/u, `- ${change.value}`)]);
  }
}

/** Whether the text holds anything YAML would make a node of (an empty or comment-only file has no line to name). */
function hasContent(text: string): boolean {
  return text.split('\n').some((line) => line.trim() !== '' && !line.trim().startsWith('#'));
}

function expectWellReported(problems: readonly CatalogProblem[], files: readonly CatalogText[]): void {
  const names = new Set(files.map((file) => file.file));
  // Some 270 loads a run, each with its problems: a matcher is called only for a problem that fails its check
  // (expect() costs more than the check; decision 0273), with the values and message it had.
  for (const problem of problems) {
    const where = { file: problem.file, path: problem.path, code: problem.code };
    expectEqual([where, names.has(problem.file)], [where, true]);
    expectEqual([where, JSON_POINTER.test(problem.path)], [where, true]);
    if (typeof problem.code !== 'string' || !/^catalog\./u.test(problem.code)) expect([where, problem.code]).toEqual([where, expect.stringMatching(/^catalog\./u)]);
    const text = files.find((file) => file.file === problem.file)?.text ?? '';
    if (hasContent(text) && typeof problem.line !== 'number') expect([where, problem.line]).toEqual([where, expect.any(Number)]);
  }
}

describe('loadCatalog on mutated catalog files', () => {
  it('reads the real catalog without problems (the starting point)', () => {
    expect(loadCatalog(FILES).problems).toEqual([]);
    expect(PLANS.length).toBeGreaterThanOrEqual(12);
  });

  it('a damaged plan file: never a throw; every problem names the file, a JSON pointer and its line', () => {
    fc.assert(fc.property(fc.constantFrom(...PLANS), fc.array(mutation, { minLength: 1, maxLength: 3 }), (plan, changes) => {
      const damaged = { file: plan.file, text: changes.reduce(mutate, plan.text) };
      const files = [...CONCEPTS, damaged];
      expectWellReported(expectNoThrow(() => loadCatalog(files).problems) ?? [], files);
    }), fuzz(150));
  });

  it('a damaged concepts file: the same, for the file every plan leans on', () => {
    const [concepts] = CONCEPTS;
    if (concepts === undefined) throw new Error('no concepts file');
    fc.assert(fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.constantFrom(...PLANS), (changes, plan) => {
      const files = [{ file: concepts.file, text: changes.reduce(mutate, concepts.text) }, plan];
      expectWellReported(expectNoThrow(() => loadCatalog(files).problems) ?? [], files);
    }), fuzz(60));
  });

  it('a plan file written as JSON and damaged: the same', () => {
    const jsonFiles = PLANS.slice(0, 3).map((plan) => ({ file: plan.file.replace(/\.ya?ml$/u, '.json'), text: JSON.stringify(parse(plan.text), null, 2) }));
    expect(loadCatalog([...CONCEPTS, ...jsonFiles]).problems).toEqual([]);
    fc.assert(fc.property(fc.constantFrom(...jsonFiles), fc.array(mutation, { minLength: 1, maxLength: 3 }), (plan, changes) => {
      const files = [...CONCEPTS, { file: plan.file, text: changes.reduce(mutate, plan.text) }];
      expectWellReported(expectNoThrow(() => loadCatalog(files).problems) ?? [], files);
    }), fuzz(60));
  });
});
