import { UNITS, convertUnit, findUnit, hardRangeProblem, sameDimension } from '../../../src/core/units';

describe('units', () => {
  it('knows every unit design.md lists', () => {
    for (const unit of ['%', '家', '万家', '个', '项', '件', '名', '人', '万人', '万名', '人次', '人年', '场', '亿元', '万元', '元', '万亿元', '万元/人', '件/万人']) {
      expect(findUnit(unit)).toBeDefined();
    }
  });

  it('reads the full-width percent sign as %', () => {
    expect(findUnit('％')?.symbol).toBe('%');
  });

  it('converts within a dimension without float noise', () => {
    expect(convertUnit(2.2, '万家', '家')).toEqual({ ok: true, value: 22000 });
    expect(convertUnit(1, '万亿元', '亿元')).toEqual({ ok: true, value: 10000 });
    expect(convertUnit(6700, '亿元', '万亿元')).toEqual({ ok: true, value: 0.67 });
    expect(convertUnit(0.9, '万名', '人')).toEqual({ ok: true, value: 9000 });
  });

  it('refuses to convert across dimensions or from unknown units', () => {
    expect(convertUnit(1, '亿元', '家')).toMatchObject({ ok: false, code: 'units.incompatible' });
    expect(convertUnit(1, '磅', '家')).toMatchObject({ ok: false, code: 'units.unknown' });
    expect(sameDimension('人', '万名')).toBe(true);
    expect(sameDimension('%', '个百分点')).toBe(false);
  });

  it('gives each unit a hard range', () => {
    expect(hardRangeProblem(101, '%')).toBe('above_maximum');
    expect(hardRangeProblem(-1, '%')).toBe('below_minimum');
    expect(hardRangeProblem(55.5, '%')).toBeNull();
    expect(hardRangeProblem(-3, '家')).toBe('below_minimum');
    expect(hardRangeProblem(3.5, '家')).toBe('not_whole');
    expect(hardRangeProblem(2.2, '万家')).toBeNull();
    expect(hardRangeProblem(2.21234, '万家')).toBe('not_whole');
    expect(hardRangeProblem(-0.5, '亿元')).toBe('below_minimum');
    expect(hardRangeProblem(1.5, '亿元')).toBeNull();
  });

  it('finds a count whole or not in its base unit, however large (a number past all counting is not whole)', () => {
    for (const symbol of ['家', '万家', '万人', '亿元']) {
      expect(hardRangeProblem(42, symbol)).toBeNull();
      expect(hardRangeProblem(Number.MAX_SAFE_INTEGER, symbol)).toBeNull();
    }
    expect(hardRangeProblem(1e305, '万家')).toBe('not_whole');
    expect(hardRangeProblem(1e305, '家')).toBeNull();
  });

  it('has one definition per symbol', () => {
    const symbols = UNITS.map((unit) => unit.symbol);
    expect(new Set(symbols).size).toBe(symbols.length);
  });
});

describe('units of Chinese statistical tables (issue 14)', () => {
  it.each([
    [1.2, '万亿斤', '亿斤', 12000],
    [50, '亿吨标准煤', '万吨标准煤', 500000],
    [12, '亿千瓦', '万千瓦', 120000],
    [9.2, '万亿千瓦时', '亿千瓦时', 92000],
    [3, '亿立方米', '万立方米', 30000],
    [1500, '公斤', '吨', 1.5],
    [2, '吉瓦', '万千瓦', 200],
  ])('converts %d %s into %s', (value, from, to, expected) => {
    expect(convertUnit(value, from, to)).toEqual({ ok: true, value: expected });
  });

  it('keeps time, age, points, concentration and per-capita forms apart', () => {
    expect(convertUnit(1, '岁', '年')).toMatchObject({ ok: false, code: 'units.incompatible' });
    expect(convertUnit(1, '微克/立方米', '吨')).toMatchObject({ ok: false, code: 'units.incompatible' });
    expect(convertUnit(1, '人/万人', '人')).toMatchObject({ ok: false, code: 'units.incompatible' });
    expect(convertUnit(1, '斤', '吨')).toMatchObject({ ok: false, code: 'units.incompatible' });
  });
});

describe('units printed in the value cells and 单位 columns of plan tables', () => {
  it.each(['人', '亿元', '万元', '元', '个', '家', '项', '件', '所', '万人', '人次', '万人次', '亿人次', '公里', '千米', '米', '百分点', '人/亿元', '辆', '立方米/万元'])(
    'knows %s', (unit) => expect(findUnit(unit)).toBeDefined(),
  );

  it.each([
    [1.2, '亿人次', '万人次', 12000],
    [3, '千人', '人', 3000],
    [2.5, '万千米', '公里', 25000],
    [500, '米', '公里', 0.5],
    [1, '万亿美元', '亿美元', 10000],
    [1.5, '万辆', '辆', 15000],
  ])('converts %d %s into %s', (value, from, to, expected) => {
    expect(convertUnit(value, from, to)).toEqual({ ok: true, value: expected });
  });

  it('reads 百分点 as 个百分点 and keeps per-output rates apart from their parts', () => {
    expect(sameDimension('百分点', '个百分点')).toBe(true);
    expect(convertUnit(1, '人/亿元', '人')).toMatchObject({ ok: false, code: 'units.incompatible' });
    expect(convertUnit(1, '人/10万人', '人/万人')).toMatchObject({ ok: false, code: 'units.incompatible' });
  });
});
