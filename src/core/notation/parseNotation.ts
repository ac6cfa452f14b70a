import { isKnownUnit } from '../units';
import { hasDigit, normalizeCellText } from './normalize';
import type { NotationErrorReason, NotationResult, ParsedNotation, RelativeNotation, SingleNumberNotation } from './types';
import { numbersOf } from './notationNumbers';

type Bound = { kind: 'min' | 'max' | 'approx'; strict: boolean };

const MIN: Bound = { kind: 'min', strict: false };
const MIN_STRICT: Bound = { kind: 'min', strict: true };
const MAX: Bound = { kind: 'max', strict: false };
const MAX_STRICT: Bound = { kind: 'max', strict: true };
const APPROX: Bound = { kind: 'approx', strict: false };

/** Words before a number, longest first so that 不超过 is not read as 超过. */
const PREFIX_WORDS: ReadonlyArray<[string, Bound]> = [
  ['不低于', MIN], ['不少于', MIN], ['至少', MIN], ['>=', MIN], ['≥', MIN], ['≧', MIN],
  ['不超过', MAX], ['不高于', MAX], ['至多', MAX], ['<=', MAX], ['≤', MAX], ['≦', MAX],
  ['超过', MIN_STRICT], ['高于', MIN_STRICT], ['大于', MIN_STRICT], ['多于', MIN_STRICT], ['突破', MIN_STRICT], ['超', MIN_STRICT], ['>', MIN_STRICT],
  ['低于', MAX_STRICT], ['小于', MAX_STRICT], ['少于', MAX_STRICT], ['<', MAX_STRICT],
  ['大约', APPROX], ['约', APPROX], ['近', APPROX],
  // A rank: 进入全国前10 is met at rank 10 or better.
  ['前', MAX],
];

/** Words after a number (and its unit). */
const SUFFIX_WORDS: ReadonlyArray<[string, Bound]> = [
  ['及以上', MIN], ['以上', MIN], ['以下', MAX], ['以内', MAX], ['左右', APPROX], ['上下', APPROX],
  // A rank: 进入全国50强 is met at rank 50 or better.
  ['强', MAX],
];

/** Verbs that only introduce the value ("达到 650家以上"), and an equals sign (=100: exactly 100). */
const LEADING_VERBS = /^(?:力争达到|确保达到|力争|确保|达到|达|=)(?=[\d约近超突高大不至多<>≥≤])/u;

const RELATIVE_WORDS = ['不低于', '不高于', '高于', '低于', '快于', '慢于', '超过', '优于'] as const;
const RELATIVE_BELOW = new Set(['不高于', '低于', '慢于']);
const RELATIVE_STRICT = new Set(['高于', '低于', '快于', '慢于', '超过', '优于']);
const MARGIN_UNITS = ['个百分点', '%', '倍'];

const NUMBER = String.raw`\d+(?:\.\d+)?`;
const SIGNED_NUMBER = String.raw`-?${NUMBER}`;
const UNIT_TEXT = String.raw`[^\d]*?`;
const RANGE_SEPARATOR = String.raw`(?:-|~|—|–|―|至|到)`;

const EXACT = new RegExp(`^(${SIGNED_NUMBER})(${UNIT_TEXT})$`, 'u');
const RANGE = new RegExp(`^(${NUMBER})(${UNIT_TEXT})${RANGE_SEPARATOR}(${NUMBER})(${UNIT_TEXT})$`, 'u');
const INCREMENT_CUMULATIVE = new RegExp(`^(${NUMBER})/(${NUMBER})(${UNIT_TEXT})$`, 'u');
const ESTIMATE_MARKERS = /\((?:预计|预估|估计|预计数|预估数|预计值|预估值)\)|[▲△]/gu;
const STAR_MARKS = /[*※]/gu;
const FOOTNOTE_MARKS = /[①-⑳]|[¹²³⁴-⁹⁰]+/gu;
const BLANK = /^[-—–―~_/\\.…·]*$/u;
const HAN = /\p{Script=Han}/u;
/** 零的突破 (实现零的突破): a first one, "at least one" of what the row counts (decision 0270). */
const FIRST_ONE = /零的突破/u;

