import { tidy } from './numbers';
import type { Condition } from './statusPlan';
import type { TargetSpec } from './types';

/** A relative target's bound: coefficient·companion + offset. */
export interface RelativeBound {
  coefficient: number;
  offset: number;
}

type Relative = Extract<TargetSpec, { kind: 'relative' }>;

/**
 * "高于工业增加值 1 个百分点" asks for companion + 1; "低于…1个百分点" for companion − 1; a margin in 倍
 * scales the companion (高于X一倍 = 2X). A printed margin is reached on the mark, whatever the verb
 * (5.1 against 4.1 + 1 is met); only a bare 高于/低于 without a margin is strict.
 */
export function relativeBound(target: Relative): RelativeBound {
  const up = target.relation === 'above';
  if (target.marginUnit === '倍') {
    const factor = 1 + target.margin;
    return { coefficient: tidy(up ? factor : 1 / factor), offset: 0 };
  }
  return { coefficient: 1, offset: up ? target.margin : -target.margin };
}

export function relativeCondition(target: Relative): Condition {
  const { coefficient, offset } = relativeBound(target);
  const strict = target.strict && target.margin === 0;
  const op = target.relation === 'above' ? (strict ? '>' : '>=') : (strict ? '<' : '<=');
  return {
    kind: 'compare',
    terms: [{ operand: 'actual', coefficient: 1 }, { operand: 'companion', coefficient: -coefficient }],
    op,
    bound: offset,
  };
}
