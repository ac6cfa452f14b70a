import { firstOneFormula } from './firstOne';
import { conditionText, ifText, numberLiteral, textLiteral, type OperandTexts } from './printFormula';
import { QUALITATIVE_ANSWERS, SHEET_STATUS_LABELS } from './statusLabels';
import type { NumericPlan, StatusPlan } from './statusPlan';
import type { AttainmentStatus } from './types';

const label = (status: AttainmentStatus) => textLiteral(SHEET_STATUS_LABELS[status]);

/** Where the plan's operands come from in the sheet. */
export interface StatusCells {
  actual: string;
  /** The previous year's total: a cell, and the number to use when that cell (or the cell itself) is missing. */
  previous: { cell: string | null; otherwise: number | null };
  companion: string | null;
}

/** met → 已达标, then (due) 未达标, or regressing → 倒退, on track → 符合序时进度, else 滞后; operands are numbers. */
function decisionText(plan: NumericPlan, operands: OperandTexts): string {
  const steps: Array<[NumericPlan['met'], AttainmentStatus]> = plan.due
    ? [[plan.met, 'met']]
    : [[plan.met, 'met'], [plan.regressing, 'regressing'], [plan.onTrack, 'on_track']];
  return steps.reduceRight<string>(
    (otherwise, [condition, status]) => (condition === null ? otherwise : ifText(conditionText(condition, operands), label(status), otherwise)),
    label(plan.due ? 'not_met' : 'behind'),
  );
}

/** The previous year's total resolved: from its cell when that holds a number, else the fallback plan or number. */
function numericText(plan: NumericPlan, cells: StatusCells, operands: OperandTexts): string {
  if (plan.requires.includes('previous')) {
    // The year before is required (每年增长…): its cell, else the printed baseline of that year, else 未填报.
    const { cell, otherwise } = cells.previous;
    const withoutCell = otherwise === null ? label('no_value') : decisionText(plan, { ...operands, previous: numberLiteral(otherwise) });
    return cell === null ? withoutCell : ifText(`ISNUMBER(${cell})`, decisionText(plan, { ...operands, previous: cell }), withoutCell);
  }
  const reduced = plan.withoutPrevious;
  if (reduced === undefined) return decisionText(plan, operands);
  const { cell, otherwise } = cells.previous;
  const withoutCell = otherwise === null
    ? decisionText(reduced, operands)
    : decisionText(plan, { ...operands, previous: numberLiteral(otherwise) });
  if (cell === null) return withoutCell;
  return ifText(`ISNUMBER(${cell})`, decisionText(plan, { ...operands, previous: cell }), withoutCell);
}

/** The status formula: one of the six labels for any cell content, "" never. */
export function statusFormulaText(plan: StatusPlan, cells: StatusCells): string {
  if (plan.kind === 'monitoring') return label('monitoring');
  const actual = cells.actual;
  if (plan.kind === 'qualitative') {
    const answer = `TRIM(${actual})`;
    const no = label(plan.due ? 'not_met' : 'behind');
    const answered = ifText(`${answer}=${textLiteral(QUALITATIVE_ANSWERS.yes)}`, label('met'),
      ifText(`${answer}=${textLiteral(QUALITATIVE_ANSWERS.no)}`, no, label('no_value')));
    return plan.counts === true ? firstOneFormula(actual, { yes: label('met'), no, none: label('no_value') }, answered) : answered;
  }
  if (plan.requires.includes('companion') && cells.companion === null) return label('no_value');
  const guards = [`ISNUMBER(${actual})`];
  if (plan.requires.includes('companion')) guards.push(`ISNUMBER(${cells.companion})`);
  const operands: OperandTexts = { actual, previous: null, companion: cells.companion };
  const test = guards.length === 1 ? guards[0] ?? '' : `AND(${guards.join(',')})`;
  return ifText(test, numericText(plan, cells, operands), label('no_value'));
}
