import { evaluateFormula, functionsUsed } from '../../support/core/attainment/formulaEvaluator';

/** The evaluator the formula tests rely on, checked against what the spreadsheets do. */
describe('test formula evaluator', () => {
  it('computes arithmetic with precedence, negative literals and exponents', () => {
    expect(evaluateFormula('1+2*3-(-4)/2', {})).toBe(9);
    expect(evaluateFormula('(E5-344)/(650-344)', { E5: 600 })).toBeCloseTo(256 / 306, 12);
    expect(evaluateFormula('1E-7*10', {})).toBeCloseTo(1e-6, 18);
  });

  it('compares like the spreadsheets, with a blank cell as 0 or ""', () => {
    // LibreOffice (and Excel, which rounds both sides to 15 digits) take 0.19999999999999998 for 0.2 in a comparison:
    // tests/libreoffice/recomputed/edgeJudgement.suite.ts recomputes such values there. A real difference still counts.
    expect(evaluateFormula('0.3-0.1>=0.2', {})).toBe(true);
    expect(evaluateFormula('0.3-0.1>0.2', {})).toBe(false);
    expect(evaluateFormula('0.3-0.1>=0.2000000001', {})).toBe(false);
    expect(evaluateFormula('ROUND(0.3-0.1,9)>=0.2', {})).toBe(true);
    expect(evaluateFormula('E5>=0', {})).toBe(true);
    expect(evaluateFormula('TRIM(E5)=""', {})).toBe(true);
    expect(evaluateFormula('TRIM(E5)="是"', { E5: ' 是 ' })).toBe(true);
    expect(evaluateFormula('E5="是"', { E5: 3 })).toBe(false);
  });

  it('chooses with IF, AND and ISNUMBER', () => {
    expect(evaluateFormula('IF(ISNUMBER(E5),"有","无")', {})).toBe('无');
    expect(evaluateFormula('IF(ISNUMBER(E5),"有","无")', { E5: 'abc' })).toBe('无');
    expect(evaluateFormula('IF(AND(ISNUMBER(E5),E5>2),"有","无")', { E5: 3 })).toBe('有');
  });

  it('rejects what it does not know and lists the functions called', () => {
    expect(() => evaluateFormula('VLOOKUP(E5,A1,2)', {})).toThrow('#NAME?');
    expect(() => evaluateFormula('E5+', {})).toThrow(SyntaxError);
    expect(functionsUsed('IF(ISNUMBER(E5),ROUND(E5-D5,9)>=1,"")')).toEqual(['IF', 'ISNUMBER', 'ROUND']);
  });
});
