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

const folded = (text: string) => squeeze(text.normalize('NFKC'));

/** Whether `text` (whitespace, NFKC width ignored) begins on `line` of the seed, running on over up to five lines after it. */
export function beginsOn(seed: string, text: string, line: number): boolean {
  const lines = seedLines(seed);
  const first = folded(lines[line - 1] ?? '');
  const run = folded(lines.slice(line - 1, line + 5).join(''));
  // The first printing from the line on is the only one that can begin on it.
  const at = run.indexOf(folded(text));
  return at >= 0 && at < first.length;
}

/** Whether some printing of `quote` near `line` (whitespace and line breaks ignored) takes in that line. */
export function quoteTakesIn(seed: string, quote: string, line: number): boolean {
  const lines = seedLines(seed);
  const from = Math.max(1, line - 6);
  const parts = lines.slice(from - 1, line + 6).map(folded);
  const start = parts.slice(0, line - from).join('').length;
  const end = start + (parts[line - from] ?? '').length;
  const text = parts.join('');
  return [quote, quote.replace(/\[footnoteRef:\d+\]/gu, '')].map(folded).some((wanted) => {
    for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) if (at < end && at + wanted.length > start) return true;
    return false;
  });
}

const QUALIFIER_BEFORE = /(?:超过|超|突破|不低于|不少于|不超过|不高于|高于|低于|大于|小于|[>＜<＞≥≤]|约|近)$/u;
const QUALIFIER_AFTER = /^(?:以上|左右|以内|以下|多|余)/u;
const MULTIPLIER_AFTER = /^[万亿千百]/u;

/**
 * True when `raw` is printed whole within `reach` lines of `line`: some occurrence (whitespace and line breaks
 * between its characters ignored) is neither part of a longer number nor stripped of the words the seed prints
 * beside it — a dropped 以上 / 左右 / 超 or 万 / 亿, or a digit cut off (`50` out of `650`), is not "printed".
 * `occursNear` alone accepts any substring.
 */
export function printedWhole(seed: string, raw: string, line: number, reach = 2): boolean {
  const text = seedLines(seed).slice(Math.max(0, line - 1 - reach), line + reach).join('\n').normalize('NFKC');
  const chars = [...squeeze(raw.normalize('NFKC'))];
  if (chars.length === 0) return true;
  const pattern = new RegExp(chars.map((c) => c.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('[\\s\\u3000]*'), 'gu');
  const startsWithDigit = /^\d/u.test(chars[0]!);
  const endsWithDigit = /\d$/u.test(chars.at(-1)!);
  for (const match of text.matchAll(pattern)) {
    const before = text.slice(0, match.index);
    const after = text.slice(match.index + match[0].length);
    const wordBefore = before.replace(/[\s\u3000]+$/u, '');
    const wordAfter = after.replace(/^[\s\u3000]+/u, '');
    const cut = (startsWithDigit && /[\d.]$/u.test(before)) || (endsWithDigit && /^\.?\d/u.test(after));
    const dropped = (startsWithDigit && QUALIFIER_BEFORE.test(wordBefore)) || QUALIFIER_AFTER.test(wordAfter)
      || (endsWithDigit && MULTIPLIER_AFTER.test(wordAfter));
    if (!cut && !dropped) return true;
  }
  return false;
}

/** The years printed as `YYYY年` (full-width digits too) from `before` lines above `line` to two lines below it. */
export function yearsPrintedNear(seed: string, line: number, before = 40): Set<number> {
  const text = squeeze(seedLines(seed).slice(Math.max(0, line - 1 - before), line + 2).join('').normalize('NFKC'));
  return new Set([...text.matchAll(/(\d{4})年/gu)].map((match) => Number(match[1])));
}

/**
 * For each place `raw` is printed near `line`, the last year (`YYYY年`) printed before it in the same sentence or
 * footnote, or null where the sentence names none before it or says 目前 (now) after the year.
 */
export function sentenceYears(seed: string, raw: string, line: number, reach = 3): Set<number | null> {
  const text = squeeze(seedLines(seed).slice(Math.max(0, line - 1 - reach), line + 2).join('').normalize('NFKC'));
  const number = squeeze(raw.normalize('NFKC'));
  const years = new Set<number | null>();
  for (let at = text.indexOf(number); at >= 0; at = text.indexOf(number, at + 1)) {
    const sentence = text.slice(0, at).split(/[[\];。]/u).at(-1) ?? '';
    const last = [...sentence.matchAll(/(\d{4})年/gu)].at(-1);
    years.add(last === undefined || sentence.slice(last.index).includes('目前') ? null : Number(last[1]));
  }
  return years;
}
