import { parseNotation, type ParsedNotation } from '../../../src/core/notation';
import { allSeedTables } from '../../support/seedTables';
import { squeeze } from '../../support/seeds';

/**
 * Every distinct value cell of the plans' tables, collected from the seeds by this test, must read to the
 * right kind and numbers. Plain numbers, estimates and a/b cells are checked against their digits; any other
 * notation must be listed here with what it means, so that a new way of writing fails until someone says.
 */
const NOTATIONS: Record<string, Partial<ParsedNotation>> = {
  '': { kind: 'blank' },
  '—': { kind: 'blank' },
  '-': { kind: 'blank' },
  '>66': { kind: 'min', value: 66, strict: true },
  '50以上': { kind: 'min', value: 50, strict: false },
  '10-15': { kind: 'range', low: 10, high: 15 },
  '1-2': { kind: 'range', low: 1, high: 2 },
  '增速高于固定资产投资增速': { kind: 'relative', reference: '固定资产投资增速', relation: 'above', margin: null },
  '高于固定资产投资增速': { kind: 'relative', reference: '固定资产投资增速', relation: 'above', margin: null },
  '高于工业增加值1个百分点': { kind: 'relative', reference: '工业增加值', margin: 1, unit: '个百分点' },
  '设区市国家高新区全覆盖': { kind: 'qualitative' },
  '工业强县省级高新区全覆盖': { kind: 'qualitative' },
  '27000*': { kind: 'exact', value: 27000, marks: ['*'], estimated: false },
  '1.8*': { kind: 'exact', value: 1.8, marks: ['*'], estimated: false },
  '2.4（预计）': { kind: 'exact', value: 2.4, estimated: true },
};

const cells = [...new Set(allSeedTables().flatMap((table) => table.rows.flatMap((row) => row.values.map((cell) => cell.text))))];

function expectedFor(text: string): Partial<ParsedNotation> | undefined {
  const key = squeeze(text);
  if (key in NOTATIONS) return NOTATIONS[key];
  if (/^\d+(\.\d+)?$/u.test(key)) return { kind: 'exact', value: Number(key), estimated: false, marks: [] };
  const estimate = /^(\d+(?:\.\d+)?)▲$/u.exec(key);
  if (estimate) return { kind: 'exact', value: Number(estimate[1]), estimated: true, marks: ['▲'] };
  const pair = /^(\d+)\/(\d+)$/u.exec(key);
  if (pair) return { kind: 'increment_cumulative', increment: Number(pair[1]), cumulative: Number(pair[2]) };
  return undefined;
}

describe('every value cell of the seed tables', () => {
  it('finds the tables of the plans in the seeds', () => {
    expect(allSeedTables().length).toBeGreaterThanOrEqual(5);
    expect(cells.length).toBeGreaterThan(100);
  });

  it.each(cells.map((text) => [JSON.stringify(text), text]))('%s reads to the right kind and numbers', (_label, text) => {
    const expected = expectedFor(text);
    if (expected === undefined) throw new Error(`No meaning is recorded for the notation ${JSON.stringify(text)}: add it to NOTATIONS`);
    const result = parseNotation(text);
    if (!result.ok) throw new Error(`${JSON.stringify(text)} did not parse: ${result.error.reason}`);
    expect(result.value).toMatchObject(expected);
  });
});
