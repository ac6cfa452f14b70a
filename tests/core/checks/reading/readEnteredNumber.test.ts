import fc from 'fast-check';
import { numberOf, readEnteredNumber, readEnteredValue, type EnteredValue } from '../../../../src/core/checks';
import type { EnteredCell } from '../../../../src/core/returns';
import { booleanCell, dateCell, errorCell, formulaCell, percentCell, type CellSpec } from '../../../support/core/checks/builtSheets';

const at = (spec: CellSpec): EnteredCell => ({ address: 'D6', ...spec });
const text = (value: string): EnteredCell => at({ value: { type: 'text', value } });
const num = (value: number): EnteredCell => at({ value: { type: 'number', value } });

const FULL_WIDTH_DIGITS = '０１２３４５６７８９';
const toFullWidth = (ascii: string) => ascii.replace(/\d/gu, (d) => FULL_WIDTH_DIGITS[Number(d)] ?? d).replace('.', '．');

describe('readEnteredNumber', () => {
  it.each([
    ['3.5', '%', 3.5],
    ['３．５', '%', 3.5],
    ['1,234', '家', 1234],
    ['１，２００', '家', 1200],
    [' 650 ', '家', 650],
    ['-3.2', '%', -3.2],
    ['\u22123.2', '%', -3.2],
    ['3.5%', '%', 3.5],
    ['3.5％', '%', 3.5],
    ['22000家', '家', 22000],
    ['2.2万家', '家', 22000],
    ['2.2万', '家', 22000],
    ['5000万元', '亿元', 0.5],
    ['20 亿元', '亿元', 20],
    ['12%', '', 12],
  ])('text %j in a %s row is a number stored as text: not counted, %d to type instead', (entry, unit, value) => {
    expect(readEnteredNumber(text(entry), unit)).toEqual({ kind: 'not_a_number', reason: 'text_number', text: entry.trim(), typeInstead: String(value) });
  });

  it('reads numbers as they are', () => {
    expect(readEnteredNumber(num(650), '家')).toEqual({ kind: 'number', value: 650 });
  });

  it('reads a number to the 15 digits office suites keep: what LibreOffice saves as 3.1 reads 3.1 before the save too', () => {
    expect(readEnteredNumber(num(3.0999999999999988), '%')).toEqual({ kind: 'number', value: 3.1 });
    expect(readEnteredNumber(num(0.1 + 0.2), '%')).toEqual({ kind: 'number', value: 0.3 });
    expect(readEnteredNumber(at(formulaCell('0.1+0.2', 0.1 + 0.2)), '%')).toEqual({ kind: 'number', value: 0.3 });
    expect(readEnteredNumber(num(123456.789012345), '万元')).toEqual({ kind: 'number', value: 123456.789012345 });
  });

  it('reads any number, whole or not, small or huge, as its 15 significant digits read back (-0 as 0)', () => {
    const numbers = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -(10 ** 15) - 10, max: 10 ** 15 + 10 }), fc.constantFrom(-0, 1e15 - 1, 1e15, 2 ** 53 + 2, -(2 ** 60), 999_999_999_999_999));
    fc.assert(fc.property(numbers, (value) => {
      const read = readEnteredNumber(num(value), '家');
      expect(read.kind === 'number' && Object.is(read.value, Number(value.toPrecision(15)))).toBe(true);
    }), { numRuns: 2000 });
  });

  it('does not count 3.5% typed into a % cell (stored 0.035, which the sheet compares with a target in %): type 3.5', () => {
    expect(readEnteredNumber(at(percentCell(0.035)), '%')).toEqual({ kind: 'not_a_number', reason: 'percent_format', text: '3.5%', typeInstead: '3.5' });
  });

  it('does not scale a percent-formatted cell of a row that is not in %', () => {
    expect(readEnteredNumber(at(percentCell(12)), '家')).toEqual({ kind: 'number', value: 12 });
  });

  it('does not scale a format whose % is literal text', () => {
    expect(readEnteredNumber(at({ value: { type: 'number', value: 3.5 }, numberFormat: '0.0"%"' }), '%')).toEqual({ kind: 'number', value: 3.5 });
  });

  it("never reads a formula's cached value: plain arithmetic as what it computes, any other formula not a number", () => {
    expect(readEnteredNumber(at(formulaCell('300', 650)), '家')).toEqual({ kind: 'number', value: 300 });
    expect(readEnteredNumber(at(formulaCell('120+530', 12)), '家')).toEqual({ kind: 'number', value: 650 });
    expect(readEnteredNumber(at(formulaCell('SUM(D6:E6)', 12)), '家')).toEqual({ kind: 'not_a_number', reason: 'formula', text: '=SUM(D6:E6)' });
  });

  it.each([
    [booleanCell(true), 'boolean', 'TRUE'],
    [errorCell('#N/A'), 'error_value', '#N/A'],
    [dateCell('2023-05-01'), 'date', '2023-05-01'],
    [{ value: { type: 'error', value: '#REF!' }, formula: 'Sheet9!A1' } as CellSpec, 'formula', '=Sheet9!A1'],
  ])('%j is not a number (%s)', (spec, reason, shown) => {
    expect(readEnteredNumber(at(spec), '家')).toEqual({ kind: 'not_a_number', reason, text: shown });
  });

  it.each(['abc', '约3.5', '3.5左右', '四百二十', '3,5', '2.4（预计）', '3.5.1'])('text %j is not a number', (entry) => {
    expect(readEnteredNumber(text(entry), '%')).toMatchObject({ kind: 'not_a_number', reason: 'text', text: entry });
  });

  it('names the unit typed when it does not convert to the row unit', () => {
    expect(readEnteredNumber(text('22000元'), '家')).toEqual({ kind: 'not_a_number', reason: 'unit_mismatch', text: '22000元', typedUnit: '元' });
    expect(readEnteredNumber(text('3.5%'), '家')).toMatchObject({ kind: 'not_a_number', reason: 'unit_mismatch', typedUnit: '%' });
  });

  it.each([
    ['an empty cell', at({ value: { type: 'empty' } })],
    ['empty text', text('')],
    ['spaces', text('   ')],
    ['a dash', text('—')],
    ['no cell at all', null],
  ])('%s is missing', (_label, cell) => {
    expect(readEnteredNumber(cell, '家')).toEqual({ kind: 'missing' });
  });

  it('says what to type for any number written as text, with thousands separators or full-width digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const plain = `${whole}.${String(cents).padStart(2, '0')}`;
        const value = Number(plain);
        const grouped = `${whole.toLocaleString('en-US')}.${String(cents).padStart(2, '0')}`;
        for (const written of [plain, grouped, toFullWidth(plain)]) {
          const read = readEnteredNumber(text(written), '亿元');
          expect(read).toMatchObject({ kind: 'not_a_number', reason: 'text_number', typeInstead: String(value) });
        }
      }),
    );
  });
});

