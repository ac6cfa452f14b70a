import { decimalsOf, numberStyleName, numberStyles, SheetBuilder, sheetStyles } from '../../../src/core/layout';
import { numberAsShown } from '../../../src/core/layout/numberCells';

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

describe('columns holding numbers', () => {
  it('reads a number as its format prints it: fixed decimals, percentages, else its own digits', () => {
    expect(numberAsShown(0.07, '0.0000')).toBe('0.0700');
    expect(numberAsShown(59.933333333, '0.0')).toBe('59.9');
    expect(numberAsShown(2.345, '0')).toBe('2');
    expect(numberAsShown(0.5, '0.0%')).toBe('50.0%');
    expect(numberAsShown(1e7, 'General')).toBe('10000000');
  });

  it('sizes a column by what its numbers print, not by their stored digits', () => {
    const styles = { ...sheetStyles('宋体'), ...numberStyles(sheetStyles('宋体').raw) };
    const printed = new SheetBuilder(styles);
    printed.set(0, 0, { kind: 'number', value: 59.933333333333 }, numberStyleName(1));
    printed.set(0, 1, { kind: 'number', value: 0.07 }, numberStyleName(4));
    const [ratio, count] = printed.fitColumns(2);
    // "59.9" and "0.0700" with the padding, where the stored digits would ask for 14 and 4.
    expect([ratio?.width, count?.width]).toEqual([6, 8]);
  });
});
