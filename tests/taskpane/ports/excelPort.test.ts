/**
 * The ExcelPort is glue: each call one Excel.run around the office-js adapter. Run here on the adapter's
 * recording fake of Excel (tests/excel/support), with Excel.run handing it the fake's context.
 */
import { rowIdsOf, type SheetLayout } from '../../../src/core/layout';
import { readReturnSheets, type SupportCheck } from '../../../src/excel';
import { ExcelPort, type ExcelRun } from '../../../src/taskpane/ports/excelPort';
import { PortError } from '../../../src/taskpane/ports/workbookPort';
import { FakeExcel } from '../../excel/support/fakeExcel';
import { reportingWorkbookOf } from '../../excel/support/layouts';
import { EVERYTHING, OFFICE_2019 } from '../../excel/support/measureWrite';

function portOn(excel: FakeExcel, isSupported: SupportCheck = EVERYTHING) {
  let runs = 0;
  const run: ExcelRun = (batch) => {
    runs += 1;
    return batch(excel.context);
  };
  return { port: new ExcelPort({ run, isSupported }), runs: () => runs };
}

describe('ExcelPort', () => {
  it('writes reporting sheets into the open workbook in one Excel.run and reads them back', async () => {
    const excel = new FakeExcel();
    excel.workbook.addSheet('Sheet1');
    const { port, runs } = portOn(excel);
    const layout = reportingWorkbookOf(12);
    const outcome = await port.writeSheets({ sheets: layout.sheets, metadata: layout.metadata, replace: [] });
    expect(runs()).toBe(1);
    expect(outcome.sheets).toEqual([...layout.sheets.map((sheet) => sheet.name), '_meta']);
    const read = await port.readReturns('all');
    expect(read.map((sheet) => [sheet.sheet, sheet.rows.map((row) => row.indicatorId)])).toEqual([[layout.sheets[0]?.name, rowIdsOf(layout.sheets[0] as SheetLayout)]]);
    expect(await port.sheetNames()).toEqual(['Sheet1', layout.sheets[0]?.name]);
  });

  it('writes sheets that are no reporting sheets without losing the _meta blocks of those that are', async () => {
    const excel = new FakeExcel();
    excel.workbook.addSheet('Sheet1');
    const { port } = portOn(excel);
    const layout = reportingWorkbookOf(5);
    await port.writeSheets({ sheets: layout.sheets, metadata: layout.metadata, replace: [] });
    const other = { ...(layout.sheets[0] as (typeof layout.sheets)[number]), name: '附表1', validations: [], conditionalFormats: [], protection: null };
    await port.writeSheets({ sheets: [other], metadata: null, replace: [] });
    const sheets = await readReturnSheets(excel.context, { isSupported: EVERYTHING });
    expect(sheets.find((sheet) => sheet.sheet === layout.sheets[0]?.name)?.metadata?.rowIds).toEqual(rowIdsOf(layout.sheets[0] as SheetLayout));
  });

  it('on Excel 2019 (ExcelApi 1.7) refuses to write and says which features are missing', async () => {
    const { port } = portOn(new FakeExcel(), OFFICE_2019);
    expect(port.capabilities.writeSheets).toBe(false);
    expect(port.capabilities.missing[0]).toBe('excel.requirement.data_validation');
    const layout = reportingWorkbookOf(3);
    await expect(port.writeSheets({ sheets: layout.sheets, metadata: layout.metadata, replace: [] })).rejects.toBeInstanceOf(PortError);
  });

  it('keeps settings in the workbook', async () => {
    const excel = new FakeExcel();
    const { port } = portOn(excel);
    await port.saveSetting('planIndicators.review', { status: 'accepted' });
    expect(await port.loadSetting('planIndicators.review')).toEqual({ status: 'accepted' });
    expect(await port.loadSetting('nothing.here')).toBeNull();
  });
});
