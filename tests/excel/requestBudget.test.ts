import { ACTION_OVERHEAD_BYTES, chunkSteps, jsonBytes, writeStep } from '../../src/excel/requestBudget';
import { columnWidthPoints, inchesToPoints } from '../../src/excel/units';

describe('request budget', () => {
  it('counts a Chinese character as its \\u escape, so that the estimate bounds any encoding', () => {
    expect(jsonBytes('ab')).toBe(4);
    expect(jsonBytes('指标')).toBe(2 + 12);
    expect(jsonBytes([[1, '']])).toBe('[[1,""]]'.length);
  });

  it('cuts steps into requests under the limit, in order, a step never split', () => {
    const ran: number[] = [];
    const steps = [300, 300, 300, 900, 100].map((size, i) => writeStep(() => ran.push(i), 0, 'x'.repeat(size - 2)));
    const chunks = chunkSteps(steps, 1000);
    expect(chunks.map((chunk) => chunk.map((step) => step.bytes))).toEqual([[300, 300, 300], [900, 100]]);
    chunks.flat().forEach((step) => step.run());
    expect(ran).toEqual([0, 1, 2, 3, 4]);
  });

  it('charges each action its overhead', () => {
    expect(writeStep(() => undefined, 3).bytes).toBe(3 * ACTION_OVERHEAD_BYTES);
  });
});

describe('units', () => {
  it('turns character widths into points: 7 px per character, 0.75 pt per px', () => {
    expect(columnWidthPoints(8.43)).toBe(44.25);
    expect(columnWidthPoints(10)).toBe(52.5);
    expect(inchesToPoints(0.4)).toBe(28.8);
  });
});
