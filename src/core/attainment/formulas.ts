import type { Indicator } from '../catalog';
import { indicatorInput, previousTotal } from './indicatorInput';
import { buildModel } from './model';
import { exactLiteral, ifText, numberLiteral } from './printFormula';
import { statusFormulaText } from './statusFormula';

export interface AttainmentFormulaInput {
  indicator: Indicator;
  reportingYear: number;
  /** A1 refs on the same row: the reporting year's actual cell, the previous year's actual cell (or null), the companion cell (relative targets, or null). */
  actualRef: string;
  previousActualRef: string | null;
  companionRef: string | null;
}

/** Formulas without the leading '='; null where the sheet shows nothing (no baseline, no path). */
export interface AttainmentFormulas {
  completion: string | null;
  timeShare: string | null;
  status: string;
}

/**
 * The formulas a generated sheet computes 完成进度, 序时进度 and 状态 with, so that it colours itself in
 * Excel, WPS and LibreOffice without the add-in. Target, baseline, 序时进度 and the expected value are known
 * when the sheet is generated and are inlined; the status comes from the same plan computeAttainment
 * evaluates, so both give the same status for the same values. A blank or text actual gives 未填报.
 */
export function attainmentFormulas(input: AttainmentFormulaInput): AttainmentFormulas {
  const modelInput = indicatorInput(input.indicator, input.reportingYear);
  const model = buildModel(modelInput);
  const { actualRef } = input;
  const status = statusFormulaText(model.plan, {
    actual: actualRef,
    previous: { cell: input.previousActualRef, otherwise: previousTotal(modelInput, null) },
    companion: input.companionRef,
  });
  const completion = model.completion === null
    ? null
    : ifText(
      `ISNUMBER(${actualRef})`,
      `(${actualRef}-${numberLiteral(model.completion.baseline)})/(${numberLiteral(model.completion.goal)}-${numberLiteral(model.completion.baseline)})`,
      '""',
    );
  return { completion, timeShare: model.timeShare === null ? null : exactLiteral(model.timeShare), status };
}
