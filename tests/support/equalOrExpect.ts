import { isDeepStrictEqual } from 'node:util';

/**
 * `expect(actual).toEqual(expected)` for checks made thousands of times (a property's runs, every cell of a layout)
 * and for large values (every sheet a reader gives). Each expect() call builds its matchers and an error for the
 * stack, whatever the values, and toEqual's walk tries its testers on every property: seconds over a property of
 * 20 000 runs, a tenth of tamperingParity. Values Node finds strictly deep-equal pass toEqual too (strict equality is
 * the stricter of the two), so only values it finds different go to toEqual, which decides and reports as before.
 */
export function expectEqual<T>(actual: T, expected: T): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual).toEqual(expected);
}

/**
 * `expect(actual).toBe(expected)` for checks made thousands of times: only a value that is not the expected one (by
 * Object.is, toBe's own test) goes to toBe, which reports it as before.
 */
export function expectSame<T>(actual: T, expected: T): void {
  if (!Object.is(actual, expected)) expect(actual).toBe(expected);
}

/**
 * `expect(run).not.toThrow()` for a call made thousands of times (a fuzzer's subject): runs it once and gives its
 * result; what it throws goes to not.toThrow, which reports it as before (the same error, thrown again to the
 * matcher, so that the subject does not run twice). undefined when it threw.
 */
export function expectNoThrow<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    expect(() => {
      throw error;
    }).not.toThrow();
    return undefined;
  }
}
