import type { DataValidation } from '../../src/core/layout';
import { validationRule, validationSettings } from '../../src/excel/validation';

const base: DataValidation = {
  ref: 'J8:M8', type: 'decimal', operator: 'between', formulae: ['0', '100'], allowBlank: true, showInputMessage: true,
  promptTitle: '填报提示', prompt: '单位：%', showErrorMessage: true, errorStyle: 'stop', errorTitle: '输入有误', error: '请输入0到100之间的数值（单位：%）。',
};

describe('validation in office-js terms', () => {
  it('gives bounds as numbers and operators by their office-js names', () => {
    expect(validationRule(base)).toEqual({ decimal: { operator: 'Between', formula1: 0, formula2: 100 } });
    expect(validationRule({ ...base, type: 'whole', operator: 'greaterThanOrEqual', formulae: ['0'] })).toEqual({ wholeNumber: { operator: 'GreaterThanOrEqualTo', formula1: 0 } });
    expect(validationRule({ ...base, type: 'textLength', operator: 'lessThanOrEqual', formulae: ['500'] })).toEqual({ textLength: { operator: 'LessThanOrEqualTo', formula1: 500 } });
  });

  it('gives a bound that is a formula with its "="', () => {
    expect(validationRule({ ...base, operator: 'lessThanOrEqual', formulae: ['$K8'] })).toEqual({ decimal: { operator: 'LessThanOrEqualTo', formula1: '=$K8' } });
  });

  it('gives a list as its items, from listValues or from the quoted formula', () => {
    expect(validationRule({ ...base, type: 'list', operator: null, formulae: ['"是,否"'], listValues: ['是', '否'] })).toEqual({ list: { inCellDropDown: true, source: '是,否' } });
    expect(validationRule({ ...base, type: 'list', operator: null, formulae: ['"是,否"'] })).toEqual({ list: { inCellDropDown: true, source: '是,否' } });
  });

  it('gives a custom rule (零的突破: a count or 是/否) as its formula with its "=", and refuses one without a formula', () => {
    const formula = 'IF(ISNUMBER(H53),AND(H53>=0,ROUND(H53,0)=H53),OR(TRIM(H53)="是",TRIM(H53)="否"))';
    expect(validationRule({ ...base, ref: 'H53:H55', type: 'custom', operator: null, formulae: [formula] })).toEqual({ custom: { formula: `=${formula}` } });
    expect(() => validationRule({ ...base, ref: 'H53:H55', type: 'custom', operator: null, formulae: [] })).toThrow(/H53:H55/u);
  });

  it('always stops a wrong entry, with the layout’s texts', () => {
    expect(validationSettings(base)).toMatchObject({
      ignoreBlanks: true,
      prompt: { showPrompt: true, title: '填报提示', message: '单位：%' },
      errorAlert: { showAlert: true, style: 'Stop', title: '输入有误', message: '请输入0到100之间的数值（单位：%）。' },
    });
  });
});
