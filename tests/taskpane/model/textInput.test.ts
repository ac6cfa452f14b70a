import { pastedTable } from '../../../src/taskpane/model/pastedTable';
import { typedValue } from '../../../src/taskpane/ports/browser/typedValue';
import { localeOf } from '../../../src/taskpane/i18n';

describe('pastedTable', () => {
  it('reads rows by line and cells by tab, as Excel, WPS and Word put a table on the clipboard', () => {
    expect(pastedTable('序号\t指标\t2025年\r\n1\t高新技术企业数（家）\t650以上\r\n')).toEqual([['序号', '指标', '2025年'], ['1', '高新技术企业数（家）', '650以上']]);
  });

  it('keeps a quoted cell’s line breaks, tabs and doubled quotes', () => {
    expect(pastedTable('1\t"研发经费\n投入强度"\t"a\tb"\t"他说""好"""\n2\tx\t\t')).toEqual([['1', '研发经费\n投入强度', 'a\tb', '他说"好"'], ['2', 'x', '', '']]);
  });

  it('drops trailing blank lines and reads nothing from nothing', () => {
    expect(pastedTable('a\tb\n\t\n\n')).toEqual([['a', 'b']]);
    expect(pastedTable('')).toEqual([]);
  });
});

describe('typedValue', () => {
  it('stores plain numbers as numbers, as Excel does with a General cell', () => {
    expect(['12.5', '-3', '+4', '.5', '1e3', ' 7 '].map(typedValue)).toEqual([12.5, -3, 4, 0.5, 1000, 7]);
  });

  it('keeps everything else as typed text, never a formula', () => {
    expect(['约3.5', '２２０００', '3.5%', '是', '=1+1', '12..5'].map(typedValue)).toEqual(['约3.5', '２２０００', '3.5%', '是', '=1+1', '12..5']);
    expect(typedValue('  ')).toBeNull();
  });
});

describe('localeOf', () => {
  it('is English for any English, Chinese otherwise', () => {
    expect(['en-US', 'en-GB', 'en', 'EN_us'].map(localeOf)).toEqual(['en-US', 'en-US', 'en-US', 'en-US']);
    expect(['zh-CN', 'zh-TW', 'fr-FR', '', 'eng'].map(localeOf)).toEqual(['zh-CN', 'zh-CN', 'zh-CN', 'zh-CN', 'zh-CN']);
  });
});
