import fc from 'fast-check';
import { cellTextWidth, startsLikeFormula } from '../../../src/core/layout';
import { a1, columnLetter, parseA1, parseRange, placeKey, rangeA1 } from '../../../src/core/form';
import { expectEqual } from '../../support/equalOrExpect';

describe('addresses', () => {
  it.each([[0, 'A'], [25, 'Z'], [26, 'AA'], [51, 'AZ'], [52, 'BA'], [701, 'ZZ'], [702, 'AAA']])('column %i is %s', (col, letters) => {
    expect(columnLetter(col)).toBe(letters);
  });

  it('reads back every address it writes', () => {
    fc.assert(fc.property(fc.nat(1_048_575), fc.nat(16_383), (row, col) => {
      expectEqual(parseA1(a1(row, col)), { row, col });
    }));
  });

  it('reads any text as the A1 pattern does (the plain addresses are read without it)', () => {
    const byPattern = (text: string) => {
      const match = /^\$?([A-Z]{1,3})\$?([1-9]\d*)$/u.exec(text.trim().toUpperCase());
      if (match === null) return null;
      const col = [...(match[1] ?? '')].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
      return { row: Number(match[2]) - 1, col: col - 1 };
    };
    const pieces = fc.constantFrom('$', 'A', 'J', 'Z', 'a', 'ı', 'ſ', '0', '1', '7', '9', ' ', ':', '\u00a0', 'É');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 24 }).map((parts) => parts.join('')), (text) => {
      expectEqual(parseA1(text), byPattern(text));
    }), { numRuns: 20_000 });
    for (const text of ['J7', '$J$7', 'XFD1048576', 'ABCD1', 'J07', 'J7 ', ' j7', 'J$$7', '$$J7', 'J', '7', '', 'J9999999999999999']) {
      expect(parseA1(text)).toEqual(byPattern(text));
    }
  });

  it('writes a one-cell range as a cell and reads ranges either way round', () => {
    expect(rangeA1({ top: 6, left: 9, bottom: 6, right: 9 })).toBe('J7');
    expect(parseRange('M30:J7')).toEqual({ top: 6, left: 9, bottom: 29, right: 12 });
    expect(parseRange('$J$7')).toEqual({ top: 6, left: 9, bottom: 6, right: 9 });
    expect(parseRange('J7:K')).toBeNull();
  });

  it('reads no range from two colons, an empty side or nothing', () => {
    expect(parseRange('A1:B2:C3')).toBeNull();
    expect(parseRange('A1:')).toBeNull();
    expect(parseRange(':A1')).toBeNull();
    expect(parseRange('')).toBeNull();
  });

  it('gives every place an address can name its own key (columns up to ZZZ, the rows of a sheet)', () => {
    const last = parseA1('ZZZ1')?.col ?? 0;
    expect(placeKey(0, last)).not.toBe(placeKey(1, 0));
    fc.assert(fc.property(fc.nat(1_048_575), fc.nat(last), fc.nat(1_048_575), fc.nat(last), (row, col, otherRow, otherCol) => {
      expect(placeKey(row, col) === placeKey(otherRow, otherCol)).toBe(row === otherRow && col === otherCol);
    }));
  });
});

describe('text', () => {
  it('counts Chinese characters, full-width forms and CJK punctuation as two', () => {
    expect(cellTextWidth('2025年目标')).toBe(10);
    expect(cellTextWidth('３．５％')).toBe(8);
    expect(cellTextWidth('“十四五”')).toBe(10);
    expect(cellTextWidth('R&D')).toBe(3);
  });

  it.each(['=1+1', '+A1', '-5', '@SUM(A1)', '＝1'])('knows %s looks like a formula', (text) => {
    expect(startsLikeFormula(text)).toBe(true);
  });
});
