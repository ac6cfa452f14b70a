import { companionRowId, conceptRowId, parseRowId, ratioPartRowId } from '../../../src/core/form';

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
});
