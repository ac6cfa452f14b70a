// Fails on an exported value (function, constant, class, enum) of src/ that no file of the project (src, tests,
// scripts) imports: dead code, or a name that should not be exported. Exported types are not checked. Follows re-exports (`export { a } from`, `export *`) and namespace imports, with the
// TypeScript compiler's own resolution. Prints one `file:line name` per unused export; silent and exit 0 when none.
//
// scripts/unused-exports-baseline.txt lists the exports that were unused when the check came in (mostly names
// exported for no reader, and index re-exports nobody goes through): they are tolerated until removed, and the list
// only shrinks — an entry that is no longer unused fails the check too; `--update` drops such entries (never adds).
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const root = path.resolve(__dirname, '..');
const BASELINE = path.join(__dirname, 'unused-exports-baseline.txt');
/** Modules loaded by something other than an import: their exports are their interface to the outside. */
const ENTRY_POINTS = new Set(['src/taskpane/index.tsx', 'src/commands/commands.ts', 'src/cli/checkWorker.ts', 'src/cli/keepCatalog.ts'].map((file) => path.join(root, file)));
/** Generated files export every type of their source, used or not. */
const GENERATED = new Set(['src/core/catalog/schemaTypes.ts'].map((file) => path.join(root, file)));

/**
 * The check on a program of tsconfig.json (scripts/program-checks.js hands it the one its type check and lint use):
 * what it prints, and whether it fails. `update` drops baseline entries no longer unused; `reset` lists them anew.
 */
function unusedExports(program, { update = false, reset = false } = {}) {
  const baseline = fs.existsSync(BASELINE)
    ? fs.readFileSync(BASELINE, 'utf8').split('\n').filter((line) => line !== '' && !line.startsWith('#'))
    : [];
  const checker = program.getTypeChecker();
  const used = new Set();

  /** Marks a symbol and every symbol its alias chain passes through (each re-export on the way is used too). */
  function markChain(symbol) {
    let current = symbol;
    while (current && !used.has(current)) {
      used.add(current);
      if (!(current.flags & ts.SymbolFlags.Alias)) return;
      current = checker.getImmediateAliasedSymbol(current);
    }
  }

  function markModule(specifier) {
    const moduleSymbol = checker.getSymbolAtLocation(specifier);
    if (!moduleSymbol) return;
    for (const exported of checker.getExportsOfModule(moduleSymbol)) markChain(exported);
  }

  for (const sourceFile of program.getSourceFiles()) {
    if (sourceFile.isDeclarationFile || !sourceFile.fileName.startsWith(root) || sourceFile.fileName.includes('node_modules')) continue;
    const visit = (node) => {
      if (ts.isImportDeclaration(node) && node.importClause) {
        const { importClause } = node;
        if (importClause.name) markChain(checker.getSymbolAtLocation(importClause.name));
        const bindings = importClause.namedBindings;
        if (bindings && ts.isNamespaceImport(bindings)) markModule(node.moduleSpecifier);
        if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) markChain(checker.getSymbolAtLocation(element.name));
      } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.exportClause) {
        // `export * from`: its names are checked where they are declared, through the importers of this module
      } else if (ts.isImportTypeNode(node) && node.qualifier) {
        markChain(checker.getSymbolAtLocation(node.qualifier));
      } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0]) {
        markModule(node.arguments[0]);
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }

  const unused = [];
  for (const sourceFile of program.getSourceFiles()) {
    const relative = path.relative(root, sourceFile.fileName);
    if (sourceFile.isDeclarationFile || !relative.startsWith(`src${path.sep}`) || ENTRY_POINTS.has(sourceFile.fileName) || GENERATED.has(sourceFile.fileName)) continue;
    const moduleSymbol = checker.getSymbolAtLocation(sourceFile);
    if (!moduleSymbol) continue;
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      if (used.has(exported)) continue;
      // Types are left alone: no code behind them, and a union's members are part of its interface (decision 0042).
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (!(target.flags & ts.SymbolFlags.Value)) continue;
      // Names that `export *` brings in are declared (and reported) elsewhere.
      const declaration = exported.declarations?.find((d) => d.getSourceFile() === sourceFile);
      if (!declaration) continue;
      const { line } = sourceFile.getLineAndCharacterOfPosition(declaration.getStart());
      unused.push({ key: `${relative.split(path.sep).join('/')} ${exported.name}`, where: `${relative}:${line + 1} ${exported.name}` });
    }
  }

  const unusedKeys = new Set(unused.map((entry) => entry.key));
  const fresh = unused.filter((entry) => !baseline.includes(entry.key));
  const stale = baseline.filter((key) => !unusedKeys.has(key));
  if (update || reset) {
    const kept = reset ? [...unusedKeys].sort() : baseline.filter((key) => unusedKeys.has(key));
    const header = '# Exports unused when the check came in (scripts/unused-exports.js): remove them; never add lines.\n';
    fs.writeFileSync(BASELINE, header + kept.map((key) => `${key}\n`).join(''));
  }
  const lines = [];
  if (stale.length > 0 && !update && !reset) {
    lines.push(`No longer unused or gone: drop from ${path.relative(root, BASELINE)} (node scripts/unused-exports.js --update):`, ...stale);
  }
  if (fresh.length > 0 && !reset) {
    lines.push('Exports nobody imports (remove them, or the export keyword):', ...fresh.map((entry) => entry.where));
  }
  return { output: lines.join('\n'), failed: (fresh.length > 0 && !reset) || (stale.length > 0 && !update && !reset) };
}

/** The program of tsconfig.json, as `tsc -p tsconfig.json` builds it. */
function projectProgram() {
  const configFile = ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, root);
  return ts.createProgram(parsed.fileNames, { ...parsed.options, noEmit: true });
}

if (require.main === module) {
  const result = unusedExports(projectProgram(), { update: process.argv.includes('--update'), reset: process.argv.includes('--reset') });
  if (result.output !== '') console.log(result.output);
  if (result.failed) process.exit(1);
}

module.exports = { unusedExports };
