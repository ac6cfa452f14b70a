// What the same-process benchmarks (pairedPass.js, warmup.js) share: a compiled checker that reads and checks one
// return as `check` does (readReturnWorkbook, then checkWorkbook), the process's CPU time, a folder's returns.
const fs = require('node:fs');
const path = require('node:path');

/** The checker of a compiled tree (`<root>/build/cli`, from scripts/build-cli.js): bytes → the length of its JSON. */
function checkerOf(root) {
  const { loadCatalogFiles } = require(path.join(root, 'src/cli/catalogFiles.js'));
  const { readReturnWorkbook } = require(path.join(root, 'src/xlsx/readReturnWorkbook.js'));
  const { checkWorkbook } = require(path.join(root, 'src/core/checks/index.js'));
  const loaded = loadCatalogFiles();
  return async (bytes) => {
    const read = await readReturnWorkbook(bytes);
    return read.ok ? JSON.stringify(checkWorkbook(read.sheets, loaded).sheets.map((sheet) => [sheet.report.findings, sheet.attainments])).length : 0;
  };
}

/** CPU time (user + system) of this process since it started, in ms. */
function cpuMs() {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** The bytes of every .xlsx in `dir`, in name order. */
function returnFiles(dir) {
  return fs.readdirSync(dir).filter((name) => name.endsWith('.xlsx')).sort().map((name) => fs.readFileSync(path.join(dir, name)));
}

module.exports = { checkerOf, cpuMs, returnFiles };
