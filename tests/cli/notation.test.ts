import { cli } from '../support/cli';

describe('plan-indicators notation', () => {
  it('prints the parsed value of one text as JSON', async () => {
    const { status, stdout } = await cli(['notation', '2.4（预计）']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ kind: 'exact', value: 2.4, estimated: true, raw: '2.4（预计）' });
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
