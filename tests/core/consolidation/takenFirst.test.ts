import { takenFirst } from '../../../src/core/consolidation';

/** A return as the rule sees it: its file, its county (none: a sheet without metadata, another plan's), whether its checks passed. */
interface Given { file: string; county?: string; passed: boolean }
const given = (file: string, county: string | undefined, passed = true): Given => (county === undefined ? { file, passed } : { file, county, passed });
const order = (entries: Given[]) => takenFirst(entries, (entry) => entry.county, (entry) => entry.passed).map((entry) => entry.file);

describe('takenFirst: which of a county\'s returns stands for it, for consolidate and annex alike', () => {
  it('takes the first of two returns that both passed, and leaves the order alone', () => {
    expect(order([given('a.xlsx', '诸暨市'), given('b.xlsx', '诸暨市')])).toEqual(['a.xlsx', 'b.xlsx']);
  });

  it('takes the return that passed over a rejected one named before it, whatever the order', () => {
    expect(order([given('0-诸暨市.xlsx', '诸暨市', false), given('诸暨市.xlsx', '诸暨市')])).toEqual(['诸暨市.xlsx', '0-诸暨市.xlsx']);
    expect(order([given('诸暨市.xlsx', '诸暨市'), given('z-诸暨市.xlsx', '诸暨市', false)])).toEqual(['诸暨市.xlsx', 'z-诸暨市.xlsx']);
  });

  it('takes the first when none passed', () => {
    expect(order([given('a.xlsx', '诸暨市', false), given('b.xlsx', '诸暨市', false)])).toEqual(['a.xlsx', 'b.xlsx']);
  });

  it('puts the one taken where the county\'s first return stood, its other returns after it in their own order', () => {
    expect(order([
      given('越城区.xlsx', '越城区'), given('诸暨市-草稿.xlsx', '诸暨市', false), given('柯桥区.xlsx', '柯桥区'),
      given('诸暨市-旧.xlsx', '诸暨市', false), given('诸暨市.xlsx', '诸暨市'), given('诸暨市-副本.xlsx', '诸暨市'),
    ])).toEqual(['越城区.xlsx', '诸暨市.xlsx', '诸暨市-草稿.xlsx', '柯桥区.xlsx', '诸暨市-旧.xlsx', '诸暨市-副本.xlsx']);
  });

  it('leaves entries that stand for no county where they are', () => {
    expect(order([given('其他规划.xlsx', undefined, false), given('a.xlsx', '诸暨市', false), given('说明.xlsx', undefined), given('b.xlsx', '诸暨市')]))
      .toEqual(['其他规划.xlsx', 'b.xlsx', 'a.xlsx', '说明.xlsx']);
  });
});
