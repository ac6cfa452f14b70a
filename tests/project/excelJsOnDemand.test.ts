import type * as Xlsx from '../../src/xlsx';

/**
 * `check` reads returns without ExcelJS (one pass over the zip) and loads it only to write --report or --annotate
 * (decision 0185): its ~30 MB were a third of the check's memory before the first file. Requiring the command or the
 * xlsx index with an ExcelJS that fails when loaded proves nothing loads it on import.
 */
describe('ExcelJS on demand', () => {
  it('the check command and src/xlsx load without ExcelJS, which the first workbook written then loads', async () => {
    let loads = 0;
    await jest.isolateModulesAsync(async () => {
      jest.doMock('exceljs', () => {
        loads += 1;
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
    });
  });
});
