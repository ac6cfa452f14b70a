import fs from 'node:fs';
import path from 'node:path';
import { seedsDir } from '../../src/cli/paths';

/** The seed files (the plan documents) as shipped beside the repository. */
export function seedFiles(): string[] {
  const dir = seedsDir();
  if (!fs.existsSync(dir)) throw new Error(`The plan documents are missing: ${dir} (set PLAN_INDICATORS_SEEDS)`);
  return fs.readdirSync(dir).filter((name) => name.endsWith('.txt')).sort();
}

const cache = new Map<string, string[]>();

/** Lines of a seed; index 0 is line 1. */
export function seedLines(seed: string): string[] {
  let lines = cache.get(seed);
  if (!lines) {
    lines = fs.readFileSync(path.join(seedsDir(), seed), 'utf8').split(/\r?\n/u);
    cache.set(seed, lines);
  }
  return lines;
}

/** Text with every kind of whitespace removed, for comparing what the extraction broke over lines. */
export function squeeze(text: string): string {
  return text.replace(/[\s\u3000]+/gu, '');
}

/** True when `raw` occurs in the seed within `reach` lines of `line` (1-based), whitespace and line breaks ignored. */
export function occursNear(seed: string, raw: string, line: number, reach = 2): boolean {
  const lines = seedLines(seed);
  const window = lines.slice(Math.max(0, line - 1 - reach), line + reach).join('');
  return squeeze(window).includes(squeeze(raw));
}