type Common = {
  estimated: boolean; marks: string[]; unit: string | null; raw: string;
  averageGrowth?: true; increase?: true; decrease?: true; perYear?: true; multiplied?: true; periodTotal?: true; annotations?: string[];
};

/** 提高到60%, 降至3%以下, 控制在5.5%以内: the verb reaches a level; the number is the level, not a change. */
const LEVEL_VERB = /^(?:(?:提高|提升|增加|增长|上升|下降|降低|减少)(?:到|至)|降到|降至|控制在|稳定在|保持在)(?=[\d约近超不高低])/u;
/** 力争降至25, 确保控制在5%以内: a stretch word before a verb reaching a level says no more than the verb. */
const STRIVE_BEFORE_LEVEL = /^(?:力争|争取|确保|努力)(?:实现)?(?=(?:提高|提升|增加|增长|上升|下降|降低|减少)(?:到|至)|降到|降至|控制在|稳定在|保持在)/u;
/** 累计3, 五年累计达到50: a total over the plan period stated in words, as 〔3〕 states it in brackets. */
const TOTAL_WORD = /^(?:[一二三四五六七八九十\d]年)?累计(?:达到|完成|实现)?(?=[\d约近超不])/u;
/** 比上年增长5%, 较2020年提高2个百分点: the base of a change, kept as an annotation. */
const CHANGE_BASE = /^(?:同比|比上年度?|较上年度?|比基期|较基期|(?:比|较)(?:19|20)\d{2}年)(?=增长|提高|增加|提升|上升|下降|降低|减少|翻|倍增)/u;
/** A base that is the year before (比上年, 同比): the change is made every year over the last. */
const YEAR_BEFORE_BASE = /^(?:同比|比上年度?|较上年度?)$/u;
/** 每年增长10%, 逐年提高, 年增长8%: the change is made every year (年均 and 每年平均 are read before, as averages). */
const PER_YEAR_PREFIX = /^(?:每年|逐年|年)(?=(?:增长|增速|增幅|提高|增加|新增|提升|上升|下降|降低|减少|压减|削减))/u;
/** 增长8%以上，力争达到10%: a floor with a stretch target after it, kept as an annotation. */
const STRETCH = /[,，;；]\s*((?:力争|争取|努力)[^,，;；]*)$/u;

const AVERAGE_PREFIX = /^(?:年均|年平均|平均每年|每年平均)(?:增长|增速|增幅|提高)?/u;
/** 累计 or 五年累计 before a change: the change over the period, read like the change itself. */
const OVER_PERIOD = String.raw`(?:[一二三四五六七八九十\d]年)?(?:累计)?`;
const DECREASE_PREFIX = new RegExp(`^${OVER_PERIOD}(?:下降|降低|减少|压减|削减)`, 'u');
/** 增长5%左右, 提高2个百分点, 增加1000人: the number is a change from the year before (or the base), not a level. */
const INCREASE_PREFIX = new RegExp(`^${OVER_PERIOD}(?:增长|增速|增幅|提高|增加|新增|提升|上升|增)`, 'u');
const PERIOD_TOTAL = /^〔(.*)〕$/u;
const REACH_LEVEL = /^(?:达到|赶上)((?:全国|全省|全市|全区|全县|国家|省|市)(?:平均|同期)?水平)(?:以上)?$/u;
const RATIO_TO_ONE = /^([^:]*\d):1(以内|以下|以上|左右)?$/u;

/** 翻一番, 倍增, 增长一倍: the level multiplied, read as a rise in % (翻一番 = 增长100%, 翻两番 = 增长300%). */
const MULTIPLIED = /^(?:实现|力争|确保|力争实现|基本)?(翻一番|翻番|倍增|增长一倍|翻两番|翻三番)(以上|左右)?$/u;
const MULTIPLIED_RISE: Record<string, number> = { 翻一番: 100, 翻番: 100, 倍增: 100, 增长一倍: 100, 翻两番: 300, 翻三番: 700 };

