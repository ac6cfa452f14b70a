// Compiles the command line to build/cli (the bin runs it; decision 0040) and stamps the build, so the bin can tell
// when the sources in a checkout are newer than the build it would run; then keeps the package's catalog as loaded
// (build/cli/catalog.json, decision 0201) and its released versions (build/cli/releases, decision 0250), which the
// command line uses while the code and the catalog's texts match them.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
// tsc's incremental state lives beside build/cli (tsconfig.cli.json): with build/cli deleted and the state kept, tsc
// would think every output written and write none. No compiled entry point, no state.
if (!fs.existsSync(path.join(root, 'build', 'cli', 'src', 'cli', 'main.js'))) fs.rmSync(path.join(root, 'build', 'cli.tsbuildinfo'), { force: true });
fs.rmSync(path.join(root, 'build', 'cli', 'catalog.json'), { force: true });
fs.rmSync(path.join(root, 'build', 'cli', 'releases'), { recursive: true, force: true });
const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.cli.json')], { stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);
fs.writeFileSync(path.join(root, 'build', 'cli', 'BUILT'), `${new Date().toISOString()}\n`);
require(path.join(root, 'build', 'cli', 'src', 'cli', 'keepCatalog.js'));
