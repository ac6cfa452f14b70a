import { valueUnitFits } from '../catalog';
import { parseNotation } from '../notation';
import type { ProblemLog } from './problems';
import { tidyCell } from './text';
import type { ImportColumn, ImportedValue } from './types';

/**
 * The value cells of one row, each read by the notation grammar. A cell the grammar cannot read, or whose
 * printed unit does not convert into the row's, keeps its text with parsed null and is reported quoting it:
 * nothing is guessed.
 */
export function readValueCells(
  row: readonly string[], rowIndex: number, columns: readonly ImportColumn[], name: string, unit: string, problems: ProblemLog,
): ImportedValue[] {
  const values: ImportedValue[] = [];
  for (const column of columns) {
    if (column.kind !== 'value' || column.year === undefined || column.role === undefined) continue;
    const raw = tidyCell(row[column.column]);
    const result = parseNotation(raw);
    let parsed = result.ok ? result.value : null;
    if (!result.ok) {
      problems.at('import.unreadable_value', rowIndex, column.column, { text: raw, name, header: column.header });
    } else if (!valueUnitFits(result.value, unit)) {
      problems.at('import.value_unit_mismatch', rowIndex, column.column, { text: raw, name, unit, typedUnit: result.value.unit ?? '' });
      parsed = null;
    }
    values.push({ year: column.year, role: column.role, raw, parsed, column: column.column, ...(column.measure === undefined ? {} : { measure: column.measure }) });
  }
  return values;
}
