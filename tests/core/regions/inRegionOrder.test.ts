import { inRegionOrder } from '../../../src/core/regions';

describe('inRegionOrder', () => {
  it('orders by GB/T 2260 code whether a region is given by name, full name or code; unknown regions last, in the order given', () => {
    const files = [
      { file: '不是工作簿.xlsx', region: null },
      { file: '嵊州.xlsx', region: '嵊州市' },
      { file: '诸暨.xlsx', region: '330681' },
      { file: '某地.xlsx', region: '不在名录里的地方' },
      { file: '越城-二.xlsx', region: '绍兴市越城区' },
      { file: '柯桥.xlsx', region: '柯桥区' },
      { file: '越城-一.xlsx', region: '越城区' },
    ];
    expect(inRegionOrder(files, (file) => file.region).map((file) => file.file)).toEqual([
      '越城-二.xlsx', '越城-一.xlsx', '柯桥.xlsx', '诸暨.xlsx', '嵊州.xlsx', '不是工作簿.xlsx', '某地.xlsx',
    ]);
  });

  it('leaves the list it is given as it was', () => {
    const files = [{ region: '330681' }, { region: '330602' }];
    inRegionOrder(files, (file) => file.region);
    expect(files).toEqual([{ region: '330681' }, { region: '330602' }]);
  });
});
