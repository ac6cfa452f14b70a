/**
 * Whether a 说明 says something. A warning is accepted only with an explanation, so "。", "无", "-", a zero-width
 * space or "同上" must not count as one: what is left once whitespace, punctuation, symbols, invisible characters
 * and stock words are taken out must be at least a few letters or digits. The form's data validation allows 500
 * characters; a longer text was pasted past it.
 */

/** Letters or digits an explanation needs, once stock words are taken out ("口径调整" is four). */
export const MIN_MEANINGFUL_CHARS = 4;
/** As the form's data validation says. */
export const MAX_EXPLANATION_CHARS = 500;

/** Words that stand for "nothing to say" (compared without case, whitespace or punctuation). */
const STOCK_WORDS = [
  '无', '没有', '暂无', '无说明', '不详', '未知', '略', '同上', '见上', '如上', '同前', '见前', '见下', '空', '无异常', '正常', '待定', '待补',
  '测试', '说明', '备注', '已说明', '已核实', '核实', '属实', '数据属实', '无误', '数据无误', '是', '否', '好', '对', '有', '一样',
  'na', 'n/a', 'none', 'null', 'nil', 'no', 'ok', 'test', 'tbd', 'xx', 'xxx', 'x', '0',
].map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''));
const STOCK = new RegExp(`(?:${[...new Set(STOCK_WORDS)].sort((a, b) => b.length - a.length).join('|')})`, 'gu');

export type ExplanationQuality = 'empty' | 'meaningless' | 'too_long' | 'meaningful';

/** How a 说明 reads: nothing, something that says nothing, too long, or an explanation. */
export function explanationQuality(text: string | null): ExplanationQuality {
  if (text === null) return 'empty';
  // Whitespace alone is an empty cell; invisible characters (a zero-width space) were put there, and say nothing.
  if (text.trim() === '') return 'empty';
  if ([...text].length > MAX_EXPLANATION_CHARS) return 'too_long';
  const letters = text.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
  const said = letters.replace(STOCK, '');
  return [...said].length >= MIN_MEANINGFUL_CHARS ? 'meaningful' : 'meaningless';
}
