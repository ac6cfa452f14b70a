import { xlsxBytes } from './renderWorkbook';
import { loadWorkbook } from './loadWorkbook';
import { readReturnSheets } from './readReturnWorkbook';

export interface Entry {
  /** Sheet name; default: every reporting sheet that has the row. */
  sheet?: string;
  rowId: string;
  year: number;
  /** A number as typed, text as typed (是, "约3.5", "２２０００"), or null to clear the cell. */
  value: number | string | null;
}

export interface ExplanationEntry {
  sheet?: string;
  rowId: string;
  text: string;
}

/**
 * Types values into a generated return the way a person does in Excel: into the actual cell of the row with that
 * id, for that year, and 说明 into the row's explanation cell. Rows are found by id, never by position. Used by the
 * demo and by tests; the task pane writes through its own adapters.
 */
export async function fillReturn(
  bytes: Uint8Array, entries: readonly Entry[], explanations: readonly ExplanationEntry[] = [], written?: Date,
): Promise<Uint8Array> {
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) throw new Error(`fillReturn: not a workbook (${loaded.detail})`);
  const { workbook } = loaded;
  for (const sheet of readReturnSheets(workbook)) {
    const worksheet = workbook.getWorksheet(sheet.sheet);
    if (worksheet === undefined) continue;
    const rows = new Map(sheet.rows.filter((row) => row.indicatorId !== null).map((row) => [row.indicatorId as string, row]));
    for (const entry of entries) {
      if (entry.sheet !== undefined && entry.sheet !== sheet.sheet) continue;
      const cell = rows.get(entry.rowId)?.actuals[entry.year];
      if (cell !== undefined) worksheet.getCell(cell.address).value = entry.value;
    }
    for (const explanation of explanations) {
      if (explanation.sheet !== undefined && explanation.sheet !== sheet.sheet) continue;
      const row = rows.get(explanation.rowId);
      if (row !== undefined) worksheet.getCell(row.explanation.address).value = explanation.text;
    }
  }
  return xlsxBytes(workbook, written);
}
