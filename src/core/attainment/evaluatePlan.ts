import { countAnswer } from './firstOne';
import { isNumber, roundSum, sheetEqual } from './numbers';
import type { Comparison, Condition, NumericPlan, OperandValues, StatusPlan } from './statusPlan';
import type { AttainmentStatus } from './types';

export interface PlanOutcome {
  status: AttainmentStatus;
  met: boolean | null;
}

function holds(comparison: Comparison, values: OperandValues): boolean {
  let sum = 0;
  for (const term of comparison.terms) sum += term.coefficient * (values[term.operand] ?? Number.NaN);
  const left = comparison.terms.length > 1 ? roundSum(sum) : sum;
  // Equal as the sheet compares (sheetEqual), not only bit for bit: a pasted 2.9999999999999996 reaches 3.
  const equal = sheetEqual(left, comparison.bound);
  switch (comparison.op) {
    case '>=': return equal || left > comparison.bound;
    case '>': return !equal && left > comparison.bound;
    case '<=': return equal || left < comparison.bound;
    case '<': return !equal && left < comparison.bound;
  }
}

/** Operands a plan reads are numbers by then (evaluateNumeric checks); the conditions are two-valued. */
export function conditionHolds(condition: Condition, values: OperandValues): boolean {
  if (condition.kind === 'all') return condition.of.every((part) => conditionHolds(part, values));
  return holds(condition, values);
}

function evaluateNumeric(plan: NumericPlan, values: OperandValues): PlanOutcome {
  if (!isNumber(values.actual) || plan.requires.some((operand) => !isNumber(values[operand]))) return { status: 'no_value', met: null };
  if (plan.withoutPrevious && !isNumber(values.previous)) return evaluateNumeric(plan.withoutPrevious, values);
  const met = plan.met === null ? null : conditionHolds(plan.met, values);
  if (met === true) return { status: 'met', met };
  if (plan.due) return { status: 'not_met', met: false };
  if (plan.regressing && conditionHolds(plan.regressing, values)) return { status: 'regressing', met };
  if (plan.onTrack && conditionHolds(plan.onTrack, values)) return { status: 'on_track', met };
  return { status: 'behind', met };
}

/** The status a plan gives to what a return says. Never throws: an answer of the wrong kind is no value. */
export function evaluatePlan(plan: StatusPlan, actual: number | boolean | null, values: Omit<OperandValues, 'actual'>): PlanOutcome {
  if (plan.kind === 'monitoring') return { status: 'monitoring', met: null };
  if (plan.kind === 'qualitative') {
    const answer = typeof actual === 'boolean' ? actual : plan.counts === true && typeof actual === 'number' ? countAnswer(actual) : null;
    if (answer === null) return { status: 'no_value', met: null };
    return answer ? { status: 'met', met: true } : { status: plan.due ? 'not_met' : 'behind', met: false };
  }
  return evaluateNumeric(plan, { ...values, actual: typeof actual === 'number' ? actual : null });
}
