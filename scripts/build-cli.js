// Compiles the command line to build/cli (the bin runs it; decision 0040) and stamps the build, so the bin can tell
// when the sources in a checkout are newer than the build it would run.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.cli.json')], { stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);
fs.writeFileSync(path.join(root, 'build', 'cli', 'BUILT'), `${new Date().toISOString()}\n`);
