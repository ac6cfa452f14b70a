import { decimalsOf, numberStyleName, numberStyles, sheetStyles } from '../../../src/core/layout';

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
