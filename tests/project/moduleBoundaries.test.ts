/**
 * A module with an index is entered through it: a file of src outside `src/<module>` or `src/core/<module>` that
 * imports a file inside it must import its index.ts (decision 0161). Every kind of import counts: `import … from`,
 * `export … from`, a bare `import '…'`, `import('…')` (the pane's lazy chunks) and `require('…')` (the CLI's lazy
 * commands). Indexes nested inside a module (core/checks/rules) are that module's own business; tests may import
 * what they test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveImport, sourceFiles } from '../support/sourceImports';

const SRC = path.resolve(__dirname, '../../src');
const SPECIFIER = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/gu;

/** The folders of src that are modules with an index: src/<name> and src/core/<name>. */
function modules(): string[] {
  const folders = (dir: string) => fs.readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => path.join(dir, entry.name));
  return [...folders(SRC), ...folders(path.join(SRC, 'core'))].filter((folder) => fs.existsSync(path.join(folder, 'index.ts')));
}

const inside = (folder: string, file: string) => file.startsWith(`${folder}${path.sep}`);

/** Each import from outside a module into a file of it other than its index, as 'importer -> imported' (relative to root). */
function crossings(files: readonly string[], withIndex: readonly string[], root = SRC): string[] {
  return files.flatMap((file) => {
    const text = fs.readFileSync(file, 'utf8');
    return [...text.matchAll(SPECIFIER)].flatMap((match) => {
      const target = match[1] === undefined ? null : resolveImport(file, match[1]);
      if (target === null) return [];
      // The innermost module holding the target (src/core is no module of its own, src/core/checks is).
      const module = withIndex.filter((folder) => inside(folder, target)).sort((a, b) => b.length - a.length)[0];
      if (module === undefined || inside(module, file) || target === path.join(module, 'index.ts')) return [];
      return [`${path.relative(root, file)} -> ${path.relative(root, target)}`];
    });
  });
}

describe('the boundaries of the modules of src', () => {
  it('knows the modules with an index, src/xlsx and src/excel among them', () => {
    const names = modules().map((folder) => path.relative(SRC, folder));
    expect(names).toEqual(expect.arrayContaining(['xlsx', 'excel', 'core/form', 'core/checks', 'core/layout']));
  });

  it('finds an import past an index, of every kind, and lets the index and the module itself through', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'boundaries-'));
    try {
      fs.mkdirSync(path.join(dir, 'mod', 'inner'), { recursive: true });
      fs.mkdirSync(path.join(dir, 'user'));
      for (const file of ['mod/index.ts', 'mod/a.ts', 'mod/inner/b.ts']) fs.writeFileSync(path.join(dir, file), 'export {};\n');
      const user = path.join(dir, 'user', 'user.ts');
      fs.writeFileSync(user, [
        "import { x } from '../mod';", "import type { A } from '../mod/a';", "export { b } from '../mod/inner/b';",
        "import '../mod/a';", "const lazy = import('../mod/a.js');", "const loaded = require('../mod/inner/b');",
      ].join('\n'));
      fs.writeFileSync(path.join(dir, 'mod', 'inner', 'c.ts'), "import { a } from '../a';\n");
      const files = [user, path.join(dir, 'mod', 'inner', 'c.ts')];
      expect(crossings(files, [path.join(dir, 'mod')], dir)).toEqual([
        'user/user.ts -> mod/a.ts', 'user/user.ts -> mod/inner/b.ts', 'user/user.ts -> mod/a.ts', 'user/user.ts -> mod/a.ts', 'user/user.ts -> mod/inner/b.ts',
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has every import from outside a module go through its index', () => {
    expect(crossings(sourceFiles(SRC), modules())).toEqual([]);
  });
});
