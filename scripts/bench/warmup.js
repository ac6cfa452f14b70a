// Where a pass over a folder of returns spends its CPU time, file by file from the start of a fresh process:
// `node scripts/bench/warmup.js <check|exceljs> <folder of returns> [build, default build/cli]`. `check` reads and
// checks each file with the compiled checker (readReturnWorkbook, then checkWorkbook), `exceljs` loads it with
// ExcelJS (the floor issue 15.8 holds check to). Prints the CPU time of the start (modules, catalog) and of the files
// in groups (1, 2–10, 11–50, 51–90, 91–180, the rest): the warm-up shows in the first groups (decision 0223).
const path = require('node:path');
const { checkerOf, cpuMs, returnFiles } = require('./checkPass');

const started = cpuMs();
const [which, dir, build = path.join(__dirname, '..', '..', 'build', 'cli')] = process.argv.slice(2);

function reader() {
  if (which === 'exceljs') {
    const ExcelJS = require('exceljs');
    return async (bytes) => {
      await new ExcelJS.Workbook().xlsx.load(bytes);
    };
  }
  return checkerOf(path.resolve(build));
}

(async () => {
  if (which !== 'check' && which !== 'exceljs') throw new Error('usage: warmup.js <check|exceljs> <folder> [build]');
  const files = returnFiles(dir);
  const read = reader();
  const ends = [1, 10, 50, 90, 180, files.length];
  const groups = [`start ${(cpuMs() - started).toFixed(0)} ms`];
  let from = 0;
  let since = cpuMs();
  for (const [index, bytes] of files.entries()) {
    await read(bytes);
    if (ends.includes(index + 1)) {
      const now = cpuMs();
      groups.push(`${from + 1}–${index + 1}: ${(now - since).toFixed(0)} ms`);
      from = index + 1;
      since = now;
    }
  }
  console.log(`${which}: ${groups.join(', ')}; in all ${(cpuMs() - started).toFixed(0)} ms CPU`);
})();
