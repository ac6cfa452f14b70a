/**
 * What writing a layout into a workbook costs in round trips and request size, measured on the fake Excel:
 * the figures the benchmark prints and the tests bound.
 */
import type { WorkbookLayout } from '../../../src/core/layout/index';
import { writeWorkbookLayout, type WriteOptions, type WriteReport } from '../../../src/excel/index';
import { FakeExcel } from './fakeExcel';

/** Every requirement set there: a Microsoft 365 host. */
export const EVERYTHING = () => true;
/** Office 2019: ExcelApi up to 1.7. */
export const OFFICE_2019 = (_set: string, version: string) => Number(version.split('.')[1]) <= 7;
/** Office 2021: ExcelApi up to 1.14. */
export const OFFICE_2021 = (_set: string, version: string) => Number(version.split('.')[1]) <= 14;

export interface WriteMeasure {
  syncs: number;
  /** Bytes of each request as the fake serialised it. */
  requestBytes: number[];
  /** The adapter's own estimate of each write request. */
  estimatedBytes: number[];
  report: WriteReport;
  excel: FakeExcel;
}

/** A fresh workbook (one empty sheet, as Excel opens a new one) with `layout` written into it. */
export async function measureWrite(layout: WorkbookLayout, options: WriteOptions = {}): Promise<WriteMeasure> {
  const excel = new FakeExcel();
  excel.workbook.addSheet('Sheet1');
  const report = await writeWorkbookLayout(excel.context, layout, { isSupported: EVERYTHING, ...options });
  return { syncs: excel.syncs, requestBytes: excel.requests.map((request) => request.bytes), estimatedBytes: report.requestBytes, report, excel };
}
