import { ZHEJIANG, findRegion, fullRegionName, regionsUnder } from '../../../src/core/regions';

describe('regions of Zhejiang', () => {
  it('has the province, 11 cities and 90 county-level divisions with unique six-digit codes', () => {
    expect(ZHEJIANG.filter((r) => r.level === 'city')).toHaveLength(11);
    expect(regionsUnder('330000')).toHaveLength(90);
    const codes = ZHEJIANG.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^33\d{4}$/u);
  });

  it('finds a region by code, short name or full name', () => {
    expect(findRegion('330602')?.name).toBe('越城区');
    expect(findRegion('嵊州市')?.code).toBe('330683');
    expect(findRegion('绍兴市柯桥区')?.code).toBe('330603');
    expect(findRegion('火星市')).toBeUndefined();
    expect(fullRegionName(findRegion('330683')!)).toBe('嵊州市');
    expect(fullRegionName(findRegion('330624')!)).toBe('绍兴市新昌县');
  });

  it('lists the six county-level divisions of 绍兴', () => {
    expect(regionsUnder('330600').map((r) => r.name)).toEqual(['越城区', '柯桥区', '上虞区', '新昌县', '诸暨市', '嵊州市']);
  });

  it('agrees with the region codes the catalog records', () => {
    for (const [code, name] of [['330602', '绍兴市越城区'], ['330603', '绍兴市柯桥区'], ['330683', '嵊州市']] as const) {
      expect(fullRegionName(findRegion(code)!)).toBe(name);
    }
  });

  it('finds the first region of the list that has the code, name or full name asked for (a name two regions share too)', () => {
    const firstOf = (wanted: string) => ZHEJIANG.find((entry) => entry.code === wanted || entry.name === wanted || fullRegionName(entry) === wanted);
    const asked = ZHEJIANG.flatMap((entry) => [entry.code, entry.name, fullRegionName(entry), ` ${entry.name} `]);
    for (const text of [...asked, '上城区x', '', '33060']) expect([text, findRegion(text)]).toEqual([text, firstOf(text.trim())]);
  });
});
