import { decimalsOf, numberStyleName, numberStyles, SheetBuilder, sheetStyles } from '../../../src/core/layout';

describe('number cells', () => {
  it('counts the decimals a value is written with, at most four', () => {
    expect([1250, 0.2277, 3.5, 12_500_000, -147.5, 0.123456, 1e-7].map(decimalsOf)).toEqual([0, 4, 1, 0, 1, 4, 4]);
  });

  it('has a number format per count of decimals, on the base style', () => {
    const base = sheetStyles('宋体').raw;
    const styles = numberStyles(base);
    expect([0, 1, 4].map((d) => styles[numberStyleName(d)]?.numberFormat)).toEqual(['0', '0.0', '0.0000']);
    expect(styles[numberStyleName(9)]?.numberFormat).toBe('0.0000');
    expect(styles[numberStyleName(2)]?.font).toEqual(base.font);
  });
});

describe('rows holding numbers', () => {
  it('a number with long decimals (a 完成进度 of 2/3) keeps its row at the height of the others; a text as long wraps', () => {
    const styles = { ...sheetStyles('宋体'), ...numberStyles(sheetStyles('宋体').raw) };
    const sheet = new SheetBuilder(styles);
    sheet.text(0, 0, '规上工业总产值', 'text');
    sheet.set(0, 1, { kind: 'number', value: 2 / 3 }, 'percent');
    sheet.text(1, 0, '专利', 'text');
    sheet.set(1, 1, { kind: 'number', value: 1234.56789012 }, numberStyleName(4));
    sheet.text(2, 0, '高新技术企业', 'text');
    sheet.text(2, 1, String(2 / 3), 'text');
    const columns = [{ col: 0, width: 16, hidden: false }, { col: 1, width: 8, hidden: false }];
    expect(sheet.fitRows(columns, 11).map((row) => row.row)).toEqual([2]);
  });
});
