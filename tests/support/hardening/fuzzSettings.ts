/**
 * One seed and bounded runs for every property of the hardening tests, so that a failure reproduces and the
 * whole part stays within about a minute. fast-check prints the seed and the shrunk counter-example of a failure;
 * to explore further locally, run with FUZZ_SEED=<n> (and FUZZ_SCALE=10 for ten times the runs).
 */
import type fc from 'fast-check';

const SEED = Number(process.env['FUZZ_SEED'] ?? 20_250_601);
const SCALE = Number(process.env['FUZZ_SCALE'] ?? 1);

/** fast-check parameters: the fixed seed and `runs` cases (times FUZZ_SCALE). */
export function fuzz(runs: number): fc.Parameters<unknown> {
  return { seed: SEED, numRuns: Math.max(1, Math.round(runs * SCALE)), endOnFailure: true };
}

/** Whether XML 1.0 can carry a character (ExcelJS writes text as it is; Excel never stores the others raw). */
export function xmlCharacter(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  return !(code >= 0xd800 && code <= 0xdfff) && code !== 0xfffe && code !== 0xffff;
}
