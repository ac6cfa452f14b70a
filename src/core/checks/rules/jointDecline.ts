import type { CrossIndicatorRule } from '../../catalog';
import { formatNumber } from '../../i18n';
import type { ReturnRow } from '../../returns';
import type { Outcome, SheetOutcome, SheetRule } from '../rule';
import { fail, NOT_AVAILABLE, PASS } from '../rule';
import type { SheetView } from '../sheetView';
import { enteredPlace, nameParams, rowReference } from './common';

interface Movement {
  row: ReturnRow;
  value: number;
  previous: number;
}

function failure(rule: CrossIndicatorRule, view: SheetView, movements: Movement[]): Outcome {
  const year = view.reportingYear;
  const severity = rule.severity;
  const described = movements.map((movement, index) => {
    const indicator = view.indicatorOf(movement.row);
    const names = indicator === undefined ? { name: movement.row.name, nameEn: movement.row.name } : nameParams(indicator);
    const n = index + 1;
    return {
      [`name${n}`]: names['name'] ?? '', [`name${n}En`]: names['nameEn'] ?? '',
      [`value${n}`]: movement.value, [`previous${n}`]: movement.previous, [`unit${n}`]: indicator?.unit ?? movement.row.unit,
    };
  });
  const expected = movements.map((movement) => `≥ ${formatNumber(movement.previous)}`).join(' / ');
  const value = movements.map((movement) => formatNumber(movement.value)).join(' / ');
  if (movements.length !== 2) {
    const names = movements.map((movement) => view.indicatorOf(movement.row)?.name ?? movement.row.name).join(' / ');
    return fail('check.joint_decline.many', { year, names }, { severity, value, expected });
  }
  const params = Object.assign({ year }, ...described) as Record<string, string | number>;
  if (rule.consequence === undefined) return fail('check.joint_decline.no_consequence', params, { severity, value, expected });
  return fail('check.joint_decline', { ...params, consequence: rule.consequence }, { severity, value, expected });
}

function confront(rule: CrossIndicatorRule, view: SheetView): SheetOutcome | null {
  const year = view.reportingYear;
  const rows = rule.indicators.map((concept) => view.rowOfConcept(concept));
  const present = rows.filter((row): row is ReturnRow => row !== undefined);
  const first = present[0];
  if (first === undefined) return null;
  const where = { at: enteredPlace(first.actuals[year]) ?? rowReference(first), indicatorId: first.indicatorId, rows: present };
  if (present.length < rows.length) return { ...where, outcome: NOT_AVAILABLE };
  const movements: Movement[] = [];
  for (const row of present) {
    const value = view.numberAt(row, year);
    const previous = view.previous(row, year);
    if (value === null || previous === null) return { ...where, outcome: NOT_AVAILABLE };
    movements.push({ row, value, previous: previous.value });
  }
  const allFell = movements.every((movement) => movement.value < movement.previous);
  return { ...where, outcome: allFell ? failure(rule, view, movements) : PASS };
}

/**
 * The plans' joint_decline rules (the 2018 opinions: R&D-to-GDP ratio and fiscal S&T spending growth both
 * falling year on year → 一票否优): every concept the rule names falls below last year's value in the
 * reporting year. Rules whose concepts are not on the sheet are not confronted.
 */
export const jointDecline: SheetRule = {
  id: 'joint_decline',
  scope: 'sheet',
  severity: 'warning',
  description: 'The indicators a joint_decline rule of the plans names must not all fall from last year (severity from the rule).',
  codes: ['check.joint_decline', 'check.joint_decline.no_consequence', 'check.joint_decline.many'],
  run(view) {
    return view.crossRules
      .filter((rule) => rule.kind === 'joint_decline')
      .map((rule) => confront(rule, view))
      .filter((outcome): outcome is SheetOutcome => outcome !== null);
  },
};
