/** The fake the writer and reader tests run on: it must be as strict as Excel where they rely on it. */
import { FakeExcel } from '../support/excel/fakeExcel';

function withSheet() {
  const excel = new FakeExcel();
  excel.workbook.addSheet('表');
  const range = excel.context.workbook.worksheets.getItem('表').getRange('A1:D1');
  return { excel, range };
}

describe('the fake Excel', () => {
  it('types like Excel: a General cell makes numbers, dates and formulas of text; a quote or a text cell keeps it', async () => {
    const { excel, range } = withSheet();
    range.formulas = [['10-15', "'10-15", '=A1', '3.5']];
    await excel.context.sync();
    expect(['A1', 'B1', 'C1', 'D1'].map((cell) => excel.valueAt('表', cell))).toEqual([45000, '10-15', '', 3.5]);
    range.numberFormat = [['@', '@', '@', '@']];
    range.formulas = [['10-15', '=A1', '3.5', 'x']];
    await excel.context.sync();
    expect(['A1', 'B1', 'C1', 'D1'].map((cell) => excel.valueAt('表', cell))).toEqual(['10-15', '=A1', '3.5', 'x']);
  });

  it('applies what is queued only at sync, and refuses a read before load and sync', async () => {
    const { excel, range } = withSheet();
    range.formulas = [[1, 2, 3, 4]];
    expect(excel.valueAt('表', 'A1')).toBe('');
    range.load('values');
    expect(() => range.values).toThrow(/PropertyNotLoaded/u);
    await excel.context.sync();
    expect(range.values).toEqual([[1, 2, 3, 4]]);
    expect(excel.syncs).toBe(1);
  });

  it('fails a sync half-way when told to, keeping what came before the failure', async () => {
    const { excel } = withSheet();
    const sheet = excel.context.workbook.worksheets.getItem('表');
    for (const cell of ['A1', 'A2', 'A3', 'A4']) sheet.getRange(cell).formulas = [[cell]];
    excel.failAtSync = 1;
    await expect(excel.context.sync()).rejects.toThrow(/injected/u);
    expect(['A1', 'A2', 'A3', 'A4'].map((cell) => excel.valueAt('表', cell))).toEqual(['A1', 'A2', '', '']);
  });
});
