// Two builds of the checker side by side in one process, file by file: `node scripts/bench/pairedPass.js <build A>
// <build B> <folder of returns> [rounds]`, each build a compiled tree (`<root>/build/cli`, from scripts/build-cli.js;
// an older commit's built from a copy of its tree). Each return is read and checked (readReturnWorkbook, then
// checkWorkbook) by A and by B in turn, the order swapped every file, and each build's CPU time is summed: on a
// machine others load, both builds meet the same load, so B ÷ A says more than two separate runs of `check`.
const path = require('node:path');
const { checkerOf, cpuMs, returnFiles } = require('./checkPass');

(async () => {
  const [rootA, rootB, dir, rounds = '2'] = process.argv.slice(2);
  const files = returnFiles(dir);
  const builds = { A: checkerOf(path.resolve(rootA)), B: checkerOf(path.resolve(rootB)) };
  for (let round = 0; round < Number(rounds); round++) {
    const spent = { A: 0, B: 0 };
    for (const [index, bytes] of files.entries()) {
      for (const which of (index + round) % 2 === 0 ? ['A', 'B'] : ['B', 'A']) {
        const before = cpuMs();
        await builds[which](bytes);
        spent[which] += cpuMs() - before;
      }
    }
    console.log(`round ${round + 1}: A ${spent.A.toFixed(0)} ms, B ${spent.B.toFixed(0)} ms, B ÷ A ${(spent.B / spent.A).toFixed(3)}`);
  }
})();
