import { evaluatePlan } from './evaluatePlan';
import { buildModel, type AttainmentModel } from './model';
import { isNumber, tidy } from './numbers';
import type { Attainment, AttainmentInput } from './types';

function completionOf(model: AttainmentModel, actual: number | boolean | null): number | null {
  if (model.completion === null || !isNumber(actual)) return null;
  const { baseline, goal } = model.completion;
  return (actual - baseline) / (goal - baseline);
}

function expectedOf(model: AttainmentModel, companion: number | null | undefined): number | null {
  if (model.relative === null) return model.expected;
  return isNumber(companion) ? tidy(model.relative.coefficient * companion + model.relative.offset) : null;
}

/** Attainment from an explicit target, baseline and actual (design.md, "Attainment"). Never throws. */
export function computeAttainment(input: AttainmentInput): Attainment {
  return attainmentByModel(buildModel(input), input);
}

/** Attainment by the model `buildModel` made of `input`'s target and baseline (attainmentOf keeps models). */
export function attainmentByModel(model: AttainmentModel, input: AttainmentInput): Attainment {
  const { status, met } = evaluatePlan(model.plan, input.actual, {
    previous: input.previous ?? null,
    companion: input.companion ?? null,
  });
  const answered = status !== 'no_value' && status !== 'monitoring';
  return {
    status,
    completion: answered ? completionOf(model, input.actual) : null,
    timeShare: model.timeShare,
    expected: expectedOf(model, input.companion),
    targetYear: model.targetYear,
    met,
    ...(input.reason === undefined ? {} : { reason: input.reason }),
  };
}
