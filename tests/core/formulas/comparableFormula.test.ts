import { comparableFormula, constantValue, tokenizeFormula } from '../../../src/core/formulas';
import { exactLiteral, numberLiteral } from '../../../src/core/attainment/printFormula';

const same = (a: string, b: string, rowA = 6, rowB = rowA) => comparableFormula(a, rowA) === comparableFormula(b, rowB);

describe('formulas as an office suite saves them compare equal', () => {
  it('takes a number literal cut to 15 significant digits as the same number (the 序时进度 of issue 10)', () => {
    expect(same('0.666666666666667', '0.6666666666666666')).toBe(true);
    expect(same('=0.333333333333333', '0.3333333333333333')).toBe(true);
    expect(same('0.833333333333333', '0.8333333333333334')).toBe(true);
    expect(same('IF(ISNUMBER(J7),(J7-0.1)/(0.30000000000000004-0.1),"")', 'IF(ISNUMBER(J7),(J7-0.1)/(0.3-0.1),"")')).toBe(true);
  });

  it('takes a quotient of constants as its value, with or without parentheses', () => {
    expect(same('2/3', '0.666666666666667')).toBe(true);
    expect(same('(2/3)', '0.6666666666666666')).toBe(true);
    expect(same('J7*(2/3)', 'J7*0.666666666666667')).toBe(true);
    // J7/2/3 is (J7/2)/3: the 2/3 is not an operand of its own.
    expect(same('J7/2/3', 'J7/0.666666666666667')).toBe(false);
  });

  it('ignores case, spacing, $ and the _xlfn. prefix', () => {
    expect(same('if( isnumber($J$7) , round(J7*100,2)>=5, "未填报")', 'IF(ISNUMBER(J7),ROUND(J7*100,2)>=5,"未填报")')).toBe(true);
    expect(same('_xlfn.IFS(J7>1,1)', 'IFS(J7>1,1)')).toBe(true);
  });

  it('reads references relative to the formula’s own row (rows deleted above, shared formulas)', () => {
    expect(same('IF(ISNUMBER(J9),1,0)', 'IF(ISNUMBER(J7),1,0)', 8, 6)).toBe(true);
    expect(same('IF(ISNUMBER(J8),1,0)', 'IF(ISNUMBER(J7),1,0)', 6, 6)).toBe(false);
  });

  it('still tells a changed formula, a changed constant or a changed text apart', () => {
    expect(same('0.66666666666666', '0.6666666666666666')).toBe(false);
    expect(same('IF(J7>=5,"已达标","滞后")', 'IF(J7>=5,"已达标","已达标")')).toBe(false);
    expect(same('"已达标"', 'IF(J7>=5,"已达标","滞后")')).toBe(false);
    expect(same('J7-(-5)', 'J7-5')).toBe(false);
  });

  it('keeps text literals as written (case and spaces inside quotes matter)', () => {
    expect(tokenizeFormula('="a ""b"""')).toEqual([{ kind: 'string', text: '"a ""b"""', value: 'a "b"' }]);
  });

  it('tokenizes sheet-qualified and absolute references', () => {
    expect(tokenizeFormula("'my sheet'!$B$3+X1")).toEqual([
      { kind: 'reference', text: "'my sheet'!$B$3", prefix: 'my sheet', target: '$B$3' },
      { kind: 'operator', text: '+' },
      { kind: 'reference', text: 'X1', prefix: null, target: 'X1' },
    ]);
  });

  it('compares a sheet-qualified reference and a range by sheet and relative rows, not by quotes or $', () => {
    expect(same("'My Sheet'!$B$3+SUM(C1:C5)", "'my sheet'!B3 + sum(C1:C5)")).toBe(true);
    expect(same('SUM(C1:C5)', 'SUM(C1:C6)')).toBe(false);
    expect(same('Sheet1!B3', 'Sheet2!B3')).toBe(false);
  });
});

describe('constantValue: what an entry formula computes when it is plain arithmetic', () => {
  it.each([
    ['=300', 300], ['=120+530', 650], ['=(2.5+3)*10%', 0.55], ['=-2^2', 4], ['=1/4', 0.25], ['=1E3', 1000],
  ])('%s is %p', (formula, value) => {
    expect(constantValue(formula)).toBeCloseTo(value, 12);
  });

  it.each(['=J7+1', '=SUM(1,2)', '="300"', '=1/0', '=(1+2', '=1 2'])('%s is not plain arithmetic', (formula) => {
    expect(constantValue(formula)).toBeNull();
  });
});

describe('generated constants survive a save', () => {
  it('writes a quotient of small whole numbers as one', () => {
    expect(exactLiteral(2 / 3)).toBe('2/3');
    expect(exactLiteral(5 / 6)).toBe('5/6');
    expect(numberLiteral(2 / 3)).toBe('(2/3)');
    expect(numberLiteral(-1 / 3)).toBe('(-1/3)');
  });

  it('writes other long values with the 15 digits an office suite keeps, short ones unchanged', () => {
    expect(exactLiteral(0.1 + 0.2)).toBe('0.3');
    expect(exactLiteral(Math.PI)).toBe('3.14159265358979');
    expect(exactLiteral(0.6)).toBe('0.6');
    expect(exactLiteral(1e21)).toBe('1E+21');
  });
});
