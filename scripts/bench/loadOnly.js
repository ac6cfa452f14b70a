// The floor for `check`: ExcelJS alone loading every file of a folder, one at a time (as check reads them).
const fs = require('node:fs');
const path = require('node:path');
const ExcelJS = require('exceljs');

(async () => {
  const dir = process.argv[2];
  const files = fs.readdirSync(dir).filter((name) => name.endsWith('.xlsx')).sort();
  const started = process.hrtime.bigint();
  for (const name of files) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync(path.join(dir, name)));
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const usage = process.resourceUsage();
  console.log(JSON.stringify({ files: files.length, seconds, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, maxRssKb: usage.maxRSS }));
})();