function readMultiplied(text: string, base: Common): ParsedNotation | null {
  const match = MULTIPLIED.exec(text);
  if (match === null) return null;
  const value = MULTIPLIED_RISE[match[1] ?? ''] ?? 100;
  const common = { ...base, increase: true as const, multiplied: true as const, unit: '%', value };
  if (match[2] === '以上') return { ...common, kind: 'min', strict: false };
  return match[2] === '左右' ? { ...common, kind: 'approx' } : { ...common, kind: 'exact' };
}

/** The change verb a text starts with (下降15%, 增长约5%), when a number follows it; null otherwise. */
function changeVerb(text: string): { way: 'increase' | 'decrease'; length: number } | null {
  const decrease = DECREASE_PREFIX.exec(text);
  if (decrease) return hasDigit(text) ? { way: 'decrease', length: decrease[0].length } : null;
  const increase = INCREASE_PREFIX.exec(text);
  if (increase === null) return null;
  const rest = text.slice(increase[0].length).replace(LEADING_VERBS, '').replace(/^(?:约|近|超过|超|不低于|不少于|至少|不超过|不高于)/u, '');
  return /^-?\d/u.test(rest) ? { way: 'increase', length: increase[0].length } : null;
}
const IN_STEP = /^(?:增长|增速)?(?:与|同)(.+?)(?:基本)?同步(?:增长)?$/u;
const ANNOTATION = /\(([^()]*)\)/gu;

/** Parenthesised words after the value: (预期性), (年均), (2025), a second figure. Estimates are read before. */
function takeAnnotations(text: string, base: Common): string {
  const annotations: string[] = [];
  const rest = text.replace(ANNOTATION, (_, inner: string) => {
    if (inner === '年均') base.averageGrowth = true;
    else if (inner === '每年') base.perYear = true;
    else annotations.push(inner);
    return '';
  });
  if (annotations.length > 0) base.annotations = annotations;
  return rest;
}

function empty(raw: string): Common & { kind: 'blank' } {
  return { kind: 'blank', estimated: false, marks: [], unit: null, raw };
}

function bounded(base: Common, bound: Bound, value: number, unit: string | null): SingleNumberNotation {
  const common = { ...base, unit, value };
  return bound.kind === 'approx' ? { ...common, kind: 'approx' } : { ...common, kind: bound.kind, strict: bound.strict };
}

function failure(raw: string, reason: NotationErrorReason): NotationResult {
  return { ok: false, error: { code: 'notation.unreadable', reason, raw } };
}

/** '' → null, a registry unit → itself, anything else → undefined (unreadable). */
function readUnit(text: string | undefined): string | null | undefined {
  if (text === undefined || text === '') return null;
  return isKnownUnit(text) ? text : undefined;
}

function stripBoundWords(text: string): { rest: string; bound: Bound | null; conflicting: boolean } {
  let rest = text.replace(LEADING_VERBS, '');
  let prefix: Bound | null = null;
  let suffix: Bound | null = null;
  const before = PREFIX_WORDS.find(([word]) => rest.startsWith(word));
  if (before) {
    prefix = before[1];
    rest = rest.slice(before[0].length);
  }
  const after = SUFFIX_WORDS.find(([word]) => rest.endsWith(word));
  if (after) {
    suffix = after[1];
    rest = rest.slice(0, -after[0].length);
  }
  const conflicting = prefix !== null && suffix !== null && prefix.kind !== suffix.kind;
  return { rest, bound: prefix ?? suffix, conflicting };
}

