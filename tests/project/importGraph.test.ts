/**
 * No import cycle in src: every `import … from './x'` / `export … from './x'` resolved to a file, and the graph
 * searched for a cycle. Type-only imports count between modules (folders), where a type loop binds two concepts
 * as tightly as a value import; inside one folder the checks' rule/sheetView/types still refer to each other's
 * types (a known loop, left for a later change), so type-only edges within a folder are not counted yet.
 */
import fs from 'node:fs';
import path from 'node:path';
import { resolveImport, sourceFiles } from '../support/sourceImports';

const SRC = path.resolve(__dirname, '../../src');
const SPECIFIER = /(?:^|\n)\s*(?:import|export)\s(type\s)?[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/gu;

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const text = fs.readFileSync(file, 'utf8');
    const targets = [...text.matchAll(SPECIFIER)].flatMap((match) => {
      const target = match[2] === undefined ? null : resolveImport(file, match[2]);
      if (target === null) return [];
      const typeOnly = match[1] !== undefined;
      return typeOnly && path.dirname(target) === path.dirname(file) ? [] : [target];
    });
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The cycles found by a depth-first search, each as the files around it (relative to src). */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next].map((f) => path.relative(SRC, f)));
      else if (state.get(next) === undefined) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (state.get(file) === undefined) visit(file);
  return found;
}

describe('the import graph of src', () => {
  it('reads the imports it must check (a known edge is found)', () => {
    const graph = importGraph();
    expect(graph.get(path.join(SRC, 'core/layout/metadata.ts'))).toContain(path.join(SRC, 'core/form/index.ts'));
  });

  it('finds a cycle when there is one', () => {
    const graph = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]);
    expect(cycles(graph).map((cycle) => cycle.map((f) => path.basename(f)))).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('has no cycle', () => {
    expect(cycles(importGraph())).toEqual([]);
  });
});
