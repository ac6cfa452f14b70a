import { cli } from '../support/cli';

describe('plan-indicators notation', () => {
  it('prints the parsed value of one text as JSON', async () => {
    const { status, stdout } = await cli(['notation', '2.4（预计）']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ kind: 'exact', value: 2.4, estimated: true, marks: [], unit: null, raw: '2.4（预计）' });
  });

  it('prints the ParsedNotation union: each kind with its own fields only, a flag only when it is set', async () => {
    const input = ['>66', '3-3.5', '高于固定资产投资增速1个百分点', '75/1280', '显著提升', '年均10%左右'].join('\n');
    const { stdout } = await cli(['notation'], { input: `${input}\n` });
    const common = { estimated: false, marks: [] };
    expect(stdout.trimEnd().split('\n').map((line) => JSON.parse(line))).toEqual([
      { ...common, kind: 'min', value: 66, strict: true, unit: null, raw: '>66' },
      { ...common, kind: 'range', low: 3, high: 3.5, unit: null, raw: '3-3.5' },
      { ...common, kind: 'relative', margin: 1, reference: '固定资产投资增速', relation: 'above', strict: true, unit: '个百分点', raw: '高于固定资产投资增速1个百分点' },
      { ...common, kind: 'increment_cumulative', increment: 75, cumulative: 1280, unit: null, raw: '75/1280' },
      { ...common, kind: 'qualitative', unit: null, raw: '显著提升' },
      { ...common, kind: 'approx', value: 10, averageGrowth: true, unit: '%', raw: '年均10%左右' },
    ]);
  });

  it('reads one text per line from standard input and answers in order, one JSON object per line', async () => {
    const input = ['3.5', '>66', '75/1280', '高于工业增加值 1 个百分点', '—', 'abc', '10-15'].join('\n');
    const { status, stdout } = await cli(['notation'], { input: `${input}\n` });
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.kind ?? 'error')).toEqual(['exact', 'min', 'increment_cumulative', 'relative', 'blank', 'error', 'range']);
    expect(lines[5]).toEqual({ error: { code: 'notation.unreadable', reason: 'no_number', raw: 'abc' } });
    expect(status).toBe(2);
  });

  it('exits non-zero for a text it cannot read', async () => {
    const { status, stdout } = await cli(['notation', '3.5.6']);
    expect(status).toBe(2);
    expect(JSON.parse(stdout).error.raw).toBe('3.5.6');
  });

  it('prints help with no command', async () => {
    const { status, stdout } = await cli([]);
    expect(status).toBe(0);
    expect(stdout).toContain('notation');
    expect(stdout).toContain('catalog');
  });
});
