/**
 * What the 导入 tab reads in Excel: the selection as shown, and where it is (for the addresses the import's
 * problems name and the source its catalog records). On office-addin-mock, as the adapter's own selection test.
 */
import { ExcelPort } from '../../../src/taskpane/ports/excelPort';
import { mockContext, settled } from '../../support/excel/officeMock';

function portOnSelection(address: string, workbookName: string) {
  const used = {
    rowCount: 2, columnCount: 2, address,
    text: [['指标', '2025年'], ['高新技术企业数（家）', '650以上']],
    values: [['指标', '2025年'], ['高新技术企业数（家）', '650以上']],
  };
  const selected = { used, getUsedRangeOrNullObject(this: Record<string, unknown>) { return this['used']; } };
  const { mock, context } = mockContext({
    workbook: { name: workbookName, selected, getSelectedRange(this: Record<string, unknown>) { return this['selected']; } },
  });
  settled((mock['workbook'] as { selected: { used: object } }).selected.used, false);
  return new ExcelPort({ run: (batch) => batch(context), isSupported: () => true });
}

describe('ExcelPort.readSelection', () => {
  it('gives the cells as shown, the workbook and sheet they are on, and their top-left position', async () => {
    const table = await portOnSelection("'规划 指标'!$C$4:$D$5", '规划.xlsx').readSelection();
    expect(table).toEqual({
      cells: [['指标', '2025年'], ['高新技术企业数（家）', '650以上']],
      source: '规划.xlsx#规划 指标',
      origin: { row: 3, column: 2 },
    });
  });

  it('reads a sheet name with an apostrophe, and an unquoted one', async () => {
    expect((await portOnSelection("'Joe''s'!B2:C3", 'a.xlsx').readSelection()).source).toBe("a.xlsx#Joe's");
    expect((await portOnSelection('Sheet1!A1:B2', 'a.xlsx').readSelection()).origin).toEqual({ row: 0, column: 0 });
  });
});
