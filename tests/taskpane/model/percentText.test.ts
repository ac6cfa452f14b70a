import { percentText } from '../../../src/taskpane/model/percentText';

describe('percentText', () => {
  it('prints a share with one decimal', () => {
    expect(percentText(0.4567)).toBe('45.7%');
    expect(percentText(1)).toBe('100%');
    expect(percentText(-0.25)).toBe('-25%');
  });

  it('bounds what a unit slip makes of a completion (−14750 % is shown as below −100 %)', () => {
    expect(percentText(-147.5)).toBe('<-100%');
    expect(percentText(12)).toBe('>999%');
  });

  it('prints nothing for no value', () => {
    expect(percentText(null)).toBe('');
    expect(percentText(Number.NaN)).toBe('');
  });
});
