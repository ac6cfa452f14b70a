// The reading side of `check` alone: `node scripts/bench/readPass.js <folder of returns> [rounds]` reads every .xlsx of
// the folder into memory, then runs the compiled reader (build/cli, `npm run build:cli` first) over all of them, each
// round in turn, and prints each round's CPU time. The first round is what `check` pays (code not yet optimised);
// the later ones show the reader's own cost.
const fs = require('node:fs');
const path = require('node:path');
const { readReturnWorkbook } = require('../../build/cli/src/xlsx/readReturnWorkbook.js');

(async () => {
  const dir = process.argv[2];
  const rounds = Number(process.argv[3] ?? 2);
  const files = fs.readdirSync(dir).filter((name) => name.endsWith('.xlsx')).sort().map((name) => fs.readFileSync(path.join(dir, name)));
  for (let round = 1; round <= rounds; round++) {
    const before = process.cpuUsage();
    for (const bytes of files) {
      const read = await readReturnWorkbook(bytes);
      if (!read.ok) throw new Error(`${read.problem.code}: ${read.problem.detail}`);
    }
    const used = process.cpuUsage(before);
    console.log(`round ${round}: ${files.length} files, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU`);
  }
})();
