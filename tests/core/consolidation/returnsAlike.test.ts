import { returnsAlike, type ReturnValues } from '../../../src/core/consolidation';

const entry = (source: string, region: string, values: Array<number | boolean | null>, plan = 'p', year = 2025): ReturnValues => ({
  source, region, year, plan, values: new Map(values.map((value, index) => [`r${index}`, value])),
});
const figures = [540, 12.5, 3, 1280, 0.8, 0];

describe('returnsAlike', () => {
  it('says a county sent twice, and on how many rows its returns differ', () => {
    expect(returnsAlike([entry('a.xlsx', '越城区', figures), entry('b.xlsx', '越城区', [541, ...figures.slice(1)]), entry('c.xlsx', '柯桥区', [1, 2, 3])])).toEqual([
      { kind: 'same_region', region: '越城区', year: 2025, plan: 'p', sources: ['a.xlsx', 'b.xlsx'], differing: 1 },
    ]);
  });

  it('takes two counties for a copy only when every row agrees and at least five numbers other than 0 do', () => {
    expect(returnsAlike([entry('a.xlsx', '越城区', figures), entry('k.xlsx', '柯桥区', figures)])).toEqual([
      { kind: 'copied', year: 2025, plan: 'p', sources: ['a.xlsx', 'k.xlsx'], regions: ['越城区', '柯桥区'], count: 5 },
    ]);
    // Four figures and zeros agree by chance (a county with little to report); another plan or year is another form.
    expect(returnsAlike([entry('a.xlsx', '越城区', [540, 3, 0, 0, 1, 2]), entry('k.xlsx', '柯桥区', [540, 3, 0, 0, 1, 2])])).toEqual([]);
    expect(returnsAlike([entry('a.xlsx', '越城区', figures), entry('k.xlsx', '柯桥区', figures, 'q')])).toEqual([]);
    expect(returnsAlike([entry('a.xlsx', '越城区', figures), entry('k.xlsx', '柯桥区', figures, 'p', 2024)])).toEqual([]);
    expect(returnsAlike([entry('a.xlsx', '越城区', figures), entry('k.xlsx', '柯桥区', [...figures.slice(0, 5), 1])])).toEqual([]);
  });
});
