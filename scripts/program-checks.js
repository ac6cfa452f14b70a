// The three checks of scripts/test.sh that read the TypeScript program — the type check (`tsc --noEmit -p
// tsconfig.json`), the type-aware lint (`eslint . --max-warnings 0`) and the unused-exports check — on one program
// built once (decision 0229). Apart, each built its own program of tsconfig.json's 1458 files and checked the types
// its rules asked for: 96 s of CPU; together about 60 s, the lint's type-aware rules reading the types the type
// check already computed (typescript-eslint's `programs`, the same files and options its project service would use).
//
// `node scripts/program-checks.js <folder>` writes <step>.log and <step>.status for each of typecheck, lint and
// unused-exports there, as scripts/test.sh's `step` does; the type check's incremental state is kept in
// node_modules/.cache/program-checks/ (TypeScript's own `--incremental`: a file is checked again when it or what it
// depends on changed). `npm run typecheck` and `npm run lint` stay the commands to run one check alone.
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');
const { ESLint } = require('eslint');
const { unusedExports } = require('./unused-exports');

const root = path.resolve(__dirname, '..');
const BUILD_INFO = path.join(root, 'node_modules', '.cache', 'program-checks', 'tsconfig.tsbuildinfo');

/** tsconfig.json's program, with TypeScript's incremental state of the last run (tsc --incremental --noEmit). */
function projectProgram() {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  const options = { ...parsed.options, noEmit: true, incremental: true, tsBuildInfoFile: BUILD_INFO };
  return ts.createIncrementalProgram({
    rootNames: parsed.fileNames,
    options,
    configFileParsingDiagnostics: ts.getConfigFileParsingDiagnostics(parsed),
    projectReferences: parsed.projectReferences,
  });
}

/** What `tsc --noEmit` reports, in its plain (not --pretty) format; the incremental state written for the next run. */
function typecheck(builder) {
  // tsc's order: the semantic check only when the files parse and the global types are sound.
  const diagnostics = [...builder.getConfigFileParsingDiagnostics(), ...builder.getOptionsDiagnostics(), ...builder.getSyntacticDiagnostics()];
  if (diagnostics.length === 0) diagnostics.push(...builder.getGlobalDiagnostics());
  if (diagnostics.length === 0) diagnostics.push(...builder.getSemanticDiagnostics());
  fs.mkdirSync(path.dirname(BUILD_INFO), { recursive: true });
  builder.emitBuildInfo();
  const host = { getCanonicalFileName: (name) => name, getCurrentDirectory: () => root, getNewLine: () => '\n' };
  return { output: ts.formatDiagnostics(diagnostics, host).trimEnd(), failed: diagnostics.length > 0 };
}

/** `eslint . --max-warnings 0`, the type-aware rules given the program instead of building their own. */
async function lint(program) {
  const eslint = new ESLint({
    cwd: root,
    overrideConfig: { files: ['**/*.{ts,tsx}'], languageOptions: { parserOptions: { projectService: false, programs: [program] } } },
  });
  const results = await eslint.lintFiles(['.']);
  const problems = results.reduce((sum, result) => sum + result.errorCount + result.warningCount, 0);
  const output = await (await eslint.loadFormatter('stylish')).format(results);
  return { output: output.trim(), failed: problems > 0 };
}

async function main() {
  const [stepsDir] = process.argv.slice(2);
  if (stepsDir === undefined) throw new Error('usage: node scripts/program-checks.js <folder for each step\'s .log and .status>');
  const record = (name, { output, failed }) => {
    fs.writeFileSync(path.join(stepsDir, `${name}.log`), output === '' ? '' : `${output}\n`);
    fs.writeFileSync(path.join(stepsDir, `${name}.status`), failed ? '1\n' : '0\n');
  };
  // Each step is recorded as it ends; one that throws is recorded failed with its error, and the others still run.
  const run = async (name, check) => {
    try {
      record(name, await check());
    } catch (error) {
      record(name, { output: String(error?.stack ?? error), failed: true });
    }
  };
  let builder;
  try {
    builder = projectProgram();
  } catch (error) {
    for (const name of ['typecheck', 'lint', 'unused-exports']) record(name, { output: String(error?.stack ?? error), failed: true });
    return;
  }
  const program = builder.getProgram();
  await run('typecheck', () => typecheck(builder));
  await run('lint', () => lint(program));
  await run('unused-exports', () => unusedExports(program));
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
