import { findUnit, isKnownUnit } from '../units';
import { simplifiedForms } from '../util/simplifiedForms';

/** A name cell read: 规上工业企业R&D经费支出占营业收入比重（%）* → name, unit %, marks *. */
export interface IndicatorName {
  name: string;
  unit: string;
  marks: string[];
  /** A short bracket at the end that is not a unit we know: kept in the name, reported. */
  unknownUnit?: string;
  /** A 其中 row: a part of the row above. */
  subItem: boolean;
}

/**
 * A mark printed after a name: *, ※, ▲, ★, #, or a footnote reference [1] / ［2］ (上海市“十四五”规划主要指标;
 * decision 0147), ①, 注①, 注1 or a superscript ¹ — before or after the unit bracket (高新技术企业数（家）▲). What
 * a mark means is the notes' to say; it is never a part of the name or of the unit.
 */
const TRAILING_MARK = /\s*([*＊※▲△★☆◆◇#＃]|注?[①-⑳]|注\d{1,2}|\[\d{1,2}\]|［\d{1,2}］|[¹²³⁴⁵⁶⁷⁸⁹]+)$/u;
const TRAILING_BRACKET = /\s*[（(]([^（）()]*)[）)]$/u;
/** A unit bracket whose closing half a web copy lost: 小麦稻谷自给率(% — read only when the registry knows the unit. */
const UNCLOSED_BRACKET = /\s*[（(]([^（）()]+)$/u;
/** Longer than this, a bracket at the end is a part of the name (（协同区）, （含…）) rather than a unit gone wrong. */
const UNIT_LIKE_LENGTH = 5;

/**
 * A known unit as the catalog holds it: as printed (人·年, ％ stay: the seeds' catalog keeps them), unless printed
 * in traditional characters (億元), which are the registry's symbol (亿元).
 */
export function unitAsPrinted(unit: string): string {
  return simplifiedForms(unit) === unit ? unit : findUnit(unit)?.symbol ?? unit;
}

function takeMarks(text: string): { rest: string; marks: string[] } {
  const marks: string[] = [];
  let rest = text;
  for (let match = TRAILING_MARK.exec(rest); match !== null; match = TRAILING_MARK.exec(rest)) {
    marks.unshift(match[1] ?? '');
    rest = rest.slice(0, match.index);
  }
  return { rest, marks };
}

/**
 * Splits the unit bracket and the marks off a printed name. The unit is the last bracket when the unit registry
 * knows it (首台（套）产品（项） → 项); a name without one has unit ''. Marks may follow the bracket or precede it.
 * A known unit whose bracket lost its closing half in the copy ((% at the end) is read the same.
 */
export function readIndicatorName(printed: string): IndicatorName {
  const after = takeMarks(printed);
  const closed = TRAILING_BRACKET.exec(after.rest);
  const unclosed = closed === null ? UNCLOSED_BRACKET.exec(after.rest) : null;
  const bracket = closed ?? (unclosed !== null && isKnownUnit(unclosed[1]?.trim() ?? '') ? unclosed : null);
  const content = bracket?.[1]?.trim() ?? '';
  const subItem = /^其中/u.test(printed);
  if (bracket && isKnownUnit(content)) {
    const before = takeMarks(after.rest.slice(0, bracket.index));
    // A unit printed in traditional characters (億元) is the registry's symbol; one it prints as is stays so.
    const unit = unitAsPrinted(content);
    return { name: before.rest.trim(), unit, marks: [...before.marks, ...after.marks], subItem };
  }
  const name = after.rest.trim();
  if (bracket && content !== '' && [...content].length <= UNIT_LIKE_LENGTH) {
    return { name, unit: '', marks: after.marks, unknownUnit: content, subItem };
  }
  return { name, unit: '', marks: after.marks, subItem };
}
