import { companionRowId, conceptRowId, parseRowId, ratioPartRowId, rowIdWithoutSuffix } from '../../../src/core/form';

describe('row ids', () => {
  it('builds the ids the layout writes and parses them back', () => {
    expect(conceptRowId('rd_intensity')).toBe('concept:rd_intensity');
    expect(companionRowId('yc.rd')).toBe('yc.rd#companion');
    expect(ratioPartRowId('yc.rd', 'numerator')).toBe('yc.rd#numerator');
    expect(ratioPartRowId('yc.rd', 'denominator')).toBe('yc.rd#denominator');
    expect(parseRowId('yc.rd')).toEqual({ kind: 'indicator', indicatorId: 'yc.rd' });
    expect(parseRowId('concept:rd_intensity')).toEqual({ kind: 'concept', concept: 'rd_intensity' });
    expect(parseRowId(companionRowId(conceptRowId('x')))).toEqual({ kind: 'companion', of: 'concept:x' });
    expect(parseRowId(ratioPartRowId('concept:x', 'denominator'))).toEqual({ kind: 'part', part: 'denominator', of: 'concept:x' });
  });

  it('reads a row of a companion or a ratio part with the id of the row it belongs to', () => {
    expect(rowIdWithoutSuffix(companionRowId('yc.rd'))).toBe('yc.rd');
    expect(rowIdWithoutSuffix(ratioPartRowId('yc.rd', 'numerator'))).toBe('yc.rd');
    expect(rowIdWithoutSuffix(companionRowId(conceptRowId('x')))).toBe('concept:x');
    expect(rowIdWithoutSuffix('yc.rd')).toBe('yc.rd');
  });
});
