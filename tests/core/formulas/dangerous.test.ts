/**
 * formulaDangers is asked the same formulas in every file of a batch and keeps its answers: the same text keeps
 * its answer, a text that differs by one character is looked at afresh, and no caller can change a kept answer.
 */
import { formulaDangers } from '../../../src/core/formulas';

describe('formulaDangers asked again', () => {
  it('gives the same answer to the same formula, and its own to a formula one character apart', () => {
    expect(formulaDangers('WEBSERVICE("http://x/"&A1)')).toEqual(['network']);
    expect(formulaDangers('WEBSERVICE("http://x/"&A1)')).toEqual(['network']);
    expect(formulaDangers('WEBSERVIC("http://x/"&A1)')).toEqual([]);
    expect(formulaDangers('[1]Sheet1!A1+INDIRECT(B2)')).toEqual(['external_reference', 'indirect']);
    expect(formulaDangers('SUM(J8:J9)')).toEqual([]);
  });

  it('hands out answers nobody can change for the next file', () => {
    const first = formulaDangers('CALL("user32","MessageBoxA","JJCCJ",1,"x","y",0)');
    expect(() => (first as string[]).push('dde')).toThrow(TypeError);
    expect(formulaDangers('CALL("user32","MessageBoxA","JJCCJ",1,"x","y",0)')).toEqual(['code']);
  });
});
