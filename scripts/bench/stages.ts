import fs from 'node:fs';
import path from 'node:path';
import { loadCatalogFiles } from '../../src/cli/catalogFiles';
import { checkAgainstCatalog } from '../../src/core/checks';
import { DEFAULT_LIMITS } from '../../src/xlsx/fileProblem';
import { readReturnGrids } from '../../src/core/returns';
import { loadWorkbook } from '../../src/xlsx/loadWorkbook';
import { readWorkbookPackage } from '../../src/xlsx/read/readWorkbookPackage';

/** The stages of checking one file, timed in one warm process over the first `count` files of `dir`. */
export async function stageTimes(dir: string, count: number): Promise<{ files: number; rows: Array<[string, number]> }> {
  const loaded = loadCatalogFiles();
  const files = fs.readdirSync(dir).filter((name) => name.endsWith('.xlsx')).sort().slice(0, count).map((name) => new Uint8Array(fs.readFileSync(path.join(dir, name))));
  const totals = { pkg: 0, read: 0, check: 0, load: 0 };
  for (let pass = 0; pass < 2; pass++) {
    for (const bytes of files) {
      let started = performance.now();
      const pkg = readWorkbookPackage(bytes, DEFAULT_LIMITS);
      const pkgTime = performance.now() - started;
      if (!pkg.ok) continue;
      started = performance.now();
      const sheets = readReturnGrids(pkg.workbook.grids, { facts: pkg.workbook.facts });
      const read = performance.now() - started;
      started = performance.now();
      for (const sheet of sheets) checkAgainstCatalog(sheet, loaded);
      const check = performance.now() - started;
      started = performance.now();
      await loadWorkbook(bytes);
      const load = performance.now() - started;
      // The first pass warms the code up; only the second counts.
      if (pass === 1) {
        totals.pkg += pkgTime;
        totals.read += read;
        totals.check += check;
        totals.load += load;
      }
    }
  }
  const per = (total: number) => total / files.length;
  return {
    files: files.length,
    rows: [
      ['read the package (bounds, zip directory, inflate, stream the XML of the parts needed)', per(totals.pkg)],
      ['read the form back by id', per(totals.read)],
      ['check (rebuild the form, compare, run the rules)', per(totals.check)],
      ['for comparison, not part of check: ExcelJS load of the same bytes', per(totals.load)],
    ],
  };
}
