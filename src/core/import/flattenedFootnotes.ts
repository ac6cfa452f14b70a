import { findUnit } from '../units';

/**
 * A web page or PDF copy flattens a name's superscript footnote reference into its text: 地级及以上城市²空气质量
 * → 地级及以上城市2空气质量. Such a digit follows a Chinese character, comes before another (or before the unit
 * bracket, or ends the name), and no unit or counter follows it (3岁以下, 15分钟, 2类 are parts of names); and the
 * references of one table count up (2, 3, …). Only when two or more such digits do, in the order of the rows, are
 * they taken out of the names and kept as marks ([2]).
 */
const CANDIDATE = /(?<=\p{Script=Han})(\d{1,2})(?=\p{Script=Han}|[（(]|$)/gu;
/** Counters and measure words after a number inside a name: the number is part of the name. */
const COUNTER = /^(?:[个岁年月日天类级星次号期成分秒周倍代批孩胎]|小时|分钟|公里|千米|万)/u;

interface Candidate {
  row: number;
  index: number;
  digits: string;
}

function candidatesOf(name: string, row: number): Candidate[] {
  return [...name.matchAll(CANDIDATE)].flatMap((match) => {
    const after = name.slice((match.index ?? 0) + (match[1] ?? '').length);
    const unitAfter = [4, 3, 2, 1].some((length) => findUnit(after.slice(0, length)) !== undefined);
    return unitAfter || COUNTER.test(after) ? [] : [{ row, index: match.index ?? 0, digits: match[1] ?? '' }];
  });
}

export interface FootnoteFree {
  name: string;
  /** The references taken out, as marks: ['[2]']. */
  marks: string[];
}

/** The names of a table with flattened footnote references taken out; names without one come back unchanged. */
export function withoutFlattenedFootnotes(names: readonly string[]): FootnoteFree[] {
  const candidates = names.flatMap((name, row) => candidatesOf(name, row));
  const counting = candidates.length >= 2 && candidates.every((candidate, i) => i === 0 || Number(candidate.digits) === Number(candidates[i - 1]?.digits) + 1);
  return names.map((name, row) => {
    if (!counting) return { name, marks: [] };
    const mine = candidates.filter((candidate) => candidate.row === row);
    let rest = name;
    for (const candidate of [...mine].reverse()) rest = rest.slice(0, candidate.index) + rest.slice(candidate.index + candidate.digits.length);
    return { name: rest, marks: mine.map((candidate) => `[${candidate.digits}]`) };
  });
}
