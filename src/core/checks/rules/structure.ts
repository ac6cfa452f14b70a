import type { MessageParams } from '../../i18n';
import type { ReturnRow } from '../../returns';
import type { Outcome, SheetOutcome, SheetRule } from '../rule';
import { fail, NOT_AVAILABLE, PASS } from '../rule';
import type { SheetView } from '../sheetView';
import { observationOutcomes } from './observations';
import { rowReference } from './common';
import { longestIncreasingRun } from './structureOrder';
import { comparableText } from '../../util/comparableText';

/** A name as compared: no spaces, no 其中 prefix, no trailing marks, no "（unit）" after it. */
function comparableName(name: string, unit: string): string {
  let text = comparableText(name).replace(/^其中[:：]?/u, '').replace(/[*▲△]+$/u, '');
  const unitSuffix = `(${comparableText(unit)})`;
  if (unit.trim() !== '' && text.endsWith(unitSuffix)) text = text.slice(0, -unitSuffix.length);
  return text;
}

function namesOf(view: SheetView, id: string): MessageParams {
  const indicator = view.indicatorOfRowId(id);
  const name = view.context.rowLabels?.[id]?.name ?? indicator?.name ?? id;
  return { name, nameEn: indicator?.nameEn ?? name };
}

/**
 * A row's outcome, made whole. Not `{ ...where, outcome }`: a copy given a field its source lacks was, in Node 20's V8,
 * moved to the old generation (2 of every 3 such objects in a test loop), and this rule makes several for every row of
 * every return (decision 0265).
 */
function rowOutcome(row: ReturnRow, id: string | null, outcome: Outcome): SheetOutcome {
  return { at: rowReference(row), indicatorId: id, rows: [row], outcome };
}

function labelOutcomes(view: SheetView, row: ReturnRow, id: string): SheetOutcome[] {
  const indicator = view.indicatorOfRowId(id);
  const label = view.context.rowLabels?.[id] ?? (indicator === undefined ? undefined : { name: indicator.name, unit: indicator.unit });
  if (label === undefined) return [rowOutcome(row, id, NOT_AVAILABLE), rowOutcome(row, id, NOT_AVAILABLE)];
  const rowNumber = row.row + 1;
  // Most rows print their label as generated: the same text is the same once made comparable.
  const nameKept = row.name === label.name || comparableName(row.name, label.unit) === comparableName(label.name, label.unit);
  const unitKept = row.unit === label.unit || comparableText(row.unit) === comparableText(label.unit);
  return [
    rowOutcome(row, id, nameKept ? PASS : fail('structure.row_renamed', { row: rowNumber, id, found: row.name, expectedName: label.name }, { value: row.name, expected: label.name })),
    rowOutcome(row, id, unitKept ? PASS : fail('structure.unit_changed', {
      row: rowNumber, id, ...namesOf(view, id), found: row.unit, expectedUnit: label.unit,
    }, { value: row.unit, expected: label.unit })),
  ];
}

/**
 * Error: the sheet's structure altered. Every row must carry a known id, once, in the generated order, under
 * the name and unit it was generated with, and every generated row must still be there. The reader's own
 * observations (metadata missing, header changed, merged entry cells…) are findings of this rule too.
 */
export const structure: SheetRule = {
  id: 'structure',
  scope: 'sheet',
  severity: 'error',
  description: 'Rows keep their ids, order, names and units; no row is deleted, duplicated or added; the reader saw nothing altered.',
  codes: [
    'structure.id_missing', 'structure.id_duplicated', 'structure.id_unknown', 'structure.row_missing', 'structure.row_moved',
    'structure.row_renamed', 'structure.unit_changed', 'structure.metadata_missing', 'structure.metadata_unreadable',
    'structure.header_changed', 'structure.merged_entry_cells', 'structure.protection_removed',
    'structure.sheet_renamed', 'structure.sheet_copied', 'structure.sheet_missing', 'structure.frame_changed',
    'structure.printed_value_changed', 'structure.formula_replaced', 'structure.cached_result_forged',
    'structure.catalog_version_unknown', 'structure.catalog_version_unavailable', 'structure.cover_changed', 'structure.locked_cell_changed',
  ],
  run(view) {
    const { sheet } = view;
    const outcomes = observationOutcomes(view, (code) => code.startsWith('structure.'));
    // Without metadata nothing says which rows belong (every row would read as unknown), and a sheet that is gone
    // has no rows to miss: the observation is the finding, not one per row.
    const observed = new Set(sheet.observations.map((observation) => observation.code));
    if (observed.has('structure.sheet_missing') && sheet.rows.length === 0) return outcomes;
    if (view.context.expectedRowIds.length === 0 && (observed.has('structure.metadata_missing') || observed.has('structure.metadata_unreadable'))) return outcomes;
    const expectedIndex = new Map(view.context.expectedRowIds.map((id, index) => [id, index]));
    const firstRow = new Map<string, ReturnRow>();
    const inOrder: { row: ReturnRow; id: string; index: number }[] = [];
    for (const row of sheet.rows) {
      const id = row.indicatorId;
      const rowNumber = row.row + 1;
      const seen = id === null ? undefined : firstRow.get(id);
      if (id === null) {
        outcomes.push(rowOutcome(row, id, fail('structure.id_missing', { row: rowNumber }, { value: null, expected: null })));
      } else if (seen !== undefined) {
        outcomes.push(rowOutcome(row, id, fail('structure.id_duplicated', { id, row: rowNumber, firstRow: seen.row + 1 }, { value: id, expected: null })));
      } else {
        firstRow.set(id, row);
        const index = expectedIndex.get(id);
        if (index === undefined) {
          outcomes.push(rowOutcome(row, id, fail('structure.id_unknown', { id, row: rowNumber }, { value: id, expected: null })));
        } else {
          outcomes.push(rowOutcome(row, id, PASS), ...labelOutcomes(view, row, id));
          inOrder.push({ row, id, index });
        }
      }
    }
    for (const id of view.context.expectedRowIds) {
      if (firstRow.has(id)) continue;
      outcomes.push({ at: null, indicatorId: id, rows: [], outcome: fail('structure.row_missing', { id, ...namesOf(view, id) }, { value: null, expected: id }) });
    }
    const kept = longestIncreasingRun(inOrder.map((entry) => entry.index));
    inOrder.forEach((entry, position) => {
      if (kept.has(position)) {
        outcomes.push(rowOutcome(entry.row, entry.id, PASS));
        return;
      }
      outcomes.push(rowOutcome(entry.row, entry.id, fail('structure.row_moved', {
        row: entry.row.row + 1, ...namesOf(view, entry.id), expectedPosition: entry.index + 1, position: position + 1,
      }, { value: String(position + 1), expected: String(entry.index + 1) })));
    });
    return outcomes;
  },
};