function readRelative(text: string, base: Common): RelativeNotation | null {
  for (const word of RELATIVE_WORDS) {
    const at = text.indexOf(word);
    if (at < 0) continue;
    let reference = text.slice(at + word.length);
    let margin: number | null = null;
    let unit: string | null = null;
    const printed = new RegExp(`(${NUMBER})(${MARGIN_UNITS.join('|')})$`, 'u').exec(reference);
    if (printed) {
      margin = Number(printed[1]);
      unit = printed[2] ?? null;
      reference = reference.slice(0, printed.index);
    }
    if (!HAN.test(reference) || hasDigit(reference)) return null;
    return {
      ...base,
      kind: 'relative', margin, unit, reference,
      relation: RELATIVE_BELOW.has(word) ? 'below' : 'above',
      strict: RELATIVE_STRICT.has(word),
    };
  }
  return null;
}

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CHINESE_MULTIPLIERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CHINESE_NUMBER = /^(.*?)([一二两三四五六七八九]?)([十百千])(.*)$/u;

/**
 * Prose writes round amounts in words: 超千亿元, 百亿元. Reads the first such number when the whole text then reads
 * as a number; "千行百业" stays words.
 */
function readChineseNumber(text: string, raw: string): ParsedNotation | null {
  const match = CHINESE_NUMBER.exec(text);
  if (!match) return null;
  const [, before = '', digit = '', multiplier = '', after = ''] = match;
  const value = (CHINESE_DIGITS[digit] ?? 1) * (CHINESE_MULTIPLIERS[multiplier] ?? 1);
  const result = parseNotation(`${before}${value}${after}`);
  if (!result.ok || result.value.kind === 'qualitative' || result.value.kind === 'blank') return null;
  return { ...result.value, raw };
}

/**
 * Reads one cell of a plan's indicator table or one value phrase of its prose.
 * Never throws; a text it cannot read comes back as an error that quotes it. A number too long to be one
 * (hundreds of digits, pasted by mistake) reads as malformed rather than as Infinity.
 */
export function parseNotation(raw: string): NotationResult {
  const result = readNotation(raw);
  if (!result.ok) return result;
  const finite = numbersOf(result.value).every((n) => Number.isFinite(n));
  return finite ? result : failure(raw, 'malformed_number');
}

