/**
 * What a file's name says of its return's region (decision 0279): the divisions of the return's city it names, by
 * name, full name or the stem people shorten it to.
 */
import { countiesNamed } from '../../../src/core/regions';

const named = (text: string, region: string) => {
  const { own, others } = countiesNamed(text, region);
  return { own, others: others.map((entry) => entry.name) };
};

describe('countiesNamed', () => {
  it('finds a neighbour of the city named by its name, full name or stem, and the return’s own region', () => {
    expect(named('柯桥2025年报表（定稿）', '绍兴市越城区')).toEqual({ own: false, others: ['柯桥区'] });
    expect(named('绍兴市柯桥区-2025', '绍兴市越城区')).toEqual({ own: false, others: ['柯桥区'] });
    expect(named('越城区', '绍兴市越城区')).toEqual({ own: true, others: [] });
    expect(named('越城、柯桥汇总', '绍兴市越城区')).toEqual({ own: true, others: ['柯桥区'] });
    expect(named('诸暨', '嵊州市')).toEqual({ own: false, others: ['诸暨市'] });
    expect(named('景宁2025', '丽水市莲都区')).toEqual({ own: false, others: ['景宁畲族自治县'] });
  });

  it('looks only at the return’s own city, and at nothing for a city’s or the province’s return or an unknown region', () => {
    expect(named('普陀区', '绍兴市越城区')).toEqual({ own: false, others: [] });
    expect(named('柯桥区', '绍兴市')).toEqual({ own: false, others: [] });
    expect(named('柯桥区', '浙江省')).toEqual({ own: false, others: [] });
    expect(named('柯桥区', '某某县')).toEqual({ own: false, others: [] });
    expect(named('2025年报表', '绍兴市越城区')).toEqual({ own: false, others: [] });
  });
});
