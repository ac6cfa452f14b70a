import { tidy } from './numbers';
import type { Condition, Operand } from './statusPlan';
import type { Sense, TargetSpec } from './types';

/** The default half-width of an approximately (左右) band, as a fraction of the target (design.md). */
export const DEFAULT_TOLERANCE = 0.05;

/** A numeric target read as "reach `goal` from the baseline, going `sense`", plus what meeting it takes. */
export interface Goal {
  sense: Sense;
  /** The value 完成进度 is measured towards: the target, the bound, the printed value of 左右, the near edge of a range. */
  value: number;
  met: Condition;
}

export function compare(operand: Operand, op: '>=' | '>' | '<=' | '<', bound: number): Condition {
  return { kind: 'compare', terms: [{ operand, coefficient: 1 }], op, bound };
}

/** A ≥ value when higher is better, A ≤ value when lower is (strict: > and <). */
export function reaches(sense: Sense, value: number, strict = false, operand: Operand = 'actual'): Condition {
  if (sense === 'higher') return compare(operand, strict ? '>' : '>=', value);
  return compare(operand, strict ? '<' : '<=', value);
}

/** The year's increment: actual − previous compared with the increment. */
function incrementReaches(sense: Sense, increment: number): Condition {
  return {
    kind: 'compare',
    terms: [{ operand: 'actual', coefficient: 1 }, { operand: 'previous', coefficient: -1 }],
    op: sense === 'higher' ? '>=' : '<=',
    bound: increment,
  };
}

/**
 * The goal of a numeric target. min is a higher-is-better bound and max a lower-is-better one whatever the
 * indicator says. An approximately target is a band of ±tolerance·|T|; a band (approx, range) is met from
 * its near edge on: for a higher-is-better indicator 35 against "30 家左右" or 3 against "1-2 家" counts as
 * met (exceeding a plan target is 超额完成), so the far edge never turns a better value into a worse status.
 * 完成进度 is measured towards the printed value of a 左右 target (19 against "20左右" is 已达标 at 95 % of the
 * way, never shown as 100 %), and towards the near edge of a range (the range's own minimum).
 */
export function goalOf(target: TargetSpec, direction: Sense): Goal | null {
  switch (target.kind) {
    case 'exact':
      return { sense: direction, value: target.value, met: reaches(direction, target.value) };
    case 'min':
      return { sense: 'higher', value: target.bound, met: reaches('higher', target.bound, target.strict) };
    case 'max':
      return { sense: 'lower', value: target.bound, met: reaches('lower', target.bound, target.strict) };
    case 'approx': {
      const half = Math.abs(target.value) * target.tolerance;
      const edge = tidy(direction === 'higher' ? target.value - half : target.value + half);
      return { sense: direction, value: target.value, met: reaches(direction, edge) };
    }
    case 'range': {
      const edge = direction === 'higher' ? target.low : target.high;
      return { sense: direction, value: edge, met: reaches(direction, edge) };
    }
    case 'increment_cumulative':
      return {
        sense: direction,
        value: target.cumulative,
        met: { kind: 'all', of: [reaches(direction, target.cumulative), incrementReaches(direction, target.increment)] },
      };
    default:
      return null;
  }
}

/** The increment part of an increment/cumulative target, for on-schedule tests. */
export function incrementCondition(target: TargetSpec, direction: Sense): Condition | null {
  return target.kind === 'increment_cumulative' ? incrementReaches(direction, target.increment) : null;
}