function readNotation(raw: string): NotationResult {
  const base: Common = empty(raw);
  // A footnote mark on a figure (3.5①, 85.2²): a mark, taken before the width folding turns it into a digit (3.51).
  let text = normalizeCellText(raw.replace(FOOTNOTE_MARKS, (mark) => {
    base.marks.push(mark);
    return '';
  }));

  text = text.replace(ESTIMATE_MARKERS, (marker) => {
    base.estimated = true;
    if (marker === '▲' || marker === '△') base.marks.push(marker);
    return '';
  });
  text = text.replace(STAR_MARKS, () => {
    base.marks.push('*');
    return '';
  });

  if (BLANK.test(text)) return { ok: true, value: { ...base, kind: 'blank' } };

  if (/\d/u.test(text) || text.includes('年均')) text = takeAnnotations(text, base);
  const stretch = STRETCH.exec(text);
  if (stretch && hasDigit(text.slice(0, stretch.index))) {
    base.annotations = [...(base.annotations ?? []), stretch[1] ?? ''];
    text = text.slice(0, stretch.index);
  }
  const changeBase = CHANGE_BASE.exec(text);
  if (changeBase) {
    base.annotations = [...(base.annotations ?? []), changeBase[0]];
    if (YEAR_BEFORE_BASE.test(changeBase[0])) base.perYear = true;
    text = text.slice(changeBase[0].length);
  }
  text = text.replace(STRIVE_BEFORE_LEVEL, '').replace(LEVEL_VERB, '');
  const total = PERIOD_TOTAL.exec(text);
  if (total) {
    base.periodTotal = true;
    // 〔累计达到1000〕: the word repeats what the brackets say (decision 0147).
    text = (total[1] ?? '').replace(/^累计(?=达到|\d)/u, '');
  } else if (TOTAL_WORD.test(text)) {
    base.periodTotal = true;
    text = text.replace(TOTAL_WORD, '');
  }
  const average = AVERAGE_PREFIX.exec(text);
  if (average && average[0].length < text.length) {
    base.averageGrowth = true;
    text = text.slice(average[0].length);
  }
  const perYear = base.averageGrowth === true ? null : PER_YEAR_PREFIX.exec(text);
  const afterPerYear = perYear === null ? text : text.slice(perYear[0].length);
  const verb = changeVerb(afterPerYear);
  if (verb !== null) {
    base[verb.way] = true;
    if (perYear !== null) base.perYear = true;
    text = afterPerYear.slice(verb.length);
  }
  if (base.increase !== true && base.decrease !== true) delete base.perYear;
  const multiplied = readMultiplied(text, base);
  if (multiplied !== null) return { ok: true, value: multiplied };
  const inStep = IN_STEP.exec(text);
  if (inStep) {
    const reference = inStep[1] ?? '';
    return { ok: true, value: { ...base, kind: 'relative', margin: null, reference, relation: 'above', strict: false, inStep: true } };
  }

  // 1.86:1, 2.2：1以内 (城乡居民收入比): a ratio to one is its first figure, with the bound words after it.
  const ratio = RATIO_TO_ONE.exec(text);
  if (ratio) text = `${ratio[1] ?? ''}${ratio[2] ?? ''}`;

  // 达到全国平均水平: at least the quantity named, as 不低于全国平均水平 says — a relative target, not a yes/no.
  const reached = REACH_LEVEL.exec(text);
  if (reached) return { ok: true, value: { ...base, kind: 'relative', margin: null, reference: reached[1] ?? '', relation: 'above', strict: false } };

  const increment = INCREMENT_CUMULATIVE.exec(text);
  if (increment) {
    const unit = readUnit(increment[3]);
    if (unit === undefined) return failure(raw, 'unknown_words');
    return { ok: true, value: { ...base, kind: 'increment_cumulative', increment: Number(increment[1]), cumulative: Number(increment[2]), unit } };
  }

  const relative = readRelative(text, base);
  if (relative) return { ok: true, value: relative };

  const { rest, bound, conflicting } = stripBoundWords(text);
  if (conflicting) return failure(raw, 'unknown_words');

  const range = bound === null || bound.kind === 'approx' ? RANGE.exec(rest) : null;
  if (range) {
    const lowUnit = readUnit(range[2]);
    const highUnit = readUnit(range[4]);
    if (lowUnit === undefined || highUnit === undefined) return failure(raw, 'unknown_words');
    if (lowUnit !== null && highUnit !== null && lowUnit !== highUnit) return failure(raw, 'unknown_words');
    const low = Number(range[1]);
    const high = Number(range[3]);
    if (low > high) return failure(raw, 'malformed_number');
    return { ok: true, value: { ...base, kind: 'range', low, high, unit: highUnit ?? lowUnit } };
  }

  const single = EXACT.exec(rest);
  if (single) {
    const unit = readUnit(single[2]);
    if (unit === undefined) return failure(raw, hasDigit(single[2] ?? '') ? 'several_numbers' : 'unknown_words');
    const value = Number(single[1]);
    if (bound === null) return { ok: true, value: { ...base, kind: 'exact', value, unit } };
    return { ok: true, value: bounded(base, bound, value, unit) };
  }

  if (!hasDigit(text)) {
    const spelled = readChineseNumber(text, raw);
    if (spelled) return { ok: true, value: { ...spelled, estimated: base.estimated || spelled.estimated, marks: [...base.marks, ...spelled.marks] } };
    if (!HAN.test(text)) return failure(raw, 'no_number');
    return { ok: true, value: { ...base, kind: 'qualitative', ...(FIRST_ONE.test(text) ? { atLeastOne: true as const } : {}) } };
  }
  const numbers = text.match(/\d+(?:\.\d+)?/gu) ?? [];
  if (numbers.length > 1) return failure(raw, 'several_numbers');
  return failure(raw, /\d\.(?!\d)|\.\.|\d\.\d+\./u.test(text) ? 'malformed_number' : 'unknown_words');
}
