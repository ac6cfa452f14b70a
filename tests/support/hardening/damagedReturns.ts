/**
 * Returns to damage: sample returns filled by id as the demo fills them (src/cli/sampleReturns), checked the way
 * `plan-indicators check` checks a file (src/cli/commands/check checkFile: read, regenerate the layout from the
 * metadata, every rule). The catalog and the ExcelJS edit helper are tests/support/xlsx/filledReturns'.
 */
import type ExcelJS from 'exceljs';
import type { PlanCatalog } from '../../../src/core/catalog/index';
import type { Finding } from '../../../src/core/checks/index';
import { reportingSheetMap, rowIdsOf, shownText, type ReportingSheetMap, type SheetLayout } from '../../../src/core/layout/index';
import { a1, METADATA } from '../../../src/core/form/index';
import { templateWorkbookLayout } from '../../../src/core/documents/index';
import { checkFile, type FileResult } from '../../../src/cli/commands/check';
import { keptSampleReturn } from '../keptSampleReturn';
import { planOf, realCatalog } from '../xlsx/filledReturns';

export { edit, planOf, realCatalog, YUECHENG } from '../xlsx/filledReturns';

export const HIGHTECH_PLAN = 'zj-hightech-industry-2021-2025';
export const YUECHENG_REGION = { name: '绍兴市越城区', code: '330602' };

const cache = new Map<string, Promise<Uint8Array>>();
const CORPUS_TIME = new Date(Date.UTC(2025, 11, 20, 8, 0, 0));

/**
 * 越城's 2025 return, filled with plausible values and no mistakes (accepted as it is): the district plan's sheet
 * and, with `withProvincialPlan`, a second sheet for the provincial high-tech plan.
 */
export function filledReturn(withProvincialPlan = false): Promise<Uint8Array> {
  const key = String(withProvincialPlan);
  let bytes = cache.get(key);
  if (bytes === undefined) {
    const plans: PlanCatalog[] = [planOf('yuecheng-2021-2025'), ...(withProvincialPlan ? [planOf(HIGHTECH_PLAN)] : [])];
    // At a fixed time, so that the fuzz corpus made from it is the same bytes in every run: a failing seed reproduces.
    bytes = keptSampleReturn({ region: YUECHENG_REGION, plans, loaded: realCatalog(), reportingYear: 2025, seed: 11, written: CORPUS_TIME });
    cache.set(key, bytes);
  }
  return bytes;
}

/** The file checked as the command line checks it, in Chinese. */
export function checkBytes(bytes: Uint8Array, file = '越城区-2025.xlsx'): Promise<FileResult> {
  return checkFile(file, bytes, realCatalog());
}

export function findingsOf(result: FileResult): Finding[] {
  return result.sheets.flatMap((sheet) => sheet.findings);
}

/** Rewrites one key of one metadata block of _meta (block 0 is the first reporting sheet's). */
export function editMetadata(workbook: ExcelJS.Workbook, key: string, change: (value: unknown) => unknown, block = 0): void {
  const meta = workbook.getWorksheet(METADATA.sheetName);
  if (meta === undefined) throw new Error('no _meta');
  let current = -1;
  meta.eachRow((row) => {
    if (row.getCell(1).value === 'sheet') current += 1;
    if (current === block && row.getCell(1).value === key) row.getCell(2).value = JSON.stringify(change(JSON.parse(String(row.getCell(2).value))));
  });
}

/** Where things are on one reporting sheet of the sample workbook, from the generated layout (never from the reader). */
export class Form {
  readonly map: ReportingSheetMap;
  readonly rowIds: string[];

  constructor(readonly layout: SheetLayout) {
    this.map = reportingSheetMap(layout);
    this.rowIds = rowIdsOf(layout);
  }

  get name(): string {
    return this.layout.name;
  }

  /** 0-based row of an indicator. */
  row(id: string): number {
    const index = this.rowIds.indexOf(id);
    if (index < 0) throw new Error(`no row ${id}`);
    return this.map.firstDataRow + index;
  }

  at(id: string, column: number): string {
    return a1(this.row(id), column);
  }

  actual(id: string, year: number): string {
    const col = this.map.columns.actuals[year];
    if (col === undefined) throw new Error(`no ${year} column`);
    return this.at(id, col);
  }

  /** The row of a finding about a whole row ('12:12'). */
  rowRef(id: string): string {
    return `${this.row(id) + 1}:${this.row(id) + 1}`;
  }

  /** A1 address of a layout cell whose text matches. */
  cellWithText(text: RegExp): string {
    const cell = this.layout.cells.find((candidate) => text.test(shownText(candidate.value)));
    if (cell === undefined) throw new Error(`no cell ${text}`);
    return a1(cell.row, cell.col);
  }
}

const formsMade = new Map<boolean, readonly Form[]>();

/**
 * The reporting sheets of filledReturn(withProvincialPlan), as generated: laid out once per test file (a Form only
 * reads its layout), as filledReturn is filled once.
 */
export function formsOf(withProvincialPlan = false): Form[] {
  let forms = formsMade.get(withProvincialPlan);
  if (forms === undefined) {
    const plans: PlanCatalog[] = [planOf('yuecheng-2021-2025'), ...(withProvincialPlan ? [planOf(HIGHTECH_PLAN)] : [])];
    const layout = templateWorkbookLayout({ plans, region: YUECHENG_REGION, reportingYear: 2025, merge: false, catalogVersion: realCatalog().version });
    forms = layout.sheets.filter((sheet) => sheet.name !== layout.sheets[0]?.name).map((sheet) => new Form(sheet));
    formsMade.set(withProvincialPlan, forms);
  }
  return [...forms];
}
