import { enteredCell, formulaOf, isDateFormat, officeCellValue } from '../../src/excel/cellValue';
import { markedCell, mergedNote, withoutAnnotation } from '../../src/core/reports';
import { splitAddress } from '../../src/excel/annotationText';

describe('cells as office-js returns them', () => {
  it('reads errors by their value type, dates by their format', () => {
    expect(officeCellValue('#DIV/0!', 'Error', 'General')).toEqual({ type: 'error', value: '#DIV/0!' });
    expect(officeCellValue('#DIV/0!', 'String', '@')).toEqual({ type: 'text', value: '#DIV/0!' });
    expect(officeCellValue(45291, 'Double', 'yyyy"年"m"月"d"日"')).toEqual({ type: 'date', value: '2023-12-31T00:00:00.000Z' });
    expect(officeCellValue(0.035, 'Double', '0.0%')).toEqual({ type: 'number', value: 0.035 });
    expect(officeCellValue('', 'Empty', 'General')).toEqual({ type: 'empty' });
    expect(officeCellValue(true, 'Boolean', 'General')).toEqual({ type: 'boolean', value: true });
  });

  it('knows date formats from number formats', () => {
    expect(['yyyy/m/d', 'm/d/yy h:mm', '[$-804]yyyy"年"m"月"', 'hh:mm:ss'].map(isDateFormat)).toEqual([true, true, true, true]);
    expect(['General', '@', '0.00', '0.0%', '#,##0"元"', '[Red]0.0', '0.00E+00'].map(isDateFormat)).toEqual([false, false, false, false, false, false, false]);
  });

  it('tells a formula from a quoted text that looks like one', () => {
    expect(formulaOf('=A1*2', 4)).toBe('A1*2');
    expect(formulaOf('=统计口径调整', '=统计口径调整')).toBeUndefined();
    expect(formulaOf(3.5, 3.5)).toBeUndefined();
    expect(enteredCell({ address: 'J8', value: 4, valueType: 'Double', numberFormat: 'General', formula: '=A1*2' })).toEqual({ address: 'J8', value: { type: 'number', value: 4 }, formula: 'A1*2' });
  });
});

describe('annotation texts', () => {
  it('marks a row finding on the row’s first cell, a range on its first cell', () => {
    expect([markedCell({ sheet: 'S', row: 7, column: 9 }), markedCell({ sheet: 'S', row: 11 }), markedCell(null)]).toEqual(['J8', 'A12', null]);
  });

  it('keeps what the user wrote above an earlier annotation', () => {
    expect(withoutAnnotation('口径见附件\n\n【审核意见】\n• 旧')).toBe('口径见附件');
    expect(withoutAnnotation('[Review findings]\n• old')).toBe('');
    expect(mergedNote('口径见附件\n\n【审核意见】\n• 旧', '【审核意见】\n• 新')).toBe('口径见附件\n\n【审核意见】\n• 新');
  });

  it('splits a note’s location into sheet and cell', () => {
    expect(splitAddress("'柯桥 上报'!$J$8")).toEqual({ sheet: '柯桥 上报', cell: 'J8' });
    expect(splitAddress("'It''s'!A1:B2")).toEqual({ sheet: "It's", cell: 'A1' });
    expect(splitAddress('指标填报!J8')).toEqual({ sheet: '指标填报', cell: 'J8' });
  });
});
