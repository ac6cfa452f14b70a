import { verdictOf, worstVerdict } from '../../../src/core/checks';

describe('the verdict policy', () => {
  it('accepts nothing found, accepts explained warnings, rejects errors and unexplained warnings', () => {
    expect(verdictOf({ errors: 0, warnings: 0, unexplainedWarnings: 0 })).toBe('accepted');
    expect(verdictOf({ errors: 0, warnings: 2, unexplainedWarnings: 0 })).toBe('accepted_with_explanations');
    expect(verdictOf({ errors: 0, warnings: 2, unexplainedWarnings: 1 })).toBe('rejected');
    expect(verdictOf({ errors: 1, warnings: 0, unexplainedWarnings: 0 })).toBe('rejected');
  });

  it('gives a return its worst sheet’s verdict', () => {
    expect(worstVerdict([])).toBe('accepted');
    expect(worstVerdict(['accepted', 'accepted_with_explanations', 'accepted'])).toBe('accepted_with_explanations');
    expect(worstVerdict(['rejected', 'accepted_with_explanations'])).toBe('rejected');
  });
});
