import type { ValueRole } from '../catalog';
import type { ImportColumnKind, ValueMeasure } from './types';
import { simplifiedForms } from '../util/simplifiedForms';
import { labelOf } from './text';

/**
 * What a header cell names, from its text as the plans print it. Labels are compared with spaces removed and
 * full-width folded and traditional characters simplified, so 类 别, 指   标, ２０２０年 and 指標 read like 类别,
 * 指标, 2020年 and 指标.
 */
export interface HeaderLabel {
  kind: ImportColumnKind;
  /** value columns: the year printed, null when none is (基期 alone). */
  year?: number | null;
  /** value columns: the role the header states; absent when it states none (then the column's position decides). */
  role?: ValueRole;
  /** value columns: what the header says the values measure beyond their role (预计值, 年均增长, 累计). */
  measure?: ValueMeasure;
}

const LABELS: ReadonlyArray<[RegExp, ImportColumnKind]> = [
  [/^(?:序号|编号|序列)$/u, 'seq'],
  [/^(?:类别|分类|类型|领域)$/u, 'category'],
  [/^(?:主要|规划|核心|具体|监测|考核|考评|评价|评估)?指标(?:名称|体系|内容|项目?)?(?:及?单位|\(单位(?::[^()]+)?\))?$/u, 'name'],
  [/^(?:计量)?单位$/u, 'unit'],
  [/^(?:指标)?(?:属性|性质)$/u, 'attribute'],
  [/^(?:责任|牵头|主责)(?:负责)?(?:部门|单位|司局|处室)$|^责任主体$/u, 'responsible'],
  [/^是否(?:完成|达标|实现)(?:目标)?$|^(?:目标)?完成情况$|^完成状态$/u, 'completed'],
  [/^(?:备注|说明)$/u, 'note'],
  // An indicator's weight in an assessment (目标任务考核指标权重) is no value of it, though its header may say 目标.
  [/权重$|^分值$/u, 'unknown'],
];

const YEAR = /(\d{4})年?/gu;
const PART_OF_YEAR = /(?:^|[^\d])\d{1,2}[-—–~至到]\d{1,2}月|季度|上半年|下半年|前\d{1,2}个?月/u;
const ROLE_WORDS: ReadonlyArray<[RegExp, ValueRole]> = [
  [/实绩|实际|完成值|完成数|完成情况|完成$/u, 'actual'],
  [/预计|预估|估计/u, 'baseline'],
  [/基期|基数|基年|现状|现值|现有|当前/u, 'baseline'],
  [/目标|规划|预期/u, 'target'],
];

/** Words that say what a value column measures beyond its year: an estimate, an average growth rate, a total. */
const MEASURE_WORDS: ReadonlyArray<[RegExp, ValueMeasure, ValueRole]> = [
  [/预计|预估|估计/u, 'estimate', 'baseline'],
  [/年均/u, 'average_growth', 'target'],
  [/累计|合计|五年总/u, 'cumulative', 'target'],
];

/** The last year of each five-year plan, as headers and captions name them (“十四五”末 = 2025). */
export const FIVE_YEAR_PLANS: Readonly<Record<string, number>> = { 十一五: 2010, 十二五: 2015, 十三五: 2020, 十四五: 2025, 十五五: 2030, 十六五: 2035 };

/**
 * The last year printed in a header (2021-2025年累计 → 2025), else the last year of the five-year plan it names
 * (“十四五”末, 十三五期末, “十四五”累计 → 2025, 2020); null when none is.
 */
function yearOf(label: string): number | null {
  const years = [...label.matchAll(YEAR)].map((match) => Number(match[1])).filter((year) => year >= 1949 && year <= 2100);
  const plan = Object.entries(FIVE_YEAR_PLANS).find(([name]) => label.includes(name));
  return years.at(-1) ?? plan?.[1] ?? null;
}

/** The kind of column a header cell heads; 'unknown' for a text we do not read, undefined for a blank one. */
export function readHeaderLabel(text: string): HeaderLabel | undefined {
  // 指標, 預期值, 單位, 年均增長: a table printed in traditional characters has the same headers.
  const label = simplifiedForms(labelOf(text));
  if (label === '') return undefined;
  const named = LABELS.find(([pattern]) => pattern.test(label));
  if (named) return { kind: named[1] };
  // 2023年1-9月完成, 上半年, 前三季度: a part of the year, never the year's value — a column not read (and told).
  if (PART_OF_YEAR.test(label)) return { kind: 'unknown' };
  const year = yearOf(label);
  const measure = MEASURE_WORDS.find(([pattern]) => pattern.test(label));
  if (measure !== undefined) return { kind: 'value', year, role: measure[2], measure: measure[1] };
  const role = ROLE_WORDS.find(([pattern]) => pattern.test(label))?.[1];
  if (year === null && role === undefined) return /^(?:增长|增速|增幅)$/u.test(label) ? { kind: 'value', year, role: 'target', measure: 'average_growth' } : { kind: 'unknown' };
  return role === undefined ? { kind: 'value', year } : { kind: 'value', year, role };
}
