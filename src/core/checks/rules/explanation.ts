import { cellText, explanationQuality, MAX_EXPLANATION_CHARS, MIN_MEANINGFUL_CHARS } from '../reading';
import { placeOfAddress } from '../../form';
import { fail, PASS, type SheetOutcome, type SheetRule } from '../rule';

/**
 * A 说明 held by a formula is an error: its cached text is whatever the file says, never what a person wrote.
 * A 说明 that says nothing ("无", "。", "同上", a zero-width space) is a warning of its own and explains no other warning
 * (SheetView.explanationOf reads it as empty); one longer than the form allows is an error.
 */
export const explanation: SheetRule = {
  id: 'explanation',
  scope: 'sheet',
  severity: 'warning',
  description: 'A 说明 says something (letters or digits beyond stock words), fits the form (500 characters), and was written for this year when it explains this year’s values.',
  // check.explanation_carried is recorded by the runner, which alone sees the warnings a carried 说明 does not explain.
  codes: ['check.explanation_meaningless', 'check.explanation_too_long', 'check.explanation_formula', 'check.explanation_carried'],
  run(view) {
    const outcomes: SheetOutcome[] = [];
    for (const row of view.sheet.rows) {
      const formula = row.explanation.formula;
      const text = cellText(row.explanation);
      if (formula !== undefined) {
        const indicator = row.indicatorId === null ? undefined : view.indicatorOfRowId(row.indicatorId);
        outcomes.push({
          at: placeOfAddress(row.explanation.address), indicatorId: row.indicatorId, rows: [row],
          outcome: fail('check.explanation_formula', {
            name: indicator?.name ?? row.name, nameEn: indicator?.nameEn ?? indicator?.name ?? row.name, cell: row.explanation.address, formula: `=${formula}`,
          }, { value: `=${formula}`, severity: 'error' }),
        });
        continue;
      }
      const quality = explanationQuality(text);
      if (quality === 'empty') continue;
      const where = { at: placeOfAddress(row.explanation.address), indicatorId: row.indicatorId, rows: [row] };
      const indicator = row.indicatorId === null ? undefined : view.indicatorOfRowId(row.indicatorId);
      const names = { name: indicator?.name ?? row.name, nameEn: indicator?.nameEn ?? indicator?.name ?? row.name };
      const shown = (text ?? '').length > 40 ? `${(text ?? '').slice(0, 40)}…` : (text ?? '');
      if (quality === 'meaningless') {
        outcomes.push({ ...where, outcome: fail('check.explanation_meaningless', { ...names, cell: row.explanation.address, text: shown, min: MIN_MEANINGFUL_CHARS }, { value: text }) });
      } else if (quality === 'too_long') {
        outcomes.push({
          ...where,
          outcome: fail('check.explanation_too_long', { ...names, cell: row.explanation.address, length: [...(text ?? '')].length, max: MAX_EXPLANATION_CHARS }, { value: shown, severity: 'error' }),
        });
      } else {
        outcomes.push({ ...where, outcome: PASS });
      }
    }
    return outcomes;
  },
};
