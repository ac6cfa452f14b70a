import { numbersOf, parseNotation, type ParsedNotation } from '../../../src/core/notation';

function read(text: string): ParsedNotation {
  const result = parseNotation(text);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(text)} to parse, got ${result.error.reason}`);
  return result.value;
}

describe('parseNotation', () => {
  describe('exact values', () => {
    it.each([
      ['3.5', 3.5],
      ['650', 650],
      ['0.9', 0.9],
      ['２０２２', 2022],
      ['６７００', 6700],
      ['1,234,567', 1234567],
      ['１，２００', 1200],
      ['6 700', 6700],
      ['-3.2', -3.2],
    ])('%s reads as exact %d', (text, value) => {
      expect(read(text)).toMatchObject({ kind: 'exact', value, estimated: false, unit: null });
    });

    it('keeps the unit printed in the cell', () => {
      expect(read('６７００ 亿元')).toMatchObject({ kind: 'exact', value: 6700, unit: '亿元' });
      expect(read('３％')).toMatchObject({ kind: 'exact', value: 3, unit: '%' });
      expect(read('2.2万家')).toMatchObject({ kind: 'exact', value: 2.2, unit: '万家' });
      expect(read('１３０ 人年')).toMatchObject({ kind: 'exact', value: 130, unit: '人年' });
    });

    it('reads an equals sign before the number as the number itself (=100, ＝100)', () => {
      expect(read('=100')).toMatchObject({ kind: 'exact', value: 100 });
      expect(read('＝100')).toMatchObject({ kind: 'exact', value: 100 });
      expect(read('=≥5')).toMatchObject({ kind: 'min', value: 5 });
    });
  });

  describe('period totals', () => {
    it('reads 〔累计…〕 like 〔…〕: the word repeats what the brackets say', () => {
      expect(read('〔累计达到1000〕')).toMatchObject({ kind: 'exact', value: 1000, periodTotal: true });
      expect(read('〔累计20〕')).toMatchObject({ kind: 'exact', value: 20, periodTotal: true });
      expect(read('〔累计下降13.5〕')).toMatchObject({ kind: 'exact', value: 13.5, periodTotal: true, decrease: true });
      expect(parseNotation('〔成片:五年累计约110 零星:五年累计约20〕').ok).toBe(false);
    });
  });

  describe('estimates and marks', () => {
    it.each(['2.4（预计）', '2.4(预计)', '2.4 （预估）'])('%s is an estimate', (text) => {
      expect(read(text)).toMatchObject({ kind: 'exact', value: 2.4, estimated: true });
    });

    it('reads ▲ as an estimate and keeps the mark', () => {
      expect(read('3.00▲')).toMatchObject({ kind: 'exact', value: 3, estimated: true, marks: ['▲'] });
    });

    it('keeps * as a mark without giving it a meaning', () => {
      expect(read('27000*')).toMatchObject({ kind: 'exact', value: 27000, estimated: false, marks: ['*'] });
      expect(read('1.8＊')).toMatchObject({ kind: 'exact', value: 1.8, marks: ['*'] });
    });
  });

  describe('bounds', () => {
    it.each([
      ['>66', 66, true, null],
      ['＞66', 66, true, null],
      ['66%以上', 66, false, '%'],
      ['50以上', 50, false, null],
      ['15家以上', 15, false, '家'],
      ['超过 60%', 60, true, '%'],
      ['高于 50%', 50, true, '%'],
      ['高于５０％', 50, true, '%'],
      ['不低于 3', 3, false, null],
      ['突破 20亿元', 20, true, '亿元'],
      ['超1000亿', 1000, true, '亿'],
    ])('%s is at least %d', (text, value, strict, unit) => {
      expect(read(text)).toEqual({ kind: 'min', value, strict, unit, estimated: false, marks: [], raw: text });
    });

    it.each([
      ['不超过 5%', 5, false],
      ['低于 2', 2, true],
      ['3以内', 3, false],
      ['前 10', 10, false],
      ['50强', 50, false],
    ])('%s is at most %d', (text, value, strict) => {
      expect(read(text)).toMatchObject({ kind: 'max', value, strict });
    });

    it.each([
      ['3.2%左右', 3.2, '%'],
      ['20 家左右', 20, '家'],
      ['2000亿元左右', 2000, '亿元'],
      ['约 40', 40, null],
    ])('%s is approximately %d', (text, value, unit) => {
      expect(read(text)).toMatchObject({ kind: 'approx', value, unit });
    });
  });

  describe('round amounts written in words', () => {
    it.each([
      ['超千亿元', 'min', 1000, '亿元'],
      ['千亿', 'exact', 1000, '亿'],
      ['百亿元', 'exact', 100, '亿元'],
      ['两千家以上', 'min', 2000, '家'],
    ])('%s reads as %s %d', (text, kind, value, unit) => {
      expect(read(text)).toMatchObject({ kind, value, unit, raw: text });
    });

    it('leaves words that merely contain numerals as words', () => {
      expect(read('千行百业')).toEqual({ kind: 'qualitative', estimated: false, marks: [], unit: null, raw: expect.any(String) as string });
      // 零的突破 is words, and says what a count answers: at least one (decision 0270).
      expect(read('零的突破')).toEqual({ kind: 'qualitative', atLeastOne: true, estimated: false, marks: [], unit: null, raw: expect.any(String) as string });
      expect(read('实现零的突破')).toMatchObject({ kind: 'qualitative', atLeastOne: true });
      expect(read('设区市国家高新区全覆盖')).not.toHaveProperty('atLeastOne');
    });
  });

  describe('ranges', () => {
    it.each([
      ['10-15', 10, 15, null],
      ['1-2', 1, 2, null],
      ['10－15', 10, 15, null],
      ['10~15', 10, 15, null],
      ['10～15', 10, 15, null],
      ['10—15', 10, 15, null],
      ['10–15', 10, 15, null],
      ['10至15', 10, 15, null],
      ['1-2 家', 1, 2, '家'],
      ['10%-15%', 10, 15, '%'],
    ])('%s is the range %d to %d', (text, low, high, unit) => {
      expect(read(text)).toEqual({ kind: 'range', low, high, unit, estimated: false, marks: [], raw: text });
    });

    it('refuses a range whose ends are reversed', () => {
      expect(parseNotation('15-10')).toEqual({ ok: false, error: { code: 'notation.unreadable', reason: 'malformed_number', raw: '15-10' } });
    });
  });

  describe('relative targets', () => {
    it('reads the quantity compared with', () => {
      expect(read('增速高于固定资产投资增速')).toMatchObject({ kind: 'relative', reference: '固定资产投资增速', relation: 'above', margin: null });
    });

    it('reads a margin in percentage points, across the line breaks of the extraction', () => {
      expect(read('高于工业增加值 1\n\n个百分点')).toMatchObject({ kind: 'relative', reference: '工业增加值', margin: 1, unit: '个百分点', relation: 'above' });
    });

    it('reads "below" references', () => {
      expect(read('低于全省平均水平')).toMatchObject({ kind: 'relative', reference: '全省平均水平', relation: 'below' });
    });
  });

  describe('increment / cumulative', () => {
    it.each([
      ['75/1280', 75, 1280],
      ['0/1', 0, 1],
      ['２/４', 2, 4],
    ])('%s is an increment of %d and a running total of %d', (text, increment, cumulative) => {
      expect(read(text)).toEqual({ kind: 'increment_cumulative', increment, cumulative, unit: null, estimated: false, marks: [], raw: text });
    });
  });

  describe('qualitative and blank', () => {
    it('reads a target in words as qualitative', () => {
      expect(read('设区市国家高新区全覆盖')).toEqual({ kind: 'qualitative', estimated: false, marks: [], unit: null, raw: expect.any(String) as string });
    });

    it.each(['', '—', '-', '－', '——', ' ', '–', '/'])('%j is blank', (text) => {
      expect(read(text)).toEqual({ kind: 'blank', estimated: false, marks: [], unit: null, raw: text });
    });
  });

  describe('what it cannot read', () => {
    it.each([
      ['abc', 'no_number'],
      ['3.5.6', 'several_numbers'],
      ['15家企业', 'unknown_words'],
      ['2020年3.5', 'several_numbers'],
      ['4个 100', 'several_numbers'],
      ['>=<5', 'unknown_words'],
    ])('%j is an error quoting the text (%s)', (text, reason) => {
      expect(parseNotation(text)).toEqual({ ok: false, error: { code: 'notation.unreadable', reason, raw: text } });
    });

    it('never returns a number for text without digits', () => {
      for (const text of ['高', '以上', '左右', '约', '超过', 'N/A', '#N/A', '增速高于']) {
        const result = parseNotation(text);
        if (result.ok) {
          expect(numbersOf(result.value)).toEqual([]);
        }
      }
    });

    it('keeps the text exactly as given', () => {
      expect(read(' 2.4（预计） ').raw).toBe(' 2.4（预计） ');
    });
  });
});

describe('changes printed with a verb (增长, 提高, 增加, 下降 …)', () => {
  it.each([
    ['增长5%左右', 'approx', 5, '%'],
    ['增长6.5%以上', 'min', 6.5, '%'],
    ['增长10%以下', 'max', 10, '%'],
    ['增长0.7%', 'exact', 0.7, '%'],
    ['提高2个百分点', 'exact', 2, '个百分点'],
    ['提高1个百分点以上', 'min', 1, '个百分点'],
    ['提高5%以上', 'min', 5, '%'],
    ['增加1000人', 'exact', 1000, '人'],
    ['提升3个百分点左右', 'approx', 3, '个百分点'],
    ['增长约5%', 'approx', 5, '%'],
    ['增速6%以上', 'min', 6, '%'],
    ['增幅5%', 'exact', 5, '%'],
    ['新增1000人', 'exact', 1000, '人'],
    ['五年累计提高2个百分点', 'exact', 2, '个百分点'],
    ['增长-2.6%', 'exact', -2.6, '%'],
  ])('%s is a rise: %s %d %s', (text, kind, value, unit) => {
    const parsed = read(text);
    expect(parsed).toMatchObject({ kind, value, unit, increase: true });
    expect(parsed.decrease).toBeUndefined();
    expect(parsed.averageGrowth).toBeUndefined();
  });

  it.each([
    ['下降13.5%', 'exact', 13.5],
    ['降低18%左右', 'approx', 18],
    ['减少10%以内', 'max', 10],
    ['5年累计下降13.5%', 'exact', 13.5],
  ])('%s is a reduction: %s %d', (text, kind, value) => {
    expect(read(text)).toMatchObject({ kind, value, decrease: true });
    expect(read(text).increase).toBeUndefined();
  });

  it.each([
    ['年均增长7%', 'exact', 7, '%'],
    ['年均增长5.5%左右', 'approx', 5.5, '%'],
    ['年均增长8%以上', 'min', 8, '%'],
    ['年均提高0.5个百分点', 'exact', 0.5, '个百分点'],
    ['年平均增长5%', 'exact', 5, '%'],
  ])('%s is an average yearly change: %s %d %s', (text, kind, value, unit) => {
    expect(read(text)).toMatchObject({ kind, value, unit, averageGrowth: true });
  });

  it('reads a range of average growth: 年均增长5%—5.5%', () => {
    expect(read('年均增长5%—5.5%')).toMatchObject({ kind: 'range', low: 5, high: 5.5, unit: '%', averageGrowth: true });
  });

  it.each([
    ['提高到60%', 'exact', 60],
    ['提升至65%以上', 'min', 65],
    ['下降到5%', 'exact', 5],
    ['降至3%以下', 'max', 3],
    ['控制在5.5%以内', 'max', 5.5],
    ['增加到1000家', 'exact', 1000],
  ])('%s reaches a level, not a change: %s %d', (text, kind, value) => {
    const parsed = read(text);
    expect(parsed).toMatchObject({ kind, value });
    expect([parsed.increase, parsed.decrease]).toEqual([undefined, undefined]);
  });

  it('keeps the base of a change (比上年, 较2020年) and a stretch target (，力争…) as annotations', () => {
    expect(read('比上年增长5%')).toMatchObject({ kind: 'exact', value: 5, increase: true, annotations: ['比上年'] });
    expect(read('较2020年提高2个百分点')).toMatchObject({ kind: 'exact', value: 2, unit: '个百分点', increase: true, annotations: ['较2020年'] });
    expect(read('同比下降3%左右')).toMatchObject({ kind: 'approx', value: 3, decrease: true, annotations: ['同比'] });
    expect(read('增长8%以上，力争达到10%')).toMatchObject({ kind: 'min', value: 8, increase: true, annotations: ['力争达到10%'] });
  });

  it.each([
    ['每年增长10%', 'exact', 10, '%', 'increase'],
    ['每年增长10%以上', 'min', 10, '%', 'increase'],
    ['年增长8%', 'exact', 8, '%', 'increase'],
    ['逐年提高0.2个百分点', 'exact', 0.2, '个百分点', 'increase'],
    ['每年新增50家', 'exact', 50, '家', 'increase'],
    ['每年下降3%左右', 'approx', 3, '%', 'decrease'],
    ['增长10%（每年）', 'exact', 10, '%', 'increase'],
    ['比上年增长5%', 'exact', 5, '%', 'increase'],
    ['同比下降3%左右', 'approx', 3, '%', 'decrease'],
  ])('%s is a change made every year over the year before: %s %d %s', (text, kind, value, unit, way) => {
    const parsed = read(text);
    expect(parsed).toMatchObject({ kind, value, unit, [way]: true, perYear: true });
    expect(parsed.averageGrowth).toBeUndefined();
  });

  it.each(['年均增长7%', '较2020年提高2个百分点', '增长10%', '下降15%', '每年', '逐年增长'])('%s is not a change made every year', (text) => {
    expect(read(text).perYear).toBeUndefined();
  });

  it('reads ≧ and ≦ (the Japanese-keyboard forms of ≥ and ≤) as bounds', () => {
    expect(read('≧3.2')).toMatchObject({ kind: 'min', value: 3.2, strict: false });
    expect(read('≦5%')).toMatchObject({ kind: 'max', value: 5, unit: '%', strict: false });
  });

  it.each([
    ['翻一番', 'exact', 100],
    ['实现倍增', 'exact', 100],
    ['增长一倍', 'exact', 100],
    ['比2020年翻一番', 'exact', 100],
    ['翻两番以上', 'min', 300],
  ])('%s multiplies the level: a rise of %s %d%%', (text, kind, value) => {
    expect(read(text)).toMatchObject({ kind, value, unit: '%', increase: true });
  });

  it('keeps words that only start like a verb as words, and reads 增长与…同步 as keeping pace', () => {
    expect(read('增强')).toMatchObject({ kind: 'qualitative' });
    expect(read('提高群众满意度')).toMatchObject({ kind: 'qualitative' });
    expect(read('增长与经济增长同步')).toMatchObject({ kind: 'relative', reference: '经济增长', inStep: true });
  });
});
