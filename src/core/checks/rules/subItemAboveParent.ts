import type { Indicator } from '../../catalog';
import { formatNumber } from '../../i18n';
import type { ReturnRow } from '../../returns';
import { convertUnit } from '../../units';
import type { CellRule, CellSubject, Outcome } from '../rule';
import { fail, NOT_AVAILABLE, PASS } from '../rule';
import { nameParams, subjectParams } from './common';

interface ParentRow {
  row: ReturnRow;
  indicator: Indicator | undefined;
}

/** The rows a sub-item must not exceed: its catalog parent, and the parents the plans' not_above_parent rules name. */
function parentRows(subject: CellSubject): ParentRow[] {
  const { view, indicator } = subject;
  const found: ParentRow[] = [];
  const add = (row: ReturnRow | undefined, parent: Indicator | undefined) => {
    if (row !== undefined && row !== subject.row && !found.some((known) => known.row === row)) found.push({ row, indicator: view.indicatorOf(row) ?? parent });
  };
  if (indicator.parent !== undefined) add(view.rowOfIndicator(indicator.parent), view.catalogIndicator(indicator.parent));
  for (const rule of view.crossRules) {
    const [child, parent] = rule.indicators;
    if (rule.kind === 'not_above_parent' && child === indicator.concept && parent !== undefined) add(view.rowOfConcept(parent), undefined);
  }
  return found;
}

function hasParent(subject: CellSubject): boolean {
  return subject.indicator.parent !== undefined
    || subject.view.crossRules.some((rule) => rule.kind === 'not_above_parent' && rule.indicators[0] === subject.indicator.concept);
}

/** Warning: a 其中 sub-item above its parent in the same year. */
export const subItemAboveParent: CellRule = {
  id: 'sub_item_above_parent',
  scope: 'cell',
  severity: 'warning',
  years: 'reporting',
  description: 'A 其中 sub-item must not exceed its parent in the same year (units of one dimension; otherwise undecidable).',
  codes: ['check.sub_item_above_parent'],
  appliesTo: hasParent,
  run(subject): Outcome {
    const value = subject.number;
    if (value === null) return NOT_AVAILABLE;
    let compared = false;
    for (const parent of parentRows(subject)) {
      const parentUnit = parent.indicator?.unit ?? parent.row.unit;
      const parentValue = subject.view.numberAt(parent.row, subject.year);
      if (parentValue === null) continue;
      const converted = parentUnit === subject.indicator.unit ? { ok: true as const, value: parentValue } : convertUnit(parentValue, parentUnit, subject.indicator.unit);
      if (!converted.ok) continue;
      compared = true;
      if (value <= converted.value) continue;
      const parentNames = parent.indicator === undefined ? { parentName: parent.row.name, parentNameEn: parent.row.name } : nameParams(parent.indicator, 'parentName');
      return fail('check.sub_item_above_parent', {
        ...subjectParams(subject), value, ...parentNames, parentValue, parentUnit,
      }, { expected: `≤ ${formatNumber(converted.value)}` });
    }
    return compared ? PASS : NOT_AVAILABLE;
  },
};
