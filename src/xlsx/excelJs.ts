import type * as ExcelJSModule from 'exceljs';

let loaded: typeof ExcelJSModule | undefined;

/**
 * ExcelJS, loaded the first time a workbook is written or loaded whole: `check` reads returns without it (one pass over
 * the zip) and needs it only for `--report`/`--annotate`, so a plain check never pays its ~30 MB and start-up
 * (decision 0185). The only place in src/xlsx that loads ExcelJS's code; the other files import its types only.
 */
export function excelJs(): typeof ExcelJSModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, not on import
  loaded ??= require('exceljs') as typeof ExcelJSModule;
  return loaded;
}
