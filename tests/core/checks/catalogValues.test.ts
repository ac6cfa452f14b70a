import { applicableTarget } from '../../../src/core/attainment';
import { targetValues, valueShape } from '../../../src/core/checks/catalogValues';
import { indicator } from '../../support/core/attainment/indicatorFixture';

// What is read of an indicator's printed values is kept per indicator object (decision 0223): two indicators with the
// same id (one plan's, another catalog version's) each get their own answer, and asking again gives the same one.
describe('answers kept per indicator', () => {
  const qualitative = indicator([[2025, 'target', '达到']]);
  const sameIdCumulative = indicator([[2020, 'baseline', '100'], [2025, 'target', '50/150']]);

  it('reads the shape of each indicator object, not of its id', () => {
    expect(qualitative.id).toBe(sameIdCumulative.id);
    expect(valueShape(qualitative)).toBe('qualitative');
    expect(valueShape(sameIdCumulative)).toBe('increment_cumulative');
    expect(valueShape(qualitative)).toBe('qualitative');
  });

  it('gives the targets by year, the same list when asked again', () => {
    const twoTargets = indicator([[2035, 'target', '80'], [2025, 'target', '40'], [2030, 'target', '-']]);
    expect(targetValues(twoTargets).map((value) => value.raw)).toEqual(['40', '80']);
    expect(targetValues(twoTargets)).toBe(targetValues(twoTargets));
  });

  it('keeps the applicable target per year, and per indicator object', () => {
    const early = indicator([[2020, 'baseline', '10'], [2025, 'target', '40'], [2035, 'target', '80']]);
    const late = indicator([[2020, 'baseline', '10'], [2030, 'target', '60']]);
    expect(applicableTarget(early, 2024)?.target.raw).toBe('40');
    expect(applicableTarget(late, 2024)?.target.raw).toBe('60');
    expect(applicableTarget(early, 2030)?.target.raw).toBe('80');
    expect(applicableTarget(early, 2024)).toBe(applicableTarget(early, 2024));
    expect(applicableTarget(indicator([[2020, 'baseline', '5']]), 2024)).toBeNull();
  });
});
