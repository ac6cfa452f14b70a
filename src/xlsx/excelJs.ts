import type * as ExcelJSModule from 'exceljs';

/** What of ExcelJS the adapter uses: its Workbook (xlsx.load, xlsx.writeBuffer and the steps of its writer). */
interface ExcelJsWorkbook {
  Workbook: typeof ExcelJSModule.Workbook;
}

let loaded: ExcelJsWorkbook | undefined;

/**
 * ExcelJS, loaded the first time a workbook is written or loaded whole: `check` reads returns without it (one pass over
 * the zip) and needs it only for `--report`/`--annotate`, so a plain check never pays its start-up (decision 0185). The
 * only place in src/xlsx that loads ExcelJS's code; the other files import its types only. Only its Workbook module,
 * not the package's index, which also loads its streaming reader and writer (unzipper, archiver and their
 * dependencies) that nothing here uses: about 0.3 s of CPU and 4 MB of heap less for `consolidate` (decision 0207).
 * The pane's bundle maps this module to the Workbook of ExcelJS's browser build (webpack.config.js).
 */
export function excelJs(): ExcelJsWorkbook {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, not on import
  loaded ??= { Workbook: require('exceljs/lib/doc/workbook') as typeof ExcelJSModule.Workbook };
  return loaded;
}
