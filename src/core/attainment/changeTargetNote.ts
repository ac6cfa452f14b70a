import type { Indicator } from '../catalog';
import type { MessageCode, MessageParams } from '../i18n';
import { indicatorInput } from './indicatorInput';
import type { TargetSpec } from './types';

/** What a target printed as a change asks for, as a message for the target cell's note; null for a level. */
export function changeTargetNote(indicator: Indicator, targetYear: number): { code: MessageCode; params: MessageParams } | null {
  const input = indicatorInput(indicator, targetYear);
  if (input.targetYear !== targetYear) return null;
  const printed = indicator.values.find((value) => value.role === 'target' && value.year === targetYear && value.parsed.kind !== 'blank');
  if (printed?.change === undefined) return null;
  if (input.reason !== undefined) return { code: input.reason, params: {} };
  const { target, baseline } = input;
  if (target.kind === 'year_on_year') return yearOnYearNote(target);
  if (baseline === null) return null;
  const base = { year: baseline.year, baseline: baseline.value };
  switch (target.kind) {
    case 'exact': return { code: 'attainment.change_as_level.exact', params: { ...base, level: target.value } };
    case 'min': return { code: target.strict ? 'attainment.change_as_level.above' : 'attainment.change_as_level.min', params: { ...base, level: target.bound } };
    case 'max': return { code: target.strict ? 'attainment.change_as_level.below' : 'attainment.change_as_level.max', params: { ...base, level: target.bound } };
    case 'approx': return { code: 'attainment.change_as_level.approx', params: { ...base, level: target.value } };
    case 'range': return { code: 'attainment.change_as_level.range', params: { ...base, low: target.low, high: target.high } };
    default: return null;
  }
}

const OP_WORDS = { '>=': 'attainment.per_year.op.at_least', '>': 'attainment.per_year.op.above', '<=': 'attainment.per_year.op.at_most', '<': 'attainment.per_year.op.below' } as const;

/** 每年增长10%: the year's actual against the year before's, as the condition the status applies. */
function yearOnYearNote(target: Extract<TargetSpec, { kind: 'year_on_year' }>): { code: MessageCode; params: MessageParams } {
  const op = { code: OP_WORDS[target.op], params: {} };
  if (target.factor !== 1) return { code: 'attainment.per_year.factor', params: { op, factor: target.factor } };
  return { code: target.amount < 0 ? 'attainment.per_year.less' : 'attainment.per_year.more', params: { op, amount: Math.abs(target.amount) } };
}
