import { catalogValueAt } from '../../../src/core/checks/catalogValues';
import { indicator, value } from '../../support/core/attainment/indicatorFixture';

describe('a target printed as a change is no reference level for the checks', () => {
  // A magnitude or year-on-year check comparing an actual of 0.42 吨标准煤/万元 with 15 would be comparing with a rate.
  const base = indicator([[2020, 'baseline', '0.45']], { unit: '吨标准煤/万元' });
  const withChange = { ...base, values: [...base.values, { ...value(2025, 'target', '下降15%'), change: { of: 'decrease' as const, unit: '%' } }] };

  it('gives the baseline, not the 15 of 下降15%', () => {
    expect(catalogValueAt(withChange, 2020, ['baseline'])).toBe(0.45);
    expect(catalogValueAt(withChange, 2025, ['target', 'baseline'])).toBeNull();
  });

  it('still gives a level printed without the change field', () => {
    const level = indicator([[2025, 'target', '0.4']], { unit: '吨标准煤/万元' });
    expect(catalogValueAt(level, 2025, ['target'])).toBe(0.4);
  });
});
