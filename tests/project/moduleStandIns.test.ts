/**
 * jest.config.js maps `@fluentui/react-components`, `@fluentui/react-icons` and `exceljs` to stand-ins that load each
 * export when it is first read (tests/support/modules, decision 0208). Every name the sources import from them must
 * come through, read from the stand-in's own lookup (not its fall-back to the whole package), or the pane and the
 * workbook tests would be testing something else.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as FluentComponents from '@fluentui/react-components';
import * as FluentIcons from '@fluentui/react-icons';
import ExcelJS from 'exceljs';

function sourcesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? sourcesUnder(file) : /\.tsx?$/u.test(entry.name) ? [file] : [];
  });
}

/** The value names imported from a package anywhere in src (type-only imports left out). */
function importedNames(from: string): string[] {
  const names = new Set<string>();
  for (const file of sourcesUnder(path.join(__dirname, '../../src'))) {
    for (const match of fs.readFileSync(file, 'utf8').matchAll(/import\s+\{([^}]*)\}\s+from\s+'([^']+)'/gu)) {
      if (match[2] !== from) continue;
      for (const part of (match[1] ?? '').split(',')) {
        const name = part.trim().split(/\s+as\s+/u)[0]?.trim() ?? '';
        if (name !== '' && !name.startsWith('type ')) names.add(name);
      }
    }
  }
  return [...names].sort();
}

describe('the stand-ins for packages loaded on demand', () => {
  it('give every Fluent component and icon the pane imports, each from its own module', () => {
    const components = importedNames('@fluentui/react-components');
    const icons = importedNames('@fluentui/react-icons');
    expect(components.length).toBeGreaterThan(10);
    expect(icons.length).toBeGreaterThan(5);
    expect((FluentComponents as Record<string, unknown>)['__loadedOnDemand']).toBe(true);
    expect(components.filter((name) => (FluentComponents as Record<string, unknown>)[name] === undefined)).toEqual([]);
    expect(icons.filter((name) => (FluentIcons as Record<string, unknown>)[name] === undefined)).toEqual([]);
    // Each icon came from its own small module: the whole package (60 chunks) was never loaded.
    const loaded = Object.keys(jestLoadedModules());
    expect(loaded.some((file) => /react-icons\/lib-cjs\/atoms\/svg\//u.test(file))).toBe(true);
    expect(loaded.some((file) => /react-icons\/lib-cjs\/(sized)?[iI]cons\/chunk-/u.test(file))).toBe(false);
  });

  it('give ExcelJS with the exports of its own entry, a workbook written and read back through them', async () => {
    expect(Object.keys(ExcelJS).sort()).toEqual(['DocumentType', 'ErrorValue', 'FormulaType', 'ModelContainer', 'ReadingOrder', 'RelationshipType', 'Workbook', 'ValueType', 'stream'].sort());
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('表').getCell('B2').value = 480;
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(await workbook.xlsx.writeBuffer());
    expect(again.getWorksheet('表')?.getCell('B2').value).toBe(480);
    expect(typeof ExcelJS.stream.xlsx.WorkbookReader).toBe('function');
  });
});

/** The modules loaded in this test file's registry, by path. */
function jestLoadedModules(): Record<string, unknown> {
  // jest's require.cache lists the registry
  return require.cache;
}
