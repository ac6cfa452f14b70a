import { formatNumber } from '../../i18n';
import { convertUnit, sameDimension } from '../../units';
import { applicableTargetValue } from '../catalogValues';
import { companionName } from '../companions';
import type { CellRule, CellSubject, Outcome } from '../rule';
import { fail, NOT_AVAILABLE, PASS } from '../rule';
import { isPercentLike, subjectParams } from './common';

function companionValue(subject: CellSubject): number | null {
  const { indicator, view } = subject;
  const row = view.companionRow(subject.row, indicator);
  if (row === undefined) return null;
  const unit = indicator.companion?.unit || indicator.unit;
  const value = view.numberIn(row, subject.year, unit);
  if (value === null || unit === indicator.unit) return value;
  if (!sameDimension(unit, indicator.unit)) return null;
  const converted = convertUnit(value, unit, indicator.unit);
  return converted.ok ? converted.value : null;
}

/**
 * Warning: a relative target ("增速高于固定资产投资增速", "高于工业增加值 1 个百分点") not met, given the companion
 * value of the same year. Margins in percentage points (or %) add to the companion; a margin in 倍 is undecidable.
 */
export const relativeTarget: CellRule = {
  id: 'relative_target',
  scope: 'cell',
  severity: 'warning',
  years: 'reporting',
  description: 'A relative target must hold against the companion value reported for the same year.',
  codes: ['check.relative_target.above', 'check.relative_target.at_least', 'check.relative_target.below', 'check.relative_target.at_most'],
  // A county is not judged by the province's relative target (its row is 仅监测).
  appliesTo: (subject) => subject.view.ownRow(subject.indicator) && applicableTargetValue(subject.indicator, subject.year)?.parsed.kind === 'relative',
  run(subject): Outcome {
    const target = applicableTargetValue(subject.indicator, subject.year);
    const value = subject.number;
    const companion = companionValue(subject);
    if (target === null || value === null || companion === null) return NOT_AVAILABLE;
    const { parsed } = target;
    if (parsed.kind !== 'relative') return NOT_AVAILABLE;
    const margin = parsed.margin ?? 0;
    if (margin !== 0 && !(parsed.unit === null || isPercentLike(parsed.unit))) return NOT_AVAILABLE;
    const above = parsed.relation === 'above';
    const required = above ? companion + margin : companion - margin;
    const strictOnly = parsed.strict && margin === 0;
    const met = above ? (strictOnly ? value > required : value >= required) : (strictOnly ? value < required : value <= required);
    if (met) return PASS;
    const code = above ? (strictOnly ? 'above' : 'at_least') : (strictOnly ? 'below' : 'at_most');
    const sign = above ? (strictOnly ? '>' : '≥') : (strictOnly ? '<' : '≤');
    return fail(`check.relative_target.${code}`, {
      ...subjectParams(subject), value, target: target.raw, required,
      companionName: companionName(subject.indicator) ?? '', companionValue: companion, companionUnit: subject.indicator.unit,
    }, { expected: `${sign} ${formatNumber(required)}` });
  },
};