describe('readEnteredValue', () => {
  it.each([['是', true], ['否', false], [' 是 ', true]])('a qualitative target reads %j (as the sheet\'s TRIM(cell)="是" does) as achieved=%s', (entry, achieved) => {
    expect(readEnteredValue(text(entry), '', 'qualitative')).toEqual({ kind: 'answer', achieved });
  });

  it.each([
    ['达到', '是'], ['未达到', '否'], ['已实现', '是'], ['Y', '是'], ['n', '否'], ['ＹＥＳ', '是'], ['是\u3000', '是'],
  ])('a qualitative target does not count %j, which the sheet cannot compute, and asks for %s', (entry, answer) => {
    expect(readEnteredValue(text(entry), '', 'qualitative')).toMatchObject({ kind: 'not_a_number', reason: 'answer_variant', typeInstead: answer });
  });

  it('a qualitative target asks for 是/否 instead of a logical value or a number, which its sheet shows as 未填报 (decision 0267)', () => {
    expect(readEnteredValue(at(booleanCell(false)), '', 'qualitative')).toEqual({ kind: 'not_a_number', reason: 'answer_variant', text: 'FALSE', typeInstead: '否' });
    expect(readEnteredValue(num(85), '', 'qualitative')).toEqual({ kind: 'not_a_number', reason: 'answer_number', text: '85' });
    expect(readEnteredValue(text('基本覆盖'), '', 'qualitative')).toMatchObject({ kind: 'not_a_number', reason: 'text' });
  });

  it('an increment/cumulative indicator reads "75/1280" as both (for the checks), and numberOf does not count it', () => {
    const expected: EnteredValue = { kind: 'pair', value: 1280, increment: 75, text: '75/1280' };
    expect(readEnteredValue(text('75/1280'), '家', 'increment_cumulative')).toEqual(expected);
    expect(readEnteredValue(text('７５／１２８０家'), '家', 'increment_cumulative')).toMatchObject({ kind: 'pair', value: 1280, increment: 75 });
    expect(numberOf(expected)).toBeNull();
    expect(readEnteredValue(num(1280), '家', 'increment_cumulative')).toEqual({ kind: 'number', value: 1280 });
  });

  it('"75/1280" is not a number where a plain number is asked', () => {
    expect(readEnteredValue(text('75/1280'), '家', 'number')).toMatchObject({ kind: 'not_a_number' });
    expect(readEnteredValue(text('是'), '家', 'number')).toMatchObject({ kind: 'not_a_number' });
  });
});
