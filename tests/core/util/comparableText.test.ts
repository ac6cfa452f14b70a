import { comparableText, sameText } from '../../../src/core/util/comparableText';
import { locateColumns, REPORTING } from '../../../src/core/form';
import { footerLabelOf } from '../../../src/core/returns/read/footerEntries';
import { readAnswer } from '../../../src/core/checks/reading/answers';

const headers = (year: string) => ['序号', '类别', '指标名称', '单位', `${year}年\n目标`, `${year}年\n实绩`, '完成进度', '序时进度', '状态', '说明', '责任部门', '指标ＩＤ'];

describe('one definition of "the same text", shared by the reader and the checks', () => {
  it('folds full-width forms and drops spaces, line breaks and zero-width characters', () => {
    expect(comparableText('２０２５年\n目标（越城）')).toBe('2025年目标(越城)');
    expect(comparableText('类 别\u200b')).toBe('类别');
    expect(sameText('指标ＩＤ', '指标ID')).toBe(true);
    expect(sameText('说明', '说 明 ')).toBe(true);
    expect(sameText('2025年目标', '2026年目标')).toBe(false);
  });

  it('lets the reader find columns whose headers were retyped in full-width', () => {
    const typed = locateColumns(headers('２０２５'));
    const printed = locateColumns(headers('2025'));
    expect(typed.missing).toEqual([]);
    expect(typed.columns?.targets).toEqual({ 2025: 4 });
    expect(typed.columns?.actuals).toEqual({ 2025: 5 });
    expect(typed.columns?.id).toBe(printed.columns?.id);
  });

  it('reads a target column headed with a plan in full-width or half-width parentheses', () => {
    const located = locateColumns([...headers('2025').slice(0, 4), '2025年目标\n（越城区）', '2025年目标(柯桥区)', ...headers('2025').slice(5)]);
    expect(located.columns?.targetColumns.map((column) => column.plan)).toEqual(['越城区', '柯桥区']);
  });

  it('knows a foot label typed with a half-width colon or spaces, and names it as the form prints it', () => {
    expect(footerLabelOf('单位负责人 :')).toBe(REPORTING.footer[0]);
    expect(footerLabelOf('填 表 人：')).toBe('填表人：');
    expect(footerLabelOf('填表')).toBeNull();
  });

  it('reads a full-width answer the way the form reads a full-width header', () => {
    expect(readAnswer('ＹＥＳ')).toBe(true);
    expect(readAnswer(' 否 ')).toBe(false);
  });
});
