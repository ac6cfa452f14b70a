import type * as Xlsx from '../../src/xlsx';

/**
 * `check` reads returns without ExcelJS (one pass over the zip) and loads it only to write --report or --annotate
 * (decision 0185): its ~30 MB were a third of the check's memory before the first file. Requiring the command or the
 * xlsx index with an ExcelJS that counts its loads proves nothing loads it on import; writing and loading a workbook
 * then load its Workbook module once, and never the package's index (decision 0207).
 */
describe('ExcelJS on demand', () => {
  it('the check command and src/xlsx load without ExcelJS, which the first workbook written then loads', async () => {
    let loads = 0;
    let indexLoads = 0;
    await jest.isolateModulesAsync(async () => {
      jest.doMock('exceljs/lib/doc/workbook', () => {
        loads += 1;
        return jest.requireActual('exceljs/lib/doc/workbook');
      });
      jest.doMock('exceljs', () => {
        indexLoads += 1;
        return jest.requireActual('exceljs');
      });
      /* eslint-disable @typescript-eslint/no-require-imports -- required inside the isolated registry, after the mock */
      require('../../src/cli/commands/check');
      const xlsx = require('../../src/xlsx') as typeof Xlsx;
      /* eslint-enable @typescript-eslint/no-require-imports */
      expect(loads).toBe(0);
      const bytes = await xlsx.sheetsBytes([]);
      expect(loads).toBe(1);
      expect(bytes.length).toBeGreaterThan(0);
      // ExcelJS's Workbook module alone, not its index with the streaming reader and writer (decision 0207).
      const loaded = await xlsx.loadWorkbook(bytes);
      expect(loaded.ok).toBe(true);
      expect([loads, indexLoads]).toEqual([1, 0]);
    });
  });
});
