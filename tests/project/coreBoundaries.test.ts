import fs from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../../src/cli/paths';

/** src/core is pure: no office-js, no ExcelJS, no Node I/O, no adapter. Checked on every import of every file. */
const coreDir = path.join(PACKAGE_ROOT, 'src', 'core');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full) : /\.tsx?$/u.test(entry.name) ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const source = fs.readFileSync(file, 'utf8');
  return [...source.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/gu)]
    .map((match) => match[1] ?? match[2] ?? match[3] ?? '');
}

describe('src/core', () => {
  const coreFiles = files(coreDir);

  it('has files to check', () => {
    expect(coreFiles.length).toBeGreaterThan(10);
  });

  it.each(coreFiles.map((file) => [path.relative(PACKAGE_ROOT, file), file]))('%s imports neither office-js, ExcelJS, Node I/O nor an adapter', (_name, file) => {
    for (const specifier of importsOf(file)) {
      expect(specifier).not.toMatch(/^(exceljs|office-js|@microsoft\/office-js)(\/|$)/u);
      expect(specifier).not.toMatch(/^(node:|fs$|path$|child_process$|os$)/u);
      if (specifier.startsWith('.')) {
        const target = path.resolve(path.dirname(file), specifier);
        const inCore = target.startsWith(coreDir + path.sep) || target === coreDir;
        const catalogData = target.startsWith(path.join(PACKAGE_ROOT, 'catalog') + path.sep);
        expect({ specifier, allowed: inCore || catalogData }).toEqual({ specifier, allowed: true });
      }
    }
    expect(fs.readFileSync(file, 'utf8')).not.toMatch(/\bOffice\.[a-zA-Z]|\bExcel\.run\b/u);
  });
});
