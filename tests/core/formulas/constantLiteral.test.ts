import { constantLiteral } from '../../../src/core/formulas';

describe('constantLiteral: a formula that is only a logical or error constant (as LibreOffice saves TRUE and #N/A)', () => {
  it.each([
    ['TRUE()', { type: 'boolean', value: true }],
    ['FALSE()', { type: 'boolean', value: false }],
    ['true', { type: 'boolean', value: true }],
    [' False ( ) ', { type: 'boolean', value: false }],
    ['#N/A', { type: 'error', value: '#N/A' }],
    ['#div/0!', { type: 'error', value: '#DIV/0!' }],
    ['#NAME?', { type: 'error', value: '#NAME?' }],
  ])('%j is the constant %j', (formula, literal) => {
    expect(constantLiteral(formula)).toEqual(literal);
  });

  it.each(['TRUE()+0', 'NOT(FALSE())', 'TRUE(1)', 'H9', '#N/A+1', 'NA()', '"TRUE"', '1', ''])('%j is a formula, not a constant', (formula) => {
    expect(constantLiteral(formula)).toBeNull();
  });
});
