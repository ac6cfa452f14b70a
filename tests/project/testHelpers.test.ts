/**
 * What is not a test under tests/ lives in tests/support (helpers, by area in tests/support/<area>) or tests/fixtures
 * (data), so that a reader finds every shared helper in one place and jest's test match never meets one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expectEqual, expectNoThrow, expectSame } from '../support/equalOrExpect';

const TESTS = path.resolve(__dirname, '..');

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [path.relative(TESTS, full).split(path.sep).join('/')];
  });
}

it('keeps every file under tests/ that is not a test in tests/support or tests/fixtures', () => {
  // A suite (`x.suite.ts`) is a test's body run by the test file beside its folder that imports it (several suites
  // sharing one LibreOffice run, decision 0252): it is no helper, and a suite nothing imports would never run.
  const suites = filesUnder(TESTS).filter((file) => /\.suite\.tsx?$/u.test(file));
  const strays = filesUnder(TESTS).filter((file) => !/\.(test|suite)\.tsx?$/u.test(file) && !/^(support|fixtures)\//u.test(file));
  expect(strays).toEqual([]);
  const importedBy = (suite: string) => {
    const folder = path.posix.dirname(suite);
    const runner = path.join(TESTS, `${folder}.test.ts`);
    const spec = `./${path.posix.basename(folder)}/${path.posix.basename(suite).replace(/\.tsx?$/u, '')}`;
    return fs.existsSync(runner) && fs.readFileSync(runner, 'utf8').includes(`'${spec}'`);
  };
  expect(suites.filter((suite) => !importedBy(suite))).toEqual([]);
});

describe('expectEqual (tests/support/equalOrExpect), toEqual for checks made thousands of times', () => {
  it('passes what toEqual passes and fails, with toEqual\'s message, what it fails', () => {
    expect(() => expectEqual({ row: 1, col: [2, 3] }, { row: 1, col: [2, 3] })).not.toThrow();
    expect(() => expectEqual({ a: 1, b: undefined }, { a: 1 })).not.toThrow();
    expect(() => expectEqual({ row: 1, col: 2 }, { row: 1, col: 3 })).toThrow(/toEqual/u);
    expect(() => expectEqual([7, 9, undefined], [7, 9, false])).toThrow(/toEqual/u);
    expect(() => expectEqual(0, -0)).toThrow(/toEqual/u);
  });
});

describe('expectSame and expectNoThrow (tests/support/equalOrExpect), toBe and not.toThrow for checks made thousands of times', () => {
  it('expectSame passes what toBe passes and fails, with toBe\'s message, what it fails', () => {
    expect(() => expectSame('2.4（预计）', '2.4（预计）')).not.toThrow();
    expect(() => expectSame(Number.NaN, Number.NaN)).not.toThrow();
    expect(() => expectSame('2.4', '2.4 ')).toThrow(/toBe/u);
    expect(() => expectSame(0, -0)).toThrow(/toBe/u);
    expect(() => expectSame({}, {})).toThrow(/toBe/u);
  });

  it('expectNoThrow gives the result of a call that returns, runs it once, and fails with not.toThrow\'s message and the error', () => {
    let calls = 0;
    expect(expectNoThrow(() => {
      calls += 1;
      return 42;
    })).toBe(42);
    expect(calls).toBe(1);
    const failure = (() => {
      try {
        expectNoThrow(() => {
          calls += 1;
          throw new RangeError('cut short at line 3');
        });
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
      return null;
    })();
    expect(calls).toBe(2);
    expect(failure).toMatch(/not\.toThrow/u);
    expect(failure).toMatch(/cut short at line 3/u);
  });
});
