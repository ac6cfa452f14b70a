import fs from 'node:fs';
import path from 'node:path';
import { loadCatalogFiles } from '../../src/cli/catalogFiles';
import { checkAgainstCatalog } from '../../src/core/checks';
import { DEFAULT_LIMITS } from '../../src/xlsx/fileProblem';
import { guardWorkbookBytes } from '../../src/xlsx/guard/guardWorkbookBytes';
import { loadWorkbook } from '../../src/xlsx/loadWorkbook';
import { readReturnSheets } from '../../src/xlsx/readReturnWorkbook';

/** The stages of checking one file, timed in one warm process over the first `count` files of `dir`. */
export async function stageTimes(dir: string, count: number): Promise<{ files: number; rows: Array<[string, number]> }> {
  const loaded = loadCatalogFiles();
  const files = fs.readdirSync(dir).filter((name) => name.endsWith('.xlsx')).sort().slice(0, count).map((name) => new Uint8Array(fs.readFileSync(path.join(dir, name))));
  const totals = { guard: 0, load: 0, read: 0, check: 0 };
  for (let pass = 0; pass < 2; pass++) {
    for (const bytes of files) {
      let started = performance.now();
      await guardWorkbookBytes(bytes, DEFAULT_LIMITS);
      const guard = performance.now() - started;
      started = performance.now();
      const loadedWorkbook = await loadWorkbook(bytes);
      const load = performance.now() - started;
      if (!loadedWorkbook.ok) continue;
      started = performance.now();
      const sheets = readReturnSheets(loadedWorkbook.workbook);
      const read = performance.now() - started;
      started = performance.now();
      for (const sheet of sheets) checkAgainstCatalog(sheet, loaded);
      const check = performance.now() - started;
      // The first pass warms the code up; only the second counts.
      if (pass === 1) {
        totals.guard += guard;
        totals.load += load;
        totals.read += read;
        totals.check += check;
      }
    }
  }
  const per = (total: number) => total / files.length;
  return {
    files: files.length,
    rows: [
      ['guard (size, signature, zip directory, worksheet scan)', per(totals.guard)],
      ['ExcelJS load', per(totals.load)],
      ['read the form back by id', per(totals.read)],
      ['check (rebuild the form, compare, run the rules)', per(totals.check)],
    ],
  };
}
