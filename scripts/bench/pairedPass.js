// Two builds of the checker side by side in one process, file by file: `node scripts/bench/pairedPass.js <build A>
// <build B> <folder of returns> [rounds]`, each build a compiled tree (`<root>/build/cli`, from scripts/build-cli.js;
// an older commit's built from a copy of its tree). Each return is read and checked (readReturnWorkbook, then
// checkWorkbook) by A and by B in turn, the order swapped every file, and each build's CPU time is summed: on a
// machine others load, both builds meet the same load, so B ÷ A says more than two separate runs of `check`.
const fs = require('node:fs');
const path = require('node:path');

function checker(root) {
  const { loadCatalogFiles } = require(path.join(root, 'src/cli/catalogFiles.js'));
  const { readReturnWorkbook } = require(path.join(root, 'src/xlsx/readReturnWorkbook.js'));
  const { checkWorkbook } = require(path.join(root, 'src/core/checks/index.js'));
  const loaded = loadCatalogFiles();
  return async (bytes) => {
    const read = await readReturnWorkbook(bytes);
    return read.ok ? JSON.stringify(checkWorkbook(read.sheets, loaded).sheets.map((sheet) => [sheet.report.findings, sheet.attainments])).length : 0;
  };
}

const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

(async () => {
  const [rootA, rootB, dir, rounds = '2'] = process.argv.slice(2);
  const files = fs.readdirSync(dir).filter((name) => name.endsWith('.xlsx')).sort().map((name) => fs.readFileSync(path.join(dir, name)));
  const builds = { A: checker(path.resolve(rootA)), B: checker(path.resolve(rootB)) };
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
